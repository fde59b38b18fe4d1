import type { RankingMetrics } from './evaluation-report.js'
import { isOutOfScope, type QueryOutcome } from './query-outcome.js'

/**
 * Share of queries with a relevant thread among the first `k` matches (hit@k, also called
 * success@k or recall@k for one relevant thread). Out-of-scope queries are left out: no rank
 * can be right for them. `null` without answerable queries.
 * @example
 * hitAtK([{ firstRelevantRank: 1, … }, { firstRelevantRank: 3, … }], 1) //=> 0.5
 */
export function hitAtK(outcomes: readonly QueryOutcome[], k: number): number | null {
  const answerable = outcomes.filter((o) => !isOutOfScope(o))
  if (answerable.length === 0) return null
  return answerable.filter((o) => o.firstRelevantRank !== null && o.firstRelevantRank <= k).length / answerable.length
}

/**
 * Mean reciprocal rank at `k`: 1/rank of the first relevant match, 0 when it is below `k` or
 * missing, averaged over the answerable queries. `null` without answerable queries.
 * @example
 * mrrAtK([{ firstRelevantRank: 1, … }, { firstRelevantRank: 4, … }], 10) //=> 0.625
 */
export function mrrAtK(outcomes: readonly QueryOutcome[], k: number): number | null {
  const answerable = outcomes.filter((o) => !isOutOfScope(o))
  if (answerable.length === 0) return null
  const sum = answerable.reduce((total, o) => total + (o.firstRelevantRank !== null && o.firstRelevantRank <= k ? 1 / o.firstRelevantRank : 0), 0)
  return sum / answerable.length
}

/** hit@1, hit@5 and MRR@k of a set of outcomes. */
export function rankingMetrics(outcomes: readonly QueryOutcome[], k: number): RankingMetrics {
  return { hitAt1: hitAtK(outcomes, 1), hitAt5: hitAtK(outcomes, 5), mrrAtK: mrrAtK(outcomes, k) }
}
