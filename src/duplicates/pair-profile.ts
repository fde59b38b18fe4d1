import type { TextProfile } from '../matching/text-profile.js'
import { charGrams } from '../analysis/char-grams.js'
import { foldGerman } from '../analysis/filters/fold-german.js'
import { GERMAN_STOPWORDS } from '../analysis/german/stopwords.js'
import { ENGLISH_STOPWORDS } from '../analysis/english/stopwords.js'
import { entryWeight, type PairStatistics } from './pair-statistics.js'
import type { AnswerEvidence } from './answer-evidence.js'

/** Character gram size of the pair features (3 alone: 2–4 gained nothing for duplicates, benchmarks/fit-duplicates.mjs). */
export const PAIR_GRAM_SIZES: readonly number[] = [3]

/**
 * A text's profile prepared for pair features, computed once per text however many pairs it is in.
 * Grams and bag entries are ids of one `PairVocabulary`, sorted, so a pair is a merge of two
 * arrays: at corpus scale this is the memory (a few hundred bytes a thread) and the time.
 */
export interface PairProfile {
  readonly profile: TextProfile
  /** The bag of the idf cosine: analyzed terms plus the question's stop words, sorted ids. */
  readonly bag: Int32Array
  /** tf·idf of each bag entry, scaled to unit length. */
  readonly bagWeights: Float64Array
  /** 3-grams of the analyzed words but the stop words (folded, unstemmed), sorted ids. */
  readonly grams: Int32Array
  /** (1 + log tf)·idf of each gram, scaled to unit length. */
  readonly gramWeights: Float64Array
  /** 3-grams of the words joined by spaces (spanning word boundaries: local word order), sorted ids. */
  readonly phraseGrams: Int32Array
  /** What the index's answers say about this text (answer-evidence.ts); absent without an index. */
  readonly answers: AnswerEvidence | undefined
}

/** Interns grams and bag keys as small integers (one per run: ids are only comparable within it). */
export class PairVocabulary {
  private readonly ids = new Map<string, number>()

  id(key: string): number {
    let id = this.ids.get(key)
    if (id === undefined) this.ids.set(key, (id = this.ids.size))
    return id
  }
}

/**
 * Stop words as the analyzed words spell them (German folded). The analyzer drops them from the
 * terms, but "wann"/"wo", "how"/"what" tell questions apart; the TF-IDF baseline keeps them and
 * lets idf weigh them, and so does the idf cosine (as a single feature, +0.06 AP on covid-faq-de
 * and +0.02 on covid-faq-en over terms alone). They stay out of the grams: counted there too,
 * "Ich habe mein Passwort vergessen" came near "Wie ändere ich meine Rechnungsadresse?" in small
 * indexes, for no AP gain.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([...GERMAN_STOPWORDS, ...ENGLISH_STOPWORDS].flatMap((w) => [w, foldGerman(w)]))
/** Marks a stop word in the bag, so "die" the word never meets a term spelled "die". */
const WORD_KEY_PREFIX = '\u0000'

/**
 * Prepares profiles against one vocabulary and one set of corpus statistics; `answers`: the text's
 * answer evidence from the index (answerEvidence), if any.
 */
export function createPairProfiler(statistics: PairStatistics, vocabulary = new PairVocabulary()): (profile: TextProfile, answers?: AnswerEvidence) => PairProfile {
  const toVector = (counts: ReadonlyMap<string, number>, weightOf: (key: string, count: number) => number) => {
    const entries = [...counts].map(([key, count]) => [vocabulary.id(key), weightOf(key, count)] as const).sort((x, y) => x[0] - y[0])
    const norm = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1
    return { ids: Int32Array.from(entries, ([id]) => id), weights: Float64Array.from(entries, ([, w]) => w / norm) }
  }
  return (profile, answers) => {
    const counts = new Map<string, number>()
    for (const term of profile.terms) counts.set(term, (counts.get(term) ?? 0) + 1)
    for (const word of profile.gramWords) if (FUNCTION_WORDS.has(word)) counts.set(WORD_KEY_PREFIX + word, (counts.get(WORD_KEY_PREFIX + word) ?? 0) + 1)
    const bag = toVector(counts, (key, count) => {
      const stopWord = key.startsWith(WORD_KEY_PREFIX)
      return count * entryWeight(statistics, stopWord ? key.slice(WORD_KEY_PREFIX.length) : key, stopWord ? 'stopWord' : 'term')
    })
    // Grams live in the vocabulary as they are: none starts with the stop-word prefix.
    const grams = toVector(charGrams(profile.gramWords.filter((w) => !FUNCTION_WORDS.has(w)), PAIR_GRAM_SIZES), (gram, count) => (1 + Math.log(count)) * entryWeight(statistics, gram, 'gram'))
    return {
      profile,
      bag: bag.ids,
      bagWeights: bag.weights,
      grams: grams.ids,
      gramWeights: grams.weights,
      phraseGrams: Int32Array.from(charGrams([profile.gramWords.join(' ')], PAIR_GRAM_SIZES).keys(), (g) => vocabulary.id(g)).sort(),
      answers,
    }
  }
}
