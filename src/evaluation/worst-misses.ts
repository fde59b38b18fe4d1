import type { FaqIndex } from '../faq-index/faq-index.js'
import type { WorstMiss } from './evaluation-report.js'
import { isOutOfScope, type QueryOutcome } from './query-outcome.js'

/** An outcome whose top match is wrong. */
type Miss = QueryOutcome & { readonly top: NonNullable<QueryOutcome['top']> }

/**
 * The queries whose top match is wrong: an answerable query with an irrelevant thread on top, or
 * a query no thread answers that was not treated as `new` (someone was shown an answer to it).
 * An out-of-scope query decided `new` is handled right, whatever its top match.
 */
export function missesOf(outcomes: readonly QueryOutcome[]): Miss[] {
  return outcomes.filter((o): o is Miss => o.top !== null && !o.topIsRelevant && !(isOutOfScope(o) && o.decision === 'new'))
}

/**
 * The `limit` wrong top matches with the highest confidence: the ones most likely to go out as
 * an automatic answer. Ties keep the order of the queries.
 */
export function worstMisses(outcomes: readonly QueryOutcome[], index: FaqIndex, limit: number): WorstMiss[] {
  const questionOf = (threadId: string) => index.get(threadId)?.question ?? ''
  return missesOf(outcomes)
    .map((miss, order) => ({ miss, order }))
    .sort((a, b) => b.miss.top.confidence - a.miss.top.confidence || a.order - b.order)
    .slice(0, limit)
    .map(({ miss }) => ({
      queryId: miss.query.id,
      text: miss.query.text,
      tags: miss.query.tags ?? [],
      expected: miss.query.relevant.map((threadId, i) => ({ threadId, question: questionOf(threadId), rank: miss.relevantRanks[i] ?? null })),
      winner: { threadId: miss.top.threadId, question: questionOf(miss.top.threadId), confidence: miss.top.confidence },
      decision: miss.decision,
    }))
}
