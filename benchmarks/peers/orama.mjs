// Orama 3 full-text search with its language tokenizer ('german' / 'english' splitters) and BM25
// defaults, question boosted 2, exact terms (tolerance 0), threshold 1 (any term may match).
// Stemming: Orama 3 ships only an English stemmer; German needs @orama/stemmers, which is not
// installed here, so German uses Orama's documented `stemmer` hook with natural's German
// Snowball port (the same algorithm family @orama/stemmers wraps). Stop words: Orama's lists live
// in @orama/stopwords, also not installed, and without any list its BM25 ranks long answers full
// of "is it possible to" first (stackfaq-en MRR@10 0.54 instead of 0.79), so a user would add
// one: natural's English list, the Snowball German list (see lib/stop-words.mjs).
import { create as createOrama, insert, search, save, load } from '@orama/orama'
import { naturalStemmer } from '../lib/natural-stemmer.mjs'
import { stopWords } from '../lib/stop-words.mjs'

export const name = 'orama'
export const description =
  "Orama 3, language tokenizer 'german'/'english', BM25 defaults, question boost 2, tolerance 0, threshold 1; stemmer: Orama's built-in English one, natural's porter_stemmer_de via Orama's stemmer hook for German (@orama/stemmers not installed); stop words: natural's English list / Snowball German list from lunr-languages (@orama/stopwords not installed)."
const schema = { question: 'string', answer: 'string' }

function options(lang) {
  const tokenizer = lang === 'de'
    ? { language: 'german', stemming: true, stemmer: naturalStemmer('de'), stopWords: stopWords('de') }
    : { language: 'english', stemming: true, stopWords: stopWords('en') }
  return { schema, components: { tokenizer } }
}

export function create(lang) {
  return wrap(createOrama(options(lang)), lang)
}

function wrap(db, lang) {
  return {
    addAll(threads) {
      for (const { id, question, answer } of threads) insert(db, { id, question, answer })
    },
    search(text, k) {
      const result = search(db, { term: text, properties: ['question', 'answer'], boost: { question: 2 }, limit: k })
      if (typeof result?.then === 'function') throw new Error('orama: search returned a promise; expected sync components')
      return result.hits.map((h) => h.id)
    },
    saveSnapshot() { return JSON.stringify(save(db)) },
    loadSnapshot(json) {
      const fresh = createOrama(options(lang))
      load(fresh, JSON.parse(json))
      return wrap(fresh, lang)
    },
  }
}
