import { mapTerms, type TokenFilter } from '../stage.js'

/**
 * Lowercases every term with German rules, keywords included, so `#Kündigung` meets `#kündigung`.
 * @example
 * lowercaseFilter.apply(tokens('WLAN Störung')).map((t) => t.text) //=> ['wlan', 'störung']
 */
export const lowercaseFilter: TokenFilter = mapTerms('lowercase', (token) => token.text.toLocaleLowerCase('de'))
