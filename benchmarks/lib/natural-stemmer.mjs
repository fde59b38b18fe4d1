// natural's Porter stemmers by deep path (never `import 'natural'`: slow and prints dotenv lines),
// plus the term processing a typical user puts in front of them: lowercase, German umlaut/ß
// folding, stem. Used by the peers minisearch-natural and natural-tfidf.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const cache = new Map()

/** @param {'de' | 'en'} lang @returns {(word: string) => string} */
export function naturalStemmer(lang) {
  if (!cache.has(lang)) {
    const path = lang === 'de' ? 'natural/lib/natural/stemmers/porter_stemmer_de.js' : 'natural/lib/natural/stemmers/porter_stemmer.js'
    const stemmer = require(path)
    cache.set(lang, (word) => stemmer.stem(word))
  }
  return cache.get(lang)
}

/** ä→a, ö→o, ü→u, ß→ss (not ae/oe/ue: a typical user does not special-case *dauer*, *quelle*). */
export function foldUmlauts(text) {
  return text.replace(/[äöüß]/g, (c) => (c === 'ß' ? 'ss' : c === 'ä' ? 'a' : c === 'ö' ? 'o' : 'u'))
}

/** Term processor: lowercase, fold (German only), stem; empty terms are dropped (null). */
export function createStemmingTermProcessor(lang) {
  const stem = naturalStemmer(lang)
  return (term) => {
    let t = term.toLowerCase()
    if (lang === 'de') t = foldUmlauts(t)
    if (!t) return null
    const stemmed = stem(t)
    return stemmed || null
  }
}

/** Splits on anything that is not a letter or digit. */
export function splitWords(text) {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
}
