import type { z } from 'zod'
import type { Language } from '../types.js'
import type { FaqIndex } from '../faq-index/faq-index.js'
import type { TextProfile } from '../matching/text-profile.js'
import { FaqIndexImpl } from '../faq-index/faq-index.js'
import { createAnalyzer, type Analyzer } from '../analysis/analyzer.js'
import { detectLanguage } from '../analysis/detect-language.js'
import { profileText } from '../matching/text-profile.js'
import { InvalidInputError, type InputIssue } from '../errors.js'
import { MAX_QUESTION_CHARS } from '../schemas/thread.js'
import { DuplicateScoreOptionsSchema } from '../schemas/duplicate-options.js'
import { parseInput } from '../schemas/to-input-error.js'
import { duplicateProbability } from './duplicate-probability.js'
import { createPairProfiler } from './pair-profile.js'
import { storeStatistics, UNIFORM_STATISTICS } from './pair-statistics.js'
import { answerEvidence } from './answer-evidence.js'

/** Options of `duplicateScore`. */
export type DuplicateScoreOptions = Omit<z.input<typeof DuplicateScoreOptionsSchema>, 'index'> & {
  /**
   * Score with this index's analyzer (its compound lexicon, redaction), the term statistics of
   * its questions (a word most questions share counts less) and its answers (a text that is an
   * answered thread's question brings that answer as evidence). Without an index every term weighs
   * the same (the documented fallback; a little less precise, see benchmarks/results/duplicates.md).
   * @default undefined
   */
  readonly index?: FaqIndex
}

const analyzers = new Map<Language, Analyzer>()

/**
 * Probability (0..1) that two questions ask the same thing: both texts go through the analyzer,
 * their pair features (src/duplicates/pair-features.ts: idf cosine, character grams, vetoes) into a
 * logistic model fitted on labelled pairs. Symmetric. Different product models (iPhone 6 / 7),
 * numbers that differ, a negation on one side only and, in long texts, swapped word order pull it
 * down. Pass `index` to weigh words by how common they are among its questions (what
 * `findDuplicates` and `findSimilar` do); without it, all terms weigh the same. With an index,
 * when one text is the question of an answered thread, how highly that answer ranks among the
 * index's answers for the other text counts as evidence too (answer-evidence.ts), and so do shared
 * answered neighbours: the answered threads that fit both texts best (answered-neighbours.ts).
 * Limit: lexical, so paraphrases without shared words that no answer bridges stay near the
 * no-overlap score.
 * @example
 * duplicateScore('Wie ändere ich meine Rechnungsadresse?', 'Wie kann ich die Rechnungsadresse ändern?') //=> 0.7…
 * duplicateScore('Akku vom iPhone 6 tauschen', 'Akku vom iPhone 7 tauschen') //=> 0.0088…
 * duplicateScore('Router blinkt rot', 'Router blinkt rot, was tun?', { index }) // idf from the index's questions
 */
export function duplicateScore(a: string, b: string, options: DuplicateScoreOptions = {}): number {
  const { lang, index } = parseInput(DuplicateScoreOptionsSchema, options, 'options', 'invalid duplicateScore options')
  if (index !== undefined && !(index instanceof FaqIndexImpl)) throw new InvalidInputError([{ path: 'options.index', message: 'must be an index from createFaqIndex/loadFaqIndex' }], 'invalid duplicateScore options')
  const issues = [checkText(a, 'a'), checkText(b, 'b')].filter((i): i is InputIssue => i !== undefined)
  if (issues.length) throw new InvalidInputError(issues, 'invalid questions')
  // One language for both texts, detected from both: a pair is compared in one analyzer.
  const language = lang !== 'auto' ? lang : index ? index.analyzers.languageOf(`${a} ${b}`) : detectLanguage(`${a} ${b}`)
  let profiles: [TextProfile, TextProfile]
  if (index) {
    profiles = [index.profileQuestion(a, language).profile, index.profileQuestion(b, language).profile]
  } else {
    let analyzer = analyzers.get(language)
    if (!analyzer) analyzers.set(language, (analyzer = createAnalyzer({ language })))
    profiles = [profileText(analyzer, a), profileText(analyzer, b)]
  }
  const toPairProfile = createPairProfiler(index ? storeStatistics(index.store) : UNIFORM_STATISTICS)
  // Every feature is symmetric by construction (tested with fast-check); the texts are prepared in
  // one order only so their vocabulary ids, and with them the order of the float sums, are the same
  // either way round.
  const [first, second] = a <= b ? [0, 1] : [1, 0]
  // The index's answers as evidence: is one text an answered thread's question, and how well does
  // that answer fit the other text among all answers.
  const answerOf = (i: number) => (index ? answerEvidence(index, i === 0 ? a : b, profiles[i]!) : undefined)
  const prepared = [toPairProfile(profiles[first]!, answerOf(first)), toPairProfile(profiles[second]!, answerOf(second))]
  return duplicateProbability(prepared[first]!, prepared[second]!)
}

function checkText(text: unknown, path: string): InputIssue | undefined {
  if (typeof text !== 'string') return { path, message: `must be a string, got ${text === null ? 'null' : typeof text}` }
  if (text.trim() === '') return { path, message: 'must not be empty' }
  if (text.length > MAX_QUESTION_CHARS) return { path, message: `must be at most ${MAX_QUESTION_CHARS} characters, got ${text.length}` }
  return undefined
}
