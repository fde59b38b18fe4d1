import { describe, expect, it } from 'vitest'
import { topicTrends } from '../../src/trends/topic-trends.js'
import type { Thread } from '../../src/types.js'
import type { TopicIndex } from '../../src/schemas/trend-options.js'
import { InvalidInputError } from '../../src/errors.js'
import { HOUR_MS, SPIKE_HOUR, STREAM_START_MS, incidentStream } from './fixtures.js'

// A stand-in for a FaqIndex that knows one answered thread: the test is about trends, not about
// the matcher's calibration (which other tests cover and which may move).
const billingThread: Thread = { id: 'rechnung-wann', question: 'Wann kommt meine Rechnung?', answer: 'Rechnungen werden am 3. Werktag verschickt.' }
const billingIndex = (): TopicIndex => ({
  match: (question) =>
    /Rechnung/.test(question)
      ? { decision: 'reuse', lang: 'de', matches: [{ threadId: billingThread.id, score: 1, confidence: 0.95, thread: billingThread, matchedTerms: ['rechnung'] }] }
      : { decision: 'new', lang: 'de', matches: [] },
})

describe('topicTrends: spiking complaint', () => {
  const stream = incidentStream()
  // Everything up to the end of the spike's first hour: the spike must show in that very window.
  const firstSpikeHourEnd = new Date(STREAM_START_MS + (SPIKE_HOUR + 1) * HOUR_MS - 1).toISOString()
  const upToSpike = stream.filter((m) => Date.parse(m.createdAt) <= Date.parse(firstSpikeHourEnd))
  const trends = topicTrends(upToSpike, { window: 'hour', index: billingIndex(), now: firstSpikeHourEnd })

  it('detects the outage in the first window after it starts and ranks it first', () => {
    const top = trends.topics[0]!
    expect(top.kind).toBe('emerging')
    expect(top.spike?.startedAt).toBe('2024-03-04T14:00+01:00')
    expect(top.label).toMatch(/Störung|Internet|Berlin/)
    expect(top.reasons[0]).toMatch(/^spike since 2024-03-04T14:00\+01:00/)
  })

  it('the steady billing topic (12 messages every hour) has more volume but no spike and ranks lower', () => {
    const billing = trends.topics.find((t) => t.id === 'known:rechnung-wann')!
    expect(billing.volume).toBeGreaterThan(trends.topics[0]!.volume)
    expect(billing.spike).toBeNull()
    expect(billing.reasons.at(-1)).toMatch(/answer exists/)
    expect(trends.topics.indexOf(billing)).toBeGreaterThan(0)
  })

  it('keeps the outage together: one topic holds almost all of its messages', () => {
    const outageIds = new Set(upToSpike.filter((m) => /Störung|gestört/.test(m.text)).map((m) => m.id))
    const top = trends.topics[0]!
    const inTop = top.messageIds.filter((id) => outageIds.has(id)).length
    expect(inTop / outageIds.size).toBeGreaterThanOrEqual(0.8)
  })

  it('counts public reach and negativity of the spike window', () => {
    const latest = trends.topics[0]!.windows.at(-1)!
    expect(latest.window).toBe(trends.windows.length - 1)
    expect(latest.publicMessages).toBe(latest.volume)
    expect(latest.publicReach).toBeGreaterThan(0)
    expect(latest.negativeShare).toBeGreaterThan(0.5)
  })

  it('on the whole stream the spike still reports its start hour', () => {
    const all = topicTrends(stream, { window: 'hour', index: billingIndex() })
    expect(all.topics[0]!.spike?.startedAt).toBe('2024-03-04T14:00+01:00')
  })

  it('before the spike hour nothing spikes', () => {
    const before = stream.filter((m) => Date.parse(m.createdAt) < STREAM_START_MS + SPIKE_HOUR * HOUR_MS)
    const quiet = topicTrends(before, { window: 'hour', index: billingIndex() })
    expect(quiet.topics.filter((t) => t.spike)).toEqual([])
  })

  it('reports progress up to the total', () => {
    const calls: Array<[number, number]> = []
    topicTrends(upToSpike.slice(0, 50), { onProgress: (done, total) => calls.push([done, total]) })
    expect(calls.at(-1)).toEqual([100, 100])
  })
})

describe('topicTrends: time-zone windows across DST', () => {
  const message = (id: string, createdAt: string) => ({ id, text: 'Router blinkt rot', createdAt })

  it('days in Europe/Berlin: 31 March 2024 has 23 hours and starts at local midnight', () => {
    const trends = topicTrends([message('a', '2024-03-30T12:00:00Z'), message('b', '2024-03-30T23:30:00Z'), message('c', '2024-04-01T12:00:00Z')], { window: 'day' })
    expect(trends.windows.map((w) => [w.label, (w.endMs - w.startMs) / HOUR_MS])).toEqual([
      ['2024-03-30', 24],
      ['2024-03-31', 23],
      ['2024-04-01', 24],
    ])
    // 23:30 UTC on the 30th is 00:30 in Berlin on the 31st.
    expect(trends.messages.map((m) => m.window)).toEqual([0, 1, 2])
  })

  it('hours across the autumn change: the repeated 02:00 is two windows', () => {
    const trends = topicTrends([message('a', '2024-10-27T00:30:00Z'), message('b', '2024-10-27T01:30:00Z')], { window: 'hour' })
    expect(trends.windows.map((w) => w.start)).toEqual(['2024-10-27T02:00+02:00', '2024-10-27T02:00+01:00'])
    expect(trends.messages.map((m) => m.window)).toEqual([0, 1])
  })

  it('weeks start on local Monday, and other zones shift the day', () => {
    const week = topicTrends([message('a', '2024-03-31T21:59:00Z')], { window: 'week' })
    expect(week.windows[0]!.start).toBe('2024-03-25T00:00+01:00')
    const newYork = topicTrends([message('a', '2024-03-10T04:30:00Z')], { window: 'day', timeZone: 'America/New_York' })
    expect(newYork.windows[0]!.label).toBe('2024-03-09')
  })
})

