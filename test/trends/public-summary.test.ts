import { describe, expect, it } from 'vitest'
import { topicTrends } from '../../src/trends/topic-trends.js'
import { publicSummary, PUBLIC_MIN_TOPIC_MESSAGES } from '../../src/trends/public-summary.js'
import { InvalidInputError } from '../../src/errors.js'
import { incidentStream } from './fixtures.js'

describe('publicSummary', () => {
  const stream = incidentStream().map((m, i) => ({
    ...m,
    author: `@kundin_${i}`,
    // Personal data in some texts: it must reach neither labels nor anything else.
    text: i % 10 === 0 ? `${m.text} Mail an anna.schmidt${i}@example.org, Tel. 0171 2345${String(i).padStart(3, '0')}` : m.text,
  }))
  const trends = topicTrends(stream, { window: 'hour', brand: '@fernwerk_hilfe' })
  const summary = publicSummary(trends)
  const json = JSON.stringify(summary)

  it('shows the outage first, with counts and a label of shared words', () => {
    expect(summary.topics[0]).toMatchObject({ kind: 'emerging', spiking: true, spikeStartedAt: '2024-03-04T14:00+01:00' })
    expect(summary.topics[0]!.label).toMatch(/Störung/)
    expect(summary.totalMessages).toBe(stream.length)
  })

  it('contains no message id, author or text', () => {
    for (const message of stream) {
      expect(json).not.toContain(`"${message.id}"`)
      expect(json).not.toContain(message.author)
      expect(json).not.toContain(message.text)
    }
    expect(json).not.toMatch(/@example\.org|0171|anna/i)
  })

  it(`only counts topics under ${PUBLIC_MIN_TOPIC_MESSAGES} messages`, () => {
    expect(summary.topics.every((t) => t.messages >= PUBLIC_MIN_TOPIC_MESSAGES)).toBe(true)
    expect(summary.topics.reduce((sum, t) => sum + t.messages, 0) + summary.otherMessages).toBe(summary.totalMessages)
  })

  it('rejects what is not a topicTrends result', () => {
    expect(() => publicSummary({} as never)).toThrow(InvalidInputError)
  })
})
