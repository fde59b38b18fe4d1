import type { ThreadStore } from '../store/thread-store.js'
import type { TextProfile } from './text-profile.js'

/** Raw evidence for one candidate thread, before features. */
export interface Candidate {
  readonly slot: number
  /** BM25 over the question, variants and tags. */
  readonly bm25Question: number
  /** BM25 over the answer. */
  readonly bm25Answer: number
  /** Character n-gram similarity of the questions (0..1). */
  readonly gram: number
}

/**
 * How many candidates each side contributes before re-ranking. 50 per side keeps > 98% of the
 * first relevant threads of the evaluation sets in the pool; more costs latency and gains nothing.
 */
export const CANDIDATES_PER_SOURCE = 50
/** Field boosts of the question-side BM25: tags count half, as in MiniSearch's boost semantics. */
const QUESTION_BOOST = { q: 1, t: 0.5 } as const
const ANSWER_BOOST = { a: 1 } as const

/**
 * Collects candidates from both indexes: the best by words (BM25, question and answer side) and
 * the best by character n-grams, each with every score it has.
 */
export function retrieve(store: ThreadStore, query: TextProfile, limit = CANDIDATES_PER_SOURCE): Candidate[] {
  const question = query.distinctTerms.length ? store.searchWords(query.distinctTerms, QUESTION_BOOST, limit * 4) : new Map<number, number>()
  const answer = query.distinctTerms.length ? store.searchWords(query.distinctTerms, ANSWER_BOOST, limit * 4) : new Map<number, number>()
  const grams = query.gramWords.length ? store.searchGrams(query.gramWords) : new Map<number, number>()

  const pool = new Set<number>()
  for (const source of [question, answer, grams]) for (const slot of topSlots(source, limit)) pool.add(slot)
  return [...pool].map((slot) => ({
    slot,
    bm25Question: question.get(slot) ?? 0,
    bm25Answer: answer.get(slot) ?? 0,
    gram: grams.get(slot) ?? 0,
  }))
}

function topSlots(scores: ReadonlyMap<number, number>, limit: number): number[] {
  const entries = [...scores]
  entries.sort((a, b) => b[1] - a[1] || a[0] - b[0])
  return entries.slice(0, limit).map(([slot]) => slot)
}
