import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { topicTrends } from '../../src/trends/topic-trends.js'
import type { TopicTrends } from '../../src/trends/trend-types.js'
import { HOUR_MS, STREAM_START_MS, incidentStream } from './fixtures.js'

/**
 * Exports often carry minute or hour precision, so many messages share one instant. Their order in
 * the input must not change the topics: the clustering takes them by time, then by id.
 */
const stream = incidentStream(16).map((m) => ({ ...m, createdAt: new Date(Math.floor((Date.parse(m.createdAt) - STREAM_START_MS) / HOUR_MS) * HOUR_MS + STREAM_START_MS).toISOString() }))
const summary = (trends: TopicTrends) => trends.topics.map((t) => ({ id: t.id, label: t.label, volume: t.volume, priority: t.priority, spike: t.spike?.startedAt }))

describe('topicTrends and input order', () => {
  it('messages of the same instant in any order give the same topics', () => {
    const expected = summary(topicTrends(stream, { window: 'hour' }))
    expect(expected.length).toBeGreaterThan(2)
    fc.assert(
      fc.property(fc.shuffledSubarray(stream, { minLength: stream.length, maxLength: stream.length }), (shuffled) => {
        expect(summary(topicTrends(shuffled, { window: 'hour' }))).toEqual(expected)
      }),
      { numRuns: 5, seed: 0x746f7069 },
    )
  })
})
