import type { ThreadStore } from '../store/thread-store.js'

/**
 * Corpus statistics the pair features weight terms by: how many questions hold a term. A word
 * every question shares ("coronavirus" in a COVID FAQ, "vertrag" at a telco) says little about
 * whether two questions are the same; a rare one says a lot. That is the TF-IDF baseline's
 * strength, so the duplicate model gets it too.
 */
export interface PairStatistics {
  /** Questions counted; 0 means no corpus (prior weights only). */
  readonly documentCount: number
  /** Questions holding this analyzed term. */
  documentFrequency(term: string): number
  /** Questions holding this word (folded, unstemmed, stop words kept: `TextProfile.gramWords`). */
  wordFrequency(word: string): number
  /** Questions holding this character 3-gram of their words (`charGrams(gramWords, [3])`). */
  gramFrequency(gram: string): number
}

/** What a bag entry is: an analyzed term, a stop word, or a character gram. */
export type EntryKind = 'term' | 'stopWord' | 'gram'

/** No corpus: the prior weights alone (`duplicateScore` without an index). */
export const UNIFORM_STATISTICS: PairStatistics = { documentCount: 0, documentFrequency: () => 0, wordFrequency: () => 0, gramFrequency: () => 0 }

/** The statistics of an index's questions (and variants), live: they follow adds and removes. */
export function storeStatistics(store: ThreadStore): PairStatistics {
  return {
    get documentCount() {
      return store.size
    },
    documentFrequency: (term) => store.questionDocumentFrequency(term),
    wordFrequency: (word) => store.questionWordFrequency(word),
    gramFrequency: (gram) => store.questionGramFrequency(gram),
  }
}

/**
 * Corpus statistics count as much as this many questions' worth of prior: the idf of 5 questions
 * is noise (every word is "rare"), of 500 it is what the TF-IDF baseline uses. At 10, a corpus of
 * 450 questions (covid-faq-de) weighs 98% corpus, a 5-thread index 33%.
 */
export const PRIOR_DOCUMENTS = 10

/**
 * Prior weight of a stop word relative to a term (1): "wie", "ich", "mein" tell questions apart a
 * little ("wann" vs "wo"), far less than a topic word; shared stop words alone must not make two
 * questions duplicates in a small index.
 */
export const STOP_WORD_PRIOR = 0.6

/**
 * Weight of a bag entry: the idf log(1 + N / df) of the TF-IDF baseline, scaled to 0..1 by its
 * maximum log(1 + N), blended with the prior by PRIOR_DOCUMENTS. An entry the corpus has never
 * seen counts as seen once (a new rare word).
 */
export function entryWeight(statistics: PairStatistics, key: string, kind: EntryKind): number {
  const prior = kind === 'stopWord' ? STOP_WORD_PRIOR : 1
  const n = statistics.documentCount
  if (n === 0) return prior
  const frequency = kind === 'term' ? statistics.documentFrequency(key) : kind === 'stopWord' ? statistics.wordFrequency(key) : statistics.gramFrequency(key)
  const df = Math.max(1, frequency)
  const idf = Math.log(1 + n / df) / Math.log(1 + n)
  return (n * idf + PRIOR_DOCUMENTS * prior) / (n + PRIOR_DOCUMENTS)
}
