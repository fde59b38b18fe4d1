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

/**
 * The `limit` best slots by score (ties: lower slot first), best first. A bounded heap instead of
 * sorting every scored slot: at 100k threads a query's OR search scores tens of thousands.
 */
export function topSlots(scores: ReadonlyMap<number, number>, limit: number): number[] {
  if (limit <= 0) return []
  // Min-heap on (score, -slot): the root is the worst of the kept entries.
  const heapSlots: number[] = []
  const heapScores: number[] = []
  const worse = (i: number, j: number) => heapScores[i]! < heapScores[j]! || (heapScores[i] === heapScores[j] && heapSlots[i]! > heapSlots[j]!)
  const swap = (i: number, j: number) => {
    ;[heapSlots[i], heapSlots[j]] = [heapSlots[j]!, heapSlots[i]!]
    ;[heapScores[i], heapScores[j]] = [heapScores[j]!, heapScores[i]!]
  }
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < heapSlots.length && worse(l, m)) m = l
      if (r < heapSlots.length && worse(r, m)) m = r
      if (m === i) return
      swap(i, m)
      i = m
    }
  }
  for (const [slot, score] of scores) {
    if (heapSlots.length < limit) {
      heapSlots.push(slot)
      heapScores.push(score)
      for (let i = heapSlots.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1
        if (!worse(i, parent)) break
        swap(i, parent)
        i = parent
      }
    } else if (score > heapScores[0]! || (score === heapScores[0] && slot < heapSlots[0]!)) {
      heapSlots[0] = slot
      heapScores[0] = score
      siftDown(0)
    }
  }
  const order = heapSlots.map((_, i) => i)
  order.sort((a, b) => heapScores[b]! - heapScores[a]! || heapSlots[a]! - heapSlots[b]!)
  return order.map((i) => heapSlots[i]!)
}
