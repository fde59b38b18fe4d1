import type { Language } from '../types.js'
import type { Token } from './token.js'
import { createAnalyzer, type Analyzer } from './analyzer.js'
import { detectLanguage } from './detect-language.js'
import { InvalidInputError } from '../errors.js'

const defaults = new Map<Language, Analyzer>()

/**
 * Analyzes text with the default chain of its language (detected when `lang` is 'auto' or missing).
 * For custom chains (synonyms, keywords, your own compound words) use `createAnalyzer`.
 * @example
 * analyze('Passwörter vergessen', { lang: 'de' }).map((t) => t.text) //=> ['passwort', 'vergess']
 */
export function analyze(text: string, options: { readonly lang?: Language | 'auto' } = {}): Token[] {
  if (typeof text !== 'string') throw new InvalidInputError([{ path: 'text', message: `must be a string, got ${text === null ? 'null' : typeof text}` }], 'invalid text')
  const lang = !options.lang || options.lang === 'auto' ? detectLanguage(text) : options.lang
  let analyzer = defaults.get(lang)
  if (!analyzer) {
    analyzer = createAnalyzer({ language: lang })
    defaults.set(lang, analyzer)
  }
  return analyzer.analyze(text)
}
