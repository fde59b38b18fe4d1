import { mapTerms, type TokenFilter } from '../stage.js'
import { memoizeWord } from './memoize-word.js'

// "ae/oe/ue" after a consonant or at the start: the umlaut spelled out.
const FOLDABLE = /(?:[^aeiouyq]|^)[aou]e/
const FOLDABLE_ALL = /([^aeiouyq]|^)([aou])e/g
const NON_ASCII = /[^\u0000-\u007f]/
const ASCII_AND_UMLAUTS = /^[\u0000-\u007fäöüÄÖÜ]*$/
const UMLAUT = /[äöüÄÖÜ]/g
const UMLAUT_BASES: Readonly<Record<string, string>> = { ä: 'a', ö: 'o', ü: 'u', Ä: 'A', Ö: 'O', Ü: 'U' }

/**
 * German spelling folding, so that every way customers type umlauts meets:
 * ß→ss, ä/ae→a, ö/oe→o, ü/ue→u. "ue" stays after a vowel or q (dauer, feuer, quelle, queue),
 * the rule of Lucene's GermanNormalizationFilter; "aktuell" folds to "aktull" on both the index
 * and the query side, which is consistent and therefore harmless.
 * Other Latin diacritics are stripped (café → cafe). Expects lowercase input.
 * @example
 * foldGerman('passwörter') //=> 'passworter'
 * foldGerman('passwoerter') //=> 'passworter'
 * foldGerman('weißbier') //=> 'weissbier'
 * foldGerman('feuer') //=> 'feuer'
 */
export function foldGerman(word: string): string {
  // Checked first: a replace runs its regex even when there is nothing to replace.
  let out = stripDiacritics(word.includes('ß') ? word.replaceAll('ß', 'ss') : word)
  // Repeat until stable: folding "kuee" yields "kue", which folds again (keeps it idempotent).
  while (FOLDABLE.test(out)) {
    const next = out.replace(FOLDABLE_ALL, (_m, before: string, vowel: string) => before + vowel)
    if (next === out) break
    out = next
  }
  return out
}

/**
 * Removes combining marks after canonical decomposition (é→e, ñ→n, ü→u). Language-neutral:
 * used for English too, where "ue" must stay (true, queue).
 * @example
 * stripDiacritics('café') //=> 'cafe'
 */
export function stripDiacritics(word: string): string {
  // Fast path: plain ASCII has nothing to strip.
  if (!NON_ASCII.test(word)) return word
  // German umlauts are the common case: their base letters directly, without two normalizations.
  if (ASCII_AND_UMLAUTS.test(word)) return word.replace(UMLAUT, (umlaut) => UMLAUT_BASES[umlaut]!)
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}

/** Filter: German folding on every token, keywords included (#Kündigung meets #kuendigung). */
export const foldGermanFilter: TokenFilter = mapTerms('fold-german', (token) => foldWord(token.text), { rules: 'lucene-ue-v1' })
const foldWord = memoizeWord(foldGerman)

/** Filter: diacritics stripped, for languages without German's ae/oe/ue spellings. */
export const stripDiacriticsFilter: TokenFilter = mapTerms('strip-diacritics', (token) => stripWord(token.text))
const stripWord = memoizeWord(stripDiacritics)
