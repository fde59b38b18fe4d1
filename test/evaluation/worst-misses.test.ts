import { describe, expect, it } from 'vitest'
import { worstMisses } from '../../src/evaluation/worst-misses.js'
import { outcome, scriptedIndex } from './scripted-index.js'

const index = scriptedIndex(
  [
    { id: 'kuendigen', question: 'Wie kann ich meinen Vertrag kündigen?', answer: '' },
    { id: 'tarifwechsel', question: 'Ich will nur in einen günstigeren Tarif wechseln', answer: '' },
    { id: 'passwort', question: 'Passwort vergessen', answer: '' },
  ],
  {},
)

const outcomes = [
  outcome(['kuendigen'], [['tarifwechsel', 0.71], ['kuendigen', 0.7]], 'suggest', 'q-mittel'),
  outcome(['kuendigen'], [['kuendigen', 0.99]], 'reuse', 'q-richtig'),
  outcome([], [['passwort', 0.93]], 'reuse', 'q-ausserhalb'),
  outcome([], [['passwort', 0.4]], 'new', 'q-ausserhalb-neu'),
  outcome(['passwort'], [['kuendigen', 0.2]], 'new', 'q-schwach'),
  outcome(['passwort'], [], 'new', 'q-leer'),
  outcome(['tarifwechsel'], [['kuendigen', 0.71]], 'suggest', 'q-gleichstand'),
]

describe('worstMisses', () => {
  it('lists wrong top matches, most confident first; ties keep query order; right answers, empty results and out-of-scope queries decided new are left out', () => {
    // q-ausserhalb wins: an out-of-scope query auto-answered at 0.93 is the worst case.
    expect(worstMisses(outcomes, index, 10).map((m) => m.queryId)).toEqual(['q-ausserhalb', 'q-mittel', 'q-gleichstand', 'q-schwach'])
  })

  it.each([
    [0, []],
    [1, ['q-ausserhalb']],
    [2, ['q-ausserhalb', 'q-mittel']],
  ])('limit %i', (limit, ids) => {
    expect(worstMisses(outcomes, index, limit).map((m) => m.queryId)).toEqual(ids)
  })

  it('names the expected thread with its question and rank, and what won instead', () => {
    expect(worstMisses(outcomes, index, 2)[1]).toEqual({
      queryId: 'q-mittel',
      text: 'Frage q-mittel',
      tags: [],
      expected: [{ threadId: 'kuendigen', question: 'Wie kann ich meinen Vertrag kündigen?', rank: 2 }],
      winner: { threadId: 'tarifwechsel', question: 'Ich will nur in einen günstigeren Tarif wechseln', confidence: 0.71 },
      decision: 'suggest',
    })
    expect(worstMisses(outcomes, index, 1)[0]!.expected).toEqual([])
  })
})
