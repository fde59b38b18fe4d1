import type { TokenFilter } from '../stage.js'
import { withText, type Token } from '../token.js'
import { stemGerman } from '../german/stemmer.js'
import { stemEnglish } from '../english/stemmer.js'
import type { CompoundLexicon } from '../german/compound-lexicon.js'
import { memoizeWord } from './memoize-word.js'

// Separable prefixes before "ge": an-ge-meldet, ab-ge-bucht, zurück-ge-schickt (folded spelling).
const PARTICIPLE = /^(ab|an|auf|aus|bei|ein|fest|frei|her|hin|los|mit|nach|um|vor|weg|zu|zuruck)?ge(\p{Ll}{3,}?)(e?t)$/u

/**
 * Stemming with natural's German stemmer, keywords skipped. Runs last, so earlier stages see real
 * words. Weak past participles are mapped to their infinitive's stem when the lexicon knows the
 * infinitive: "gekündigt" → stem of "kündigen" (kundig), "abgebucht" → stem of "abbuchen".
 * Expects lowercase, German-folded words.
 * @example
 * createGermanStemmer(lexicon).apply(tokens('rechnungen gekundigt')).map((t) => t.text) //=> ['rechnung', 'kundig']
 */
export function createGermanStemmer(lexicon?: CompoundLexicon): TokenFilter {
  const stem = memoizeWord((word) => stemGerman(participleInfinitive(word, lexicon) ?? word))
  return stemFilter('stem-de', stem, { participles: Boolean(lexicon) })
}

/**
 * Porter stemming with natural's English stemmer, keywords skipped. Expects lowercase words.
 * @example
 * englishStemFilter.apply(tokens('cancelled orders')).map((t) => t.text) //=> ['cancel', 'order']
 */
export const englishStemFilter: TokenFilter = stemFilter('stem-en', memoizeWord(stemEnglish), {})

/** "gekundigt" → "kundigen" when the lexicon has "kundigen"; otherwise null. */
export function participleInfinitive(word: string, lexicon?: CompoundLexicon): string | null {
  if (!lexicon || word.length < 6) return null
  const match = PARTICIPLE.exec(word)
  if (!match) return null
  const infinitive = `${match[1] ?? ''}${match[2]}en`
  return lexicon.isPart(infinitive) ? infinitive : null
}

function stemFilter(name: string, stem: (word: string) => string, options: Record<string, unknown>): TokenFilter {
  return {
    name,
    options,
    apply(tokens) {
      return tokens.map((token): Token => {
        if (token.keyword || (token.kind !== 'word')) return token
        const text = stem(token.text)
        return text === token.text || text === '' ? token : withText(token, text)
      })
    },
  }
}
