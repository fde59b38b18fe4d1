import type { Language } from '../types.js'
import { createAnalyzer, type Analyzer } from '../analysis/analyzer.js'
import { detectLanguage } from '../analysis/detect-language.js'
import { profileText } from '../matching/text-profile.js'
import { InvalidInputError, type InputIssue } from '../errors.js'
import { MAX_QUESTION_CHARS } from '../schemas/thread.js'
import { DuplicateScoreOptionsSchema, type DuplicateScoreOptions } from '../schemas/duplicate-options.js'
import { parseInput } from '../schemas/to-input-error.js'
import { duplicateProbability } from './duplicate-probability.js'

const analyzers = new Map<Language, Analyzer>()

/**
 * Probability (0..1) that two questions ask the same thing: the analyzer and features of matching,
 * combined by a logistic model. Symmetric. Different product models (iPhone 6 / iPhone 7), numbers
 * that differ, and a negation on one side only pull it down.
 * @example
 * duplicateScore('Wie ändere ich meine Rechnungsadresse?', 'Adresse der Rechnung ändern') > 0.5 //=> true
 * duplicateScore('Akku iPhone 6 tauschen', 'Akku iPhone 7 tauschen') < 0.5 //=> true
 */
export function duplicateScore(a: string, b: string, options: DuplicateScoreOptions = {}): number {
  const { lang } = parseInput(DuplicateScoreOptionsSchema, options, 'options', 'invalid duplicateScore options')
  const issues = [checkText(a, 'a'), checkText(b, 'b')].filter((i): i is InputIssue => i !== undefined)
  if (issues.length) throw new InvalidInputError(issues, 'invalid questions')
  const language = lang === 'auto' ? detectLanguage(`${a} ${b}`) : lang
  let analyzer = analyzers.get(language)
  if (!analyzer) analyzers.set(language, (analyzer = createAnalyzer({ language })))
  // Order-independent: sort the pair so floating-point sums run the same way both ways round.
  const [first, second] = a <= b ? [a, b] : [b, a]
  return duplicateProbability(profileText(analyzer, first), profileText(analyzer, second))
}

function checkText(text: unknown, path: string): InputIssue | undefined {
  if (typeof text !== 'string') return { path, message: `must be a string, got ${text === null ? 'null' : typeof text}` }
  if (text.trim() === '') return { path, message: 'must not be empty' }
  if (text.length > MAX_QUESTION_CHARS) return { path, message: `must be at most ${MAX_QUESTION_CHARS} characters, got ${text.length}` }
  return undefined
}
