import type { FaqIndexImpl } from '../faq-index/faq-index.js'
import type { TextProfile } from '../matching/text-profile.js'
import type { StoredThread } from '../store/stored-thread.js'
import { answeredNeighbours, type AnsweredNeighbours } from './answered-neighbours.js'

/** What an index's answers say about one text of a pair (pair-features.ts: answerKnown, answerRank). */
export interface AnswerEvidence {
  /** Store slot of the answered thread whose question (or variant) this text is, if any. */
  readonly threadSlot: number | undefined
  /** Store slot → rank (1 = best) of the threads whose answers best fit this text, top ANSWER_RANK_DEPTH. */
  readonly answerRanks: ReadonlyMap<number, number>
  /** The answered threads that best fit this text (answered-neighbours.ts); absent: not looked up. */
  readonly neighbours?: AnsweredNeighbours
}

/**
 * Answers ranked per text: the answer-rank feature counts a thread only among the best this many.
 * Beyond ~10 a rank says little (1/rank < 0.1) and the search costs more.
 */
export const ANSWER_RANK_DEPTH = 10

/**
 * Candidates checked when looking a text up among the index's questions: an indexed question ranks
 * first for its own terms unless near-copies tie with it.
 */
const LOOKUP_CANDIDATES = 5

/**
 * The answer evidence of one text against an index: the thread it is the question of (when that
 * thread has an answer), the threads whose answers best fit it, and its answered neighbours. A thread matches a text when
 * its stored question or a variant equals it (trimmed), or when it has no variants and its
 * question's analyzed terms equal the text's (the same question, redacted or spelled otherwise).
 */
export function answerEvidence(index: FaqIndexImpl, text: string, profile: TextProfile): AnswerEvidence {
  const answerRanks = rankAnswers(index, profile)
  // No answer holds any of the text's terms (always so in an index without answers): its answered
  // neighbours would rest on question words alone, so the second search is skipped (pawsx-de: 10x
  // the time per pair for nothing).
  return { threadSlot: answeredThreadSlot(index, text, profile), answerRanks, neighbours: answerRanks.size ? answeredNeighbours(index, profile) : new Map() }
}

const NO_RANKS: ReadonlyMap<number, number> = new Map()

/**
 * An indexed thread's side of the evidence, without a search: the answered thread it is (so the
 * other text's answer ranking says how well its answer fits); its own answer ranking and answered
 * neighbours stay empty, which the features read as neutral.
 */
export function storedThreadEvidence(index: FaqIndexImpl, record: StoredThread): AnswerEvidence {
  return { threadSlot: record.answerTerms.length ? index.store.slotOf(record.thread.id) : undefined, answerRanks: NO_RANKS }
}

/**
 * The index's answers ranked for a text's terms (BM25 over the answer field): slot → rank. Equal
 * scores share a rank (1 + the number of better answers): two threads with the same answer fit
 * equally well, and which of them was indexed first must not decide.
 */
export function rankAnswers(index: FaqIndexImpl, profile: TextProfile): ReadonlyMap<number, number> {
  const ranks = new Map<number, number>()
  if (!profile.distinctTerms.length) return ranks
  let rank = 0
  let previous = Number.NaN
  for (const [slot, score] of index.store.searchWords(profile.distinctTerms, { a: 1 }, ANSWER_RANK_DEPTH)) {
    if (score !== previous) rank = ranks.size + 1
    previous = score
    ranks.set(slot, rank)
  }
  return ranks
}

function answeredThreadSlot(index: FaqIndexImpl, text: string, profile: TextProfile): number | undefined {
  if (!profile.distinctTerms.length) return undefined
  const trimmed = text.trim()
  const joined = profile.terms.join(' ')
  for (const slot of index.store.searchWords(profile.distinctTerms, { q: 1 }, LOOKUP_CANDIDATES).keys()) {
    const record = index.store.at(slot)
    if (!record?.answerTerms.length) continue
    const { question, variants } = record.thread
    if (question.trim() === trimmed || variants?.some((v) => v.trim() === trimmed) || (!variants?.length && record.questionTerms.join(' ') === joined)) return slot
  }
  return undefined
}
