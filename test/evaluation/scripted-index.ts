import type { FaqIndex } from '../../src/faq-index/faq-index.js'
import { queryOutcome, type QueryOutcome } from '../../src/evaluation/query-outcome.js'
import type { LabelledQuery } from '../../src/schemas/thread.js'
import type { Decision, Match, MatchResult, Thread } from '../../src/types.js'

/** A ranked answer for a scripted query: thread id and its confidence, best first. */
export type Ranked = readonly (readonly [threadId: string, confidence: number])[]

function resultOf(ranked: Ranked, threads: ReadonlyMap<string, Thread>, limit = 100): MatchResult {
  const matches: Match[] = ranked.slice(0, limit).map(([threadId, confidence]) => ({
    threadId,
    confidence,
    score: confidence,
    thread: threads.get(threadId) ?? { id: threadId, question: threadId, answer: '' },
    matchedTerms: [],
  }))
  return { decision: 'new', matches, lang: 'de' }
}

/**
 * A stand-in index whose `match` returns the ranking scripted for each query text, so decision
 * counts can be asserted exactly without depending on the ranker's current calibration.
 */
export function scriptedIndex(threads: readonly Thread[], rankings: Readonly<Record<string, Ranked>>): FaqIndex {
  const byId = new Map(threads.map((t) => [t.id, t]))
  const index: Pick<FaqIndex, 'size' | 'has' | 'get' | 'threads' | 'match'> = {
    size: threads.length,
    has: (id) => byId.has(id),
    get: (id) => byId.get(id),
    threads: () => [...threads],
    match: (question, options) => resultOf(rankings[question] ?? [], byId, options?.limit),
  }
  return index as FaqIndex
}

/** The outcome of one query whose ranking is `ranked`, decided as `decision`. */
export function outcome(relevant: readonly string[], ranked: Ranked, decision: Decision = 'suggest', id = 'q'): QueryOutcome {
  const query: LabelledQuery = { id, text: `Frage ${id}`, relevant: [...relevant] }
  return queryOutcome(query, resultOf(ranked, new Map()), decision)
}
