// natural's TfIdf over stemmed question + answer terms (lowercase, umlaut/ß folding for German,
// natural's Porter stemmer), ranked by cosine similarity between the query's and each thread's
// tf·idf vector. natural has no search, so the cosine is ours: weights are natural's tf (raw
// count) times natural's idf, 1 + ln(N / (1 + df)), postings built once after indexing.
// natural's idf(term) scans every document per term (O(terms × threads): 40 s on 3.7k threads),
// so the same formula is evaluated from document frequencies counted in one pass, and checked
// against natural's idf() on a few terms so the two cannot drift apart.
import { createRequire } from 'node:module'
import { createStemmingTermProcessor, splitWords } from '../lib/natural-stemmer.mjs'

const require = createRequire(import.meta.url)
const TfIdf = require('natural/lib/natural/tfidf/tfidf.js')

export const name = 'natural-tfidf'
export const description =
  "natural's TfIdf over stemmed question + answer (same term processing as minisearch-natural), cosine between tf·idf vectors computed by the benchmark."
export function create(lang) {
  const processTerm = createStemmingTermProcessor(lang)
  const terms = (text) => splitWords(text).map(processTerm).filter(Boolean)
  const tfidf = new TfIdf()
  let ids = []
  let postings = new Map() // term → [docIndex, weight][]
  let idf = new Map()
  let norms = new Float64Array(0)

  return {
    addAll(threads) {
      for (const { id, question, answer } of threads) tfidf.addDocument(terms(`${question} ${answer}`), id)
      ids = tfidf.documents.map((d) => d.__key)
      const df = new Map()
      for (const doc of tfidf.documents) for (const term of Object.keys(doc)) if (term !== '__key' && doc[term] > 0) df.set(term, (df.get(term) ?? 0) + 1)
      const n = tfidf.documents.length
      idf = new Map([...df].map(([term, count]) => [term, 1 + Math.log(n / (1 + count))]))
      for (const term of [...df.keys()].slice(0, 3)) {
        if (Math.abs(tfidf.idf(term) - idf.get(term)) > 1e-9) throw new Error(`natural-tfidf: idf(${term}) differs from natural's (${tfidf.idf(term)} vs ${idf.get(term)})`)
      }
      postings = new Map()
      norms = new Float64Array(ids.length)
      tfidf.documents.forEach((doc, i) => {
        for (const term of Object.keys(doc)) {
          if (term === '__key') continue
          const weight = doc[term] * idf.get(term)
          norms[i] += weight * weight
          if (!postings.has(term)) postings.set(term, [])
          postings.get(term).push([i, weight])
        }
        norms[i] = Math.sqrt(norms[i])
      })
    },
    search(text, k) {
      const counts = new Map()
      for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1)
      const dots = new Map()
      for (const [term, count] of counts) {
        const list = postings.get(term)
        if (!list) continue // unseen term: adds to the query norm only, which is equal for all threads
        const queryWeight = count * idf.get(term)
        for (const [doc, weight] of list) dots.set(doc, (dots.get(doc) ?? 0) + queryWeight * weight)
      }
      return [...dots]
        .map(([doc, dot]) => [doc, norms[doc] > 0 ? dot / norms[doc] : 0])
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, k)
        .map(([doc]) => ids[doc])
    },
  }
}
