import { describe, expect, it } from 'vitest'
import { hitAtK, mrrAtK, rankingMetrics } from '../../src/evaluation/metrics.js'
import { outcome } from './scripted-index.js'

// Four answerable queries whose first relevant thread ranks 1, 2, 4 and not at all, plus one
// query no thread answers (it must not count in ranking metrics, whatever its top match).
const OUTCOMES = [
  outcome(['a'], [['a', 0.9], ['b', 0.2]]),
  outcome(['a'], [['b', 0.8], ['a', 0.5]]),
  outcome(['a', 'c'], [['b', 0.7], ['d', 0.6], ['e', 0.5], ['c', 0.4], ['a', 0.3]]),
  outcome(['a'], [['b', 0.7], ['c', 0.6]]),
  outcome([], [['a', 0.99]]),
]

describe('ranking metrics on a hand-made example', () => {
  it.each([
    // k, hit@k, MRR@k: reciprocal ranks are 1, 1/2, 1/4, 0
    [1, 1 / 4, 1 / 4],
    [2, 2 / 4, (1 + 1 / 2) / 4],
    [3, 2 / 4, (1 + 1 / 2) / 4],
    [4, 3 / 4, (1 + 1 / 2 + 1 / 4) / 4],
    [5, 3 / 4, (1 + 1 / 2 + 1 / 4) / 4],
    [10, 3 / 4, 0.4375],
  ])('k = %i: hit@k %d, MRR@k %d', (k, hit, mrr) => {
    expect(hitAtK(OUTCOMES, k)).toBeCloseTo(hit, 12)
    expect(mrrAtK(OUTCOMES, k)).toBeCloseTo(mrr, 12)
  })

  it('the first relevant thread counts, not the others (query 3: c at 4 before a at 5)', () => {
    expect(OUTCOMES[2]!.firstRelevantRank).toBe(4)
    expect(OUTCOMES[2]!.relevantRanks).toEqual([5, 4])
  })

  it('rankingMetrics reports hit@1, hit@5 and MRR@k together', () => {
    expect(rankingMetrics(OUTCOMES, 10)).toEqual({ hitAt1: 0.25, hitAt5: 0.75, mrrAtK: 0.4375 })
  })

  it.each([
    ['no queries', []],
    ['only out-of-scope queries', [outcome([], [['a', 0.5]]), outcome([], [])]],
  ])('%s: null, not NaN or 0', (_, outcomes) => {
    expect(rankingMetrics(outcomes, 10)).toEqual({ hitAt1: null, hitAt5: null, mrrAtK: null })
  })

  it('a query without any match is a miss, not an error', () => {
    expect(rankingMetrics([outcome(['a'], [])], 10)).toEqual({ hitAt1: 0, hitAt5: 0, mrrAtK: 0 })
  })
})
