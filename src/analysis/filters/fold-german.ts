import { mapTerms, type TokenFilter } from '../stage.js'

// "ae/oe/ue" after a consonant or at the start: the umlaut spelled out.
const FOLDABLE = /(?:[^aeiouyq]|^)[aou]e/
const FOLDABLE_ALL = /([^aeiouyq]|^)([aou])e/g

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
  let out = stripDiacritics(word.replace(/ß/g, 'ss'))
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
  if (!/[^\u0000-\u007f]/.test(word)) return word
  return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
}

/** Filter: German folding on every token, keywords included (#Kündigung meets #kuendigung). */
export const foldGermanFilter: TokenFilter = mapTerms('fold-german', (token) => foldGerman(token.text), { rules: 'lucene-ue-v1' })

/** Filter: diacritics stripped, for languages without German's ae/oe/ue spellings. */
export const stripDiacriticsFilter: TokenFilter = mapTerms('strip-diacritics', (token) => stripDiacritics(token.text))