describe('topicTrends: Twitter cases', () => {
  const trends = topicTrends(
    [
      { id: 't1', text: '@Fernwerk_Hilfe mein Internet geht seit heute nicht', createdAt: '2024-03-04T10:00:00Z', channel: 'twitter' },
      { id: 't2', text: 'Wieder #Netzausfall in Köln, toll gemacht', createdAt: '2024-03-04T10:01:00Z', channel: 'twitter' },
      { id: 't3', text: 'Schon wieder eine Stoerung bei meinem Anbieter', createdAt: '2024-03-04T10:02:00Z', channel: 'twitter' },
      { id: 't4', text: '@fernwerk_hilfe Störung in Hamburg #ausfall', createdAt: '2024-03-04T10:03:00Z', channel: 'twitter' },
      { id: 't5', text: 'Kann mir jemand helfen?', createdAt: '2024-03-04T10:04:00Z', channel: 'twitter', mentions: ['fernwerk_hilfe'] },
      { id: 't6', text: 'Alles gut hier', createdAt: '2024-03-04T10:05:00Z', channel: 'facebook', hashtags: ['glasfaser'] },
    ],
    { brand: '@fernwerk_hilfe', watch: ['Störung'] },
  )

  it.each([
    ['t1', ['mention']],
    ['t2', ['hashtag']],
    ['t3', ['proactive']], // "Stoerung" meets the watched "Störung" after folding
    ['t4', ['mention', 'hashtag']], // addressed to us: not proactive
    ['t5', ['mention']], // from the platform's mention list
    ['t6', ['hashtag']], // from the platform's hashtag list
  ])('%s → %j', (id, cases) => {
    expect(trends.messages.find((m) => m.id === id)!.cases).toEqual(cases)
  })

  it('counts the cases', () => {
    expect(trends.totals.cases).toEqual({ mention: 3, hashtag: 3, proactive: 1 })
  })

  it("leaves out the brand's own replies and marks the question answered", () => {
    const withReply = topicTrends(
      [
        { id: 'q', text: '@fernwerk_hilfe Router blinkt rot', createdAt: '2024-03-04T10:00:00Z' },
        { id: 'r', text: 'Bitte starte den Router neu', createdAt: '2024-03-04T10:05:00Z', author: '@Fernwerk_Hilfe', inReplyTo: 'q' },
      ],
      { brand: '@fernwerk_hilfe' },
    )
    expect(withReply.messages.map((m) => [m.id, m.answered])).toEqual([['q', true]])
    expect(withReply.topics[0]!.windows[0]!.unanswered).toBe(0)
  })
})

describe('topicTrends: errors', () => {
  const ok = { id: 'a', text: 'Router blinkt rot', createdAt: '2024-03-04T10:00:00Z' }
  const issuesOf = (fn: () => unknown) => {
    try {
      fn()
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError)
      expect((error as InvalidInputError).code).toBe('INVALID_INPUT')
      return { message: (error as Error).message, paths: (error as InvalidInputError).issues.map((i) => i.path) }
    }
    throw new Error('expected an InvalidInputError')
  }

  it.each([
    ['bad time zone', [ok], { timeZone: 'Mars/Olympus' }, ['options.timeZone']],
    ['unknown window', [ok], { window: 'month' }, ['options.window']],
    ['misspelled option', [ok], { timezone: 'Europe/Berlin' }, ['options']],
    ['index without match()', [ok], { index: {} }, ['options.index']],
    ['now before the oldest message', [ok], { now: '2024-01-01T00:00:00Z' }, ['options.now']],
    ['bad createdAt and empty text', [ok, { id: 'b', text: ' ', createdAt: 'gestern' }], {}, ['messages[1].text', 'messages[1].createdAt']],
    ['unknown message key', [{ ...ok, txt: 'x' }], {}, ['messages[0]']],
    ['duplicate id', [ok, ok], {}, ['messages[1].id']],
    ['no messages', [], {}, ['messages']],
  ] as const)('%s', (_name, messages, options, paths) => {
    const { paths: got } = issuesOf(() => topicTrends(messages as never, options as never))
    expect(got).toEqual(paths)
  })

  it('message names the field and how to fix it', () => {
    const { message } = issuesOf(() => topicTrends([ok], { timeZone: 'Mars/Olympus' }))
    expect(message).toBe('faqmatch: invalid topicTrends options (options.timeZone: must be an IANA time zone name such as Europe/Berlin). Fix the listed fields and call again.')
  })
})
