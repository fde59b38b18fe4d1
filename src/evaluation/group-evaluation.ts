import type { GroupEvaluation } from './evaluation-report.js'
import { decisionStats } from './decision-stats.js'
import { rankingMetrics } from './metrics.js'
import { isOutOfScope, type QueryOutcome } from './query-outcome.js'

/** Counts, ranking metrics and decisions of one set of queries. */
export function evaluateGroup(outcomes: readonly QueryOutcome[], k: number): GroupEvaluation {
  const outOfScope = outcomes.filter(isOutOfScope).length
  return {
    queries: outcomes.length,
    answerable: outcomes.length - outOfScope,
    outOfScope,
    metrics: rankingMetrics(outcomes, k),
    decisions: decisionStats(outcomes),
  }
}
