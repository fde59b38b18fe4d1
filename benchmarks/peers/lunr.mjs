// lunr 2 with its English pipeline (trimmer, stop words, Porter stemmer), or lunr-languages' German
// pipeline (lunr.stemmer.support + lunr.de: German trimmer, stop words, Snowball stemmer).
// Question boosted 2. Queries are built with the query API, not parsed query syntax, so user
// text containing ':', '~', '^', '+', '-' or '*' neither throws nor changes meaning; the
// language's trimmer runs on query tokens too (lunr's search pipeline only stems, so "Vertrag?"
// would otherwise keep its "?" and match nothing).
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const lunr = require('lunr')
let germanLoaded = false

function lunrFor(lang) {
  if (lang === 'de' && !germanLoaded) {
    require('lunr-languages/lunr.stemmer.support.js')(lunr)
    require('lunr-languages/lunr.de.js')(lunr)
    germanLoaded = true
  }
  return lunr
}

export const name = 'lunr'
export const description =
  "lunr 2.3 English pipeline (trimmer, stop words, Porter) or lunr-languages de (stemmer.support + de: trimmer, stop words, Snowball); question boost 2; query API with OPTIONAL terms, trimmer applied to query tokens."
export function create(lang) {
  const lib = lunrFor(lang)
  let index = null
  return {
    addAll(threads) {
      index = lib(function () {
        if (lang === 'de') this.use(lib.de)
        this.ref('id')
        this.field('question', { boost: 2 })
        this.field('answer')
        for (const { id, question, answer } of threads) this.add({ id, question, answer })
      })
    },
    search(text, k) { return searchIndex(lib, index, text, k, lang) },
    saveSnapshot() { return JSON.stringify(index) },
    loadSnapshot(json) {
      const loaded = lib.Index.load(JSON.parse(json))
      return { search: (text, k) => searchIndex(lib, loaded, text, k, lang) }
    },
  }
}

function searchIndex(lib, index, text, k, lang) {
  const trimmer = lang === 'de' ? lib.de.trimmer : lib.trimmer
  const tokens = lib.tokenizer(text).map((token) => trimmer(token)).filter((token) => token.toString() !== '')
  if (tokens.length === 0) return []
  return index.query((q) => { q.term(tokens) }).slice(0, k).map((r) => r.ref)
}
