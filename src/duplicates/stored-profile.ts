import type { StoredThread } from '../store/stored-thread.js'
import { toPairProfile, type PairProfile } from './pair-features.js'

/** The question profile of a stored thread, from what the index already analyzed (no re-analysis). */
export function storedProfile(record: StoredThread): PairProfile {
  return toPairProfile({
    terms: record.questionTerms,
    distinctTerms: [...new Set(record.questionTerms)],
    gramWords: record.gramWords,
    products: record.products,
    numbers: [...new Set(record.questionTerms.filter((t) => /^\d+(?:[.,]\d+)*$/u.test(t)))],
    negated: record.negated,
  })
}
