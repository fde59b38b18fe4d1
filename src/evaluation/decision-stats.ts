import type { DecisionStats } from './evaluation-report.js'
import { isOutOfScope, type QueryOutcome } from './query-outcome.js'

/**
 * Counts what the decisions did. An auto-answer (`reuse`) is wrong when its top match is not
 * relevant, which includes every auto-answer to a query no thread answers: that is the answer a
 * customer would get without anyone checking it.
 */
export function decisionStats(outcomes: readonly QueryOutcome[]): DecisionStats {
  let reuse = 0
  let reuseWrong = 0
  let reuseOutOfScope = 0
  let suggest = 0
  let suggestCorrect = 0
  let fresh = 0
  let outOfScopeNew = 0
  for (const o of outcomes) {
    const outOfScope = isOutOfScope(o)
    if (o.decision === 'reuse') {
      reuse++
      if (!o.topIsRelevant) reuseWrong++
      if (outOfScope) reuseOutOfScope++
    } else if (o.decision === 'suggest') {
      suggest++
      if (o.topIsRelevant) suggestCorrect++
    } else {
      fresh++
      if (outOfScope) outOfScopeNew++
    }
  }
  return {
    reuse,
    reuseWrong,
    reuseOutOfScope,
    reusePrecision: reuse === 0 ? null : (reuse - reuseWrong) / reuse,
    reuseCoverage: outcomes.length === 0 ? null : reuse / outcomes.length,
    suggest,
    suggestCorrect,
    new: fresh,
    outOfScopeNew,
    answerableNew: fresh - outOfScopeNew,
  }
}
