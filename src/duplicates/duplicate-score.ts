import type { Language } from '../types.js'
import { createAnalyzer, type Analyzer } from '../analysis/analyzer.js'
import { detectLanguage } from '../analysis/detect-language.js'
import { profileText } from '../matching/text-profile.js'
import { InvalidInputError, type InputIssue } from '../errors.js'
import { MAX_QUESTION_CHARS } from '../schemas/thread.js'
import { DuplicateScoreOptionsSchema, type DuplicateScoreOptions } from '../schemas/duplicate-options.js'
import { parseInput } from '../schemas/to-input-error.js'
import { duplicateProbability } from './duplicate-probability.js'
import { toPairProfile } from './pair-features.js'

const analyzers = new Map<Language, Analyzer>()

/**
 * Probability (0..1) that two questions ask the same thing: both texts go through the index's
 * analyzer (one cached per language), their pair features (src/duplicates/pair-features.ts) into a
 * logistic model fitted on labelled pairs. Symmetric. Different product models (iPhone 6 / 7),
 * numbers that differ, a negation on one side only and, in long texts, swapped word order pull it
 * down. Use it to compare two given texts; `findDuplicates` and `findSimilar` apply the same model
 * to an index. Limit: lexical, so paraphrases without shared words ("Inkubationszeit" / "Wie lange
 * dauert es, bis die Krankheit ausbricht?") stay near the no-overlap score (~0.32).
 * @example
 * duplicateScore('Wie ändere ich meine Rechnungsadresse?', 'Wie kann ich die Rechnungsadresse ändern?') //=> 0.665…
 * duplicateScore('Akku vom iPhone 6 tauschen', 'Akku vom iPhone 7 tauschen') //=> 0.008…
 */
export function duplicateScore(a: string, b: string, options: DuplicateScoreOptions = {}): number {
  const { lang } = parseInput(DuplicateScoreOptionsSchema, options, 'options', 'invalid duplicateScore options')
  const issues = [checkText(a, 'a'), checkText(b, 'b')].filter((i): i is InputIssue => i !== undefined)
  if (issues.length) throw new InvalidInputError(issues, 'invalid questions')
  const language = lang === 'auto' ? detectLanguage(`${a} ${b}`) : lang
  let analyzer = analyzers.get(language)
  if (!analyzer) analyzers.set(language, (analyzer = createAnalyzer({ language })))
  // No sorting of the pair: every feature is symmetric by construction (tested with fast-check).
  return duplicateProbability(toPairProfile(profileText(analyzer, a)), toPairProfile(profileText(analyzer, b)))
}

function checkText(text: unknown, path: string): InputIssue | undefined {
  if (typeof text !== 'string') return { path, message: `must be a string, got ${text === null ? 'null' : typeof text}` }
  if (text.trim() === '') return { path, message: 'must not be empty' }
  if (text.length > MAX_QUESTION_CHARS) return { path, message: `must be at most ${MAX_QUESTION_CHARS} characters, got ${text.length}` }
  return undefined
}
