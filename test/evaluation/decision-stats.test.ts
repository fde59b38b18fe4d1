import { describe, expect, it } from 'vitest'
import { decisionStats } from '../../src/evaluation/decision-stats.js'
import type { DecisionStats } from '../../src/evaluation/evaluation-report.js'
import type { QueryOutcome } from '../../src/evaluation/query-outcome.js'
import { outcome } from './scripted-index.js'

const ZERO: DecisionStats = {
  reuse: 0,
  reuseWrong: 0,
  reuseOutOfScope: 0,
  reusePrecision: null,
  reuseCoverage: null,
  suggest: 0,
  suggestCorrect: 0,
  new: 0,
  outOfScopeNew: 0,
  answerableNew: 0,
}

describe('decisionStats', () => {
  it.each<[string, QueryOutcome[], Partial<DecisionStats>]>([
    ['nothing to count', [], {}],
    ['a right auto-answer', [outcome(['a'], [['a', 0.95]], 'reuse')], { reuse: 1, reusePrecision: 1, reuseCoverage: 1 }],
    ['an auto-answer with the wrong thread on top', [outcome(['a'], [['b', 0.95], ['a', 0.9]], 'reuse')], { reuse: 1, reuseWrong: 1, reusePrecision: 0, reuseCoverage: 1 }],
    [
      'an auto-answer to a query no thread answers is wrong, and counted as out of scope',
      [outcome([], [['a', 0.95]], 'reuse')],
      { reuse: 1, reuseWrong: 1, reuseOutOfScope: 1, reusePrecision: 0, reuseCoverage: 1 },
    ],
    ['an out-of-scope query treated as new is right', [outcome([], [['a', 0.2]], 'new')], { new: 1, outOfScopeNew: 1, reuseCoverage: 0 }],
    ['an answerable query treated as new is a missed answer', [outcome(['a'], [['a', 0.3]], 'new')], { new: 1, answerableNew: 1, reuseCoverage: 0 }],
    ['a suggestion counts as correct only with the relevant thread on top', [outcome(['a'], [['a', 0.6]]), outcome(['a'], [['b', 0.6], ['a', 0.5]])], { suggest: 2, suggestCorrect: 1, reuseCoverage: 0 }],
    [
      'a mixed set: 4 auto-answers, 2 of them wrong (1 out of scope); 1 of 2 out-of-scope queries new',
      [
        outcome(['a'], [['a', 0.99]], 'reuse'),
        outcome(['b'], [['b', 0.95]], 'reuse'),
        outcome(['c'], [['a', 0.92]], 'reuse'),
        outcome([], [['a', 0.91]], 'reuse'),
        outcome([], [['b', 0.1]], 'new'),
        outcome(['c'], [['c', 0.7]], 'suggest'),
        outcome(['d'], [], 'new'),
        outcome(['a'], [['b', 0.6]], 'suggest'),
      ],
      { reuse: 4, reuseWrong: 2, reuseOutOfScope: 1, reusePrecision: 0.5, reuseCoverage: 0.5, suggest: 2, suggestCorrect: 1, new: 2, outOfScopeNew: 1, answerableNew: 1 },
    ],
  ])('%s', (_, outcomes, expected) => {
    expect(decisionStats(outcomes)).toEqual({ ...ZERO, ...expected })
  })
})
