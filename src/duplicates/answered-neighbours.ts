import type { FaqIndexImpl } from '../faq-index/faq-index.js'
import type { TextProfile } from '../matching/text-profile.js'

/**
 * A text's answered neighbours: the answered threads whose question and answer together fit it
 * best (BM25 over both fields), slot → score. Two texts with the same neighbours ask about the same
 * thing even without a shared word: "Wer ist gefährdet?" and "Welche Personengruppen sind besonders
 * häufig von einem schweren Verlauf betroffen?" both fit the FAQ entries about risk groups, whose
 * answers hold both wordings. The index's answered threads act as topics learned from its own
 * corpus (explicit semantic analysis with threads as concepts), no outside data.
 */
export type AnsweredNeighbours = ReadonlyMap<number, number>

/**
 * Neighbours kept per text. 20 beat 10 and 50 on covid-faq-de (AP 0.905 vs 0.891 / 0.899 with the
 * other features): fewer miss shared topics, more let every common word's threads in.
 */
export const ANSWERED_NEIGHBOURS = 20

/**
 * Threads searched to find ANSWERED_NEIGHBOURS with an answer: unanswered threads (open questions,
 * the pair texts of an evaluation) rank among them and are skipped.
 */
const SEARCH_DEPTH = 5 * ANSWERED_NEIGHBOURS

const BOTH_FIELDS = { q: 1, a: 1 } as const

/** The answered threads that best fit a text's terms, by BM25 over question and answer. */
export function answeredNeighbours(index: FaqIndexImpl, profile: TextProfile): AnsweredNeighbours {
  const neighbours = new Map<number, number>()
  if (!profile.distinctTerms.length) return neighbours
  for (const [slot, score] of index.store.searchWords(profile.distinctTerms, BOTH_FIELDS, SEARCH_DEPTH)) {
    if (!index.store.at(slot)?.answerTerms.length) continue
    neighbours.set(slot, score)
    if (neighbours.size === ANSWERED_NEIGHBOURS) break
  }
  return neighbours
}

/**
 * The neighbour cosine of an average labelled pair with answers (shared split: 0.19 on
 * covid-faq-de, 0.35 on covid-faq-en). The feature is the cosine minus this, so a pair without the
 * evidence (no index, no answers: findDuplicates, duplicateScore without an index) scores like an
 * average pair, not like one whose neighbourhoods are known to differ. Without centring, the fit
 * moved this evidence into the bias and pairs without it lost ~0.1 probability (covid-faq-de
 * without an index: F1 0.045 at the default threshold).
 */
export const NEIGHBOUR_COSINE_MEAN = 0.25

/**
 * The pair feature: the neighbour cosine minus NEIGHBOUR_COSINE_MEAN when both texts have answered
 * neighbours, else 0 (no evidence either way).
 */
export function neighbourEvidence(a: AnsweredNeighbours | undefined, b: AnsweredNeighbours | undefined): number {
  return a?.size && b?.size ? neighbourCosine(a, b) - NEIGHBOUR_COSINE_MEAN : 0
}

/**
 * Cosine of two texts' neighbour scores (0..1): how much their answered neighbourhoods overlap,
 * weighted by fit. 0 when either has none (no index, no answers, or no known word).
 */
export function neighbourCosine(a: AnsweredNeighbours | undefined, b: AnsweredNeighbours | undefined): number {
  if (!a?.size || !b?.size) return 0
  // Summed in slot order, so swapping a and b gives the same float result (duplicateScore is symmetric).
  let dot = 0
  for (const slot of [...a.keys()].sort((x, y) => x - y)) {
    const other = b.get(slot)
    if (other !== undefined) dot += a.get(slot)! * other
  }
  return Math.min(1, dot / (norm(a) * norm(b)))
}

function norm(scores: AnsweredNeighbours): number {
  let sum = 0
  for (const slot of [...scores.keys()].sort((x, y) => x - y)) sum += scores.get(slot)! ** 2
  return Math.sqrt(sum)
}
