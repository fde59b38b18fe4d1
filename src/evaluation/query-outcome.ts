import type { Decision, MatchResult } from '../types.js'
import type { LabelledQuery } from '../schemas/thread.js'

/** What happened to one labelled query: where its relevant thread ranked and what was decided. */
export interface QueryOutcome {
  readonly query: LabelledQuery
  /** 1-based rank of the first relevant match among those retrieved; `null` when none is. */
  readonly firstRelevantRank: number | null
  /** The top match, if there was any. */
  readonly top: { readonly threadId: string; readonly confidence: number } | null
  /** Whether the top match is relevant (false when there is none, or the query is out of scope). */
  readonly topIsRelevant: boolean
  readonly decision: Decision
  /** Ranks of each relevant thread, in `query.relevant` order (`null`: not retrieved). */
  readonly relevantRanks: readonly (number | null)[]
}

/** True when no thread answers the query: the right outcome is `new`. */
export function isOutOfScope(outcome: QueryOutcome): boolean {
  return outcome.query.relevant.length === 0
}

/**
 * The outcome of `query` from its match result. The decision is taken again from the top
 * confidence by the caller's `decide`, so the thresholds under evaluation apply, not the index's.
 */
export function queryOutcome(query: LabelledQuery, result: MatchResult, decision: Decision): QueryOutcome {
  const relevant = new Set(query.relevant)
  const rankOf = (threadId: string): number | null => {
    const i = result.matches.findIndex((m) => m.threadId === threadId)
    return i === -1 ? null : i + 1
  }
  const first = result.matches.findIndex((m) => relevant.has(m.threadId))
  const top = result.matches[0]
  return {
    query,
    firstRelevantRank: first === -1 ? null : first + 1,
    top: top ? { threadId: top.threadId, confidence: top.confidence } : null,
    topIsRelevant: top !== undefined && relevant.has(top.threadId),
    decision,
    relevantRanks: query.relevant.map(rankOf),
  }
}
