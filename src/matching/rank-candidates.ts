import type { ThreadStore } from '../store/thread-store.js'
import type { StoredThread } from '../store/stored-thread.js'
import type { TextProfile } from './text-profile.js'
import type { Language } from '../types.js'
import { retrieve } from './retrieve.js'
import { computeFeatures } from './features.js'
import { rerankScore } from './rerank.js'
import { calibratedConfidence } from './confidence.js'

/** A candidate after re-ranking and calibration. */
export interface RankedCandidate {
  readonly record: StoredThread
  readonly score: number
  readonly confidence: number
  readonly features: readonly number[]
}

/**
 * Confidence given to a repeat: a question whose words (folded, in order) are those of the thread's
 * question or one of its variants. The evaluation sets hold no verbatim repeats, so the fitted
 * calibration never saw one and under-rates them, most of all in small or untagged indexes (an
 * exact copy scored ~0.2 against a one-thread index). Unless a person rejected that pairing.
 */
export const REPEAT_CONFIDENCE = 0.95

/** Penalty on the score of a pairing someone rejected (question ≈ this one, thread = that one). */
export const REJECTED_PAIR_PENALTY = 1
/** Confidence of a rejected pairing is multiplied by this (never reused again as it is). */
export const REJECTED_PAIR_CONFIDENCE_FACTOR = 0.2


/**
 * Retrieves, re-ranks and calibrates: the matching pipeline for one analyzed question.
 * `accept` filters threads (tags, channel); `rejected` holds thread ids a person rejected for this
 * question.
 */
export function rankCandidates(
  store: ThreadStore,
  query: TextProfile,
  /** The question's language: each has its own fitted ranking weights. */
  lang: Language,
  options: {
    readonly accept?: (record: StoredThread) => boolean
    readonly rejected?: ReadonlySet<string>
    /** The analyzer's folded words of a text: enables the repeat check (see REPEAT_CONFIDENCE). */
    readonly wordsOf?: (text: string) => readonly string[]
  } = {},
): RankedCandidate[] {
  let candidates = retrieve(store, query)
  if (options.accept) candidates = candidates.filter((c) => options.accept!(store.at(c.slot)!))
  if (candidates.length === 0) return []
  const features = computeFeatures(store, query, candidates)
  const scored = candidates.map((c, i) => {
    const record = store.at(c.slot)!
    const rejected = options.rejected?.has(record.thread.id) ?? false
    return { record, features: features[i]!, rejected, score: rerankScore(features[i]!, lang) - (rejected ? REJECTED_PAIR_PENALTY : 0) }
  })
  scored.sort((a, b) => b.score - a.score || (a.record.thread.id < b.record.thread.id ? -1 : 1))
  return scored.map((entry, i) => {
    // Gap to the best other candidate: a clear winner is more likely right than one of a crowd.
    const other = i === 0 ? scored[1]?.score : scored[0]!.score
    const gap = other === undefined ? entry.score : entry.score - other
    let confidence = calibratedConfidence(entry.features, entry.score, gap, i === 0, lang)
    if (i === 0 && options.wordsOf && isRepeat(query, entry.record, options.wordsOf)) confidence = Math.max(confidence, REPEAT_CONFIDENCE)
    if (entry.rejected) confidence *= REJECTED_PAIR_CONFIDENCE_FACTOR
    return { record: entry.record, score: entry.score, confidence, features: entry.features }
  })
}

/** Does the question repeat the thread's question or a variant, word for word (up to spelling)? */
function isRepeat(query: TextProfile, record: StoredThread, wordsOf: (text: string) => readonly string[]): boolean {
  const words = query.gramWords.join(' ')
  return words !== '' && [record.thread.question, ...(record.thread.variants ?? [])].some((text) => wordsOf(text).join(' ') === words)
}
