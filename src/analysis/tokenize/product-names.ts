/**
 * Product and model names ("iPhone 6", "Galaxy S23", "FRITZ!Box 7590", "DSL 16000", "5G") are one
 * protected token: their number is what tells two questions apart, so nothing may split or drop it.
 */

/**
 * A name word directly followed by a model designation. The name word must look like a product
 * (inner capital: iPhone, FRITZ!Box, eSIM; all caps: DSL, VDSL; a "!" inside) or be one of the
 * configured product words; a plain German noun before a count ("Paket 3") is not a product.
 */
export const PRODUCT_MODEL = /\d{1,6}[\p{L}]{0,3}(?![\p{L}\p{N}])|\p{Lu}{1,2}\d{1,5}[\p{L}]{0,3}(?![\p{L}\p{N}])/uy

/**
 * Lowercase product words that take a model number after them. Data, not logic: extend it through
 * the analyzer's `productWords` option.
 */
export const DEFAULT_PRODUCT_WORDS: readonly string[] = [
  'iphone', 'ipad', 'galaxy', 'pixel', 'xperia', 'redmi', 'fritzbox', 'fritz!box', 'speedport', 'easybox',
  'windows', 'ios', 'android', 'macos', 'playstation', 'ps', 'xbox', 'switch', 'watch', 'kindle', 'surface',
  'thinkpad', 'dsl', 'vdsl', 'adsl', 'lte', 'magentatv', 'router', 'repeater', 'tarif', 'firmware', 'version',
]

/** Does this word, followed by a model number, name a product? */
export function isProductWord(word: string, productWords: ReadonlySet<string>): boolean {
  if (word.includes('!')) return true
  if (productWords.has(word.toLowerCase())) return true
  const letters = word.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return true
  // Inner capital after a lowercase start or within: iPhone, eSIM, MagentaTV (not "Router").
  return /^\p{Ll}+\p{Lu}/u.test(word) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(word)
}

/** The comparable form of a product name: lowercase, without spaces, hyphens or "!". */
export function productTerm(surface: string): string {
  return surface.toLocaleLowerCase('de').replace(/[\s\-!]+/gu, '')
}

/**
 * The name part of a product term before its model designation, so two models of one product can be
 * recognised ("iphone6" and "iphone7" share it). Only compared with itself: the cut is the same on
 * both sides, even where it takes a letter of the name ("fritzbox7590" → "fritzbo").
 * @example
 * productModelName('iphone6') === productModelName('iphone7') //=> true
 */
export function productModelName(product: string): string {
  return product.replace(/[a-z]?\d+[a-z]{0,3}$/u, '')
}
