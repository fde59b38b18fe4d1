import type { Language, Thread } from '../types.js'

/** A thread as the store keeps it: the thread itself and what the analyzer made of it. */
export interface StoredThread {
  readonly thread: Thread
  readonly lang: Language
  /** Analyzed terms of the question and its variants (with repeats, in order). */
  readonly questionTerms: readonly string[]
  readonly answerTerms: readonly string[]
  readonly tagTerms: readonly string[]
  /** Folded, unstemmed words of the question and variants: the source of its character n-grams. */
  readonly gramWords: readonly string[]
  /** Product terms of question, variants and answer ("iphone6"). */
  readonly products: readonly string[]
  /** Does the question (or a variant) contain a negation? */
  readonly negated: boolean
}
