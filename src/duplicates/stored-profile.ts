import type { StoredThread } from '../store/stored-thread.js'
import type { TextProfile } from '../matching/text-profile.js'

const NUMBER = /^\d+(?:[.,]\d+)*$/u

/** The question profile of a stored thread, from what the index already analyzed (no re-analysis). */
export function storedProfile(record: StoredThread): TextProfile {
  return {
    terms: record.questionTerms,
    distinctTerms: [...new Set(record.questionTerms)],
    gramWords: record.gramWords,
    products: record.products,
    numbers: [...new Set(record.questionTerms.filter((t) => NUMBER.test(t)))],
    negated: record.negated,
  }
}
