import { mapTerms, type TokenFilter } from '../stage.js'
import { memoizeWord } from './memoize-word.js'

/**
 * Lowercases every term with German rules, keywords included, so `#Kündigung` meets `#kündigung`.
 * @example
 * lowercaseFilter.apply(tokens('WLAN Störung')).map((t) => t.text) //=> ['wlan', 'störung']
 */
export const lowercaseFilter: TokenFilter = mapTerms('lowercase', (token) => lowercaseWord(token.text))

const lowercaseWord = memoizeWord(lowercaseGerman)

const NON_ASCII = /[^\u0000-\u007f]/

/** `toLocaleLowerCase('de')`, with a fast path for ASCII (the same result, without a locale lookup). */
function lowercaseGerman(text: string): string {
  return NON_ASCII.test(text) ? text.toLocaleLowerCase('de') : text.toLowerCase()
}
