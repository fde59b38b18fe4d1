import type { ThreadStore } from '../store/thread-store.js'
import type { StoredThread } from '../store/stored-thread.js'
import type { Candidate } from './retrieve.js'
import type { TextProfile } from './text-profile.js'
import { productModelName } from '../analysis/tokenize/product-names.js'
import { orderFeatures } from './word-order.js'

/**
 * The re-ranking features, in vector order. Each says what word-level BM25 alone misses.
 * - bm25, bm25Question, bm25Answer: word evidence, divided by the best candidate's (0..1)
 * - gram: character n-gram similarity (absolute, 0..1); gramRelative: divided by the best
 * - coverage: idf-weighted share of the query's terms found in the thread's question (rare terms)
 * - questionCoverage: idf-weighted share of the question's terms found in the query
 * - productMatch: the query names a product the thread names too
 * - productConflict: the query names a product, the thread only another model of it (iPhone 6 vs 7)
 * - negationMismatch: one side is negated, the other not ("kündigen" vs "nicht kündigen")
 * - wordRank, gramRank: 1 / (1 + rank) on each side: agreement of both retrievers
 * - wordCoverage: idf-weighted share of the query's surface words (folded, unstemmed, stop words
 *   included) found in the thread's question: exact wording, where stemming over-merges
 * - tagVote: how strongly the candidates sharing a topic tag with this one match, together
 *   (threads tagged with one topic vote for it, like neighbours in k-nearest-neighbour search)
 * - bigramDice: Dice overlap of adjacent surface-word pairs: word order, which bags of words and
 *   n-grams ignore ("Leurda in den Tabaci" is not "Tabaci in den Leurda")
 * - termCosine: idf-weighted cosine of the query's and the question's analysed terms (bounded 0..1,
 *   unlike BM25: long questions that merely contain the query score lower)
 * - orderAgreement, lcsCoverage: the shared surface words' order beyond adjacent pairs (longest
 *   common subsequence ÷ shared words, ÷ query words): swapped roles ("A verlor gegen B")
 */
export const FEATURE_NAMES = [
  'bias',
  'bm25',
  'bm25Question',
  'bm25Answer',
  'gram',
  'gramRelative',
  'coverage',
  'questionCoverage',
  'productMatch',
  'productConflict',
  'negationMismatch',
  'wordRank',
  'gramRank',
  'tagVote',
  'wordCoverage',
  'bigramDice',
  'termCosine',
  'termBigramDice',
  'answerCosine',
  'lengthRatio',
  'orderAgreement',
  'lcsCoverage',
] as const

export type FeatureName = (typeof FEATURE_NAMES)[number]

/** Answer-side BM25 counts half of the question side in the combined word score. */
const ANSWER_WEIGHT = 0.5
/** Tags on more than this share of all threads name a source or a broad area, not a topic: no vote. */
export const MAX_TOPIC_TAG_SHARE = 0.05
/** Votes come from the best few threads of a tag, so large topics do not win by size alone. */
const VOTES_PER_TAG = 3

/** Feature vectors for the candidates of one query, aligned with FEATURE_NAMES. */
export function computeFeatures(store: ThreadStore, query: TextProfile, candidates: readonly Candidate[]): number[][] {
  const combined = candidates.map((c) => c.bm25Question + ANSWER_WEIGHT * c.bm25Answer)
  const maxCombined = Math.max(1e-9, ...combined)
  const maxQuestion = Math.max(1e-9, ...candidates.map((c) => c.bm25Question))
  const maxAnswer = Math.max(1e-9, ...candidates.map((c) => c.bm25Answer))
  const maxGram = Math.max(1e-9, ...candidates.map((c) => c.gram))
  const wordRank = ranks(combined)
  const gramRank = ranks(candidates.map((c) => c.gram))
  const total = Math.max(1, store.size)
  const idf = cachedIdf(total, (term) => store.questionDocumentFrequency(term))
  const queryIdf = query.distinctTerms.reduce((sum, t) => sum + idf(t), 0) || 1
  const wordIdf = cachedIdf(total, (word) => store.questionWordFrequency(word))
  const queryWords = [...new Set(query.gramWords)]
  const queryWordIdf = queryWords.reduce((sum, w) => sum + wordIdf(w), 0) || 1

  const queryBigrams = bigrams(query.gramWords)
  const queryVector = termVector(query.terms, idf)
  const queryTermBigrams = bigrams(query.terms)

  const votes = tagVotes(store, candidates, candidates.map((c, i) => combined[i]! / maxCombined + c.gram / maxGram))

  return candidates.map((candidate, i) => {
    const record = store.at(candidate.slot)!
    const questionTerms = new Set(record.questionTerms)
    let covered = 0
    for (const term of query.distinctTerms) if (questionTerms.has(term)) covered += idf(term)
    const queryTerms = new Set(query.distinctTerms)
    let questionIdf = 0
    let questionCovered = 0
    for (const term of questionTerms) {
      const w = idf(term)
      questionIdf += w
      if (queryTerms.has(term)) questionCovered += w
    }
    return [
      1,
      combined[i]! / maxCombined,
      candidate.bm25Question / maxQuestion,
      candidate.bm25Answer / maxAnswer,
      candidate.gram,
      candidate.gram / maxGram,
      covered / queryIdf,
      questionIdf ? questionCovered / questionIdf : 0,
      productMatch(query, record),
      productConflict(query, record),
      query.negated !== record.negated ? 1 : 0,
      1 / (1 + wordRank[i]!),
      1 / (1 + gramRank[i]!),
      votes[i]!,
      wordCoverage(record, queryWords, wordIdf) / queryWordIdf,
      dice(queryBigrams, bigrams(record.gramWords)),
      cosine(queryVector, termVector(record.questionTerms, idf)),
      dice(queryTermBigrams, bigrams(record.questionTerms)),
      cosine(queryVector, termVector(record.answerTerms, idf)),
      Math.min(query.terms.length, record.questionTerms.length) / Math.max(1, query.terms.length, record.questionTerms.length),
      ...orderFeatures(query.gramWords, record.gramWords),
    ]
  })
}

/**
 * idf over `total` questions from a document frequency, each key looked up once per query:
 * candidates share most of their terms.
 */
function cachedIdf(total: number, documentFrequency: (key: string) => number): (key: string) => number {
  const cache = new Map<string, number>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) cache.set(key, (value = Math.log(1 + total / (1 + documentFrequency(key)))))
    return value
  }
}

/** Per candidate: the best summed base score of the top threads of any topic tag it carries (0..1). */
function tagVotes(store: ThreadStore, candidates: readonly Candidate[], base: readonly number[]): number[] {
  const byTag = new Map<string, number[]>()
  const tagsOf = candidates.map((c) => topicTags(store, store.at(c.slot)!))
  tagsOf.forEach((tags, i) => {
    for (const tag of tags) {
      let scores = byTag.get(tag)
      if (!scores) byTag.set(tag, (scores = []))
      scores.push(base[i]!)
    }
  })
  const tagScore = new Map<string, number>()
  for (const [tag, scores] of byTag) tagScore.set(tag, scores.sort((a, b) => b - a).slice(0, VOTES_PER_TAG).reduce((s, x) => s + x, 0))
  const raw = tagsOf.map((tags) => Math.max(0, ...tags.map((t) => tagScore.get(t) ?? 0)))
  const max = Math.max(1e-9, ...raw)
  return raw.map((r) => r / max)
}

function topicTags(store: ThreadStore, record: StoredThread): string[] {
  const limit = Math.max(1, store.size * MAX_TOPIC_TAG_SHARE)
  return (record.thread.tags ?? []).filter((tag) => store.tagCount(tag) <= limit)
}

function wordCoverage(record: StoredThread, queryWords: readonly string[], wordIdf: (word: string) => number): number {
  const words = new Set(record.gramWords)
  let covered = 0
  for (const word of queryWords) if (words.has(word)) covered += wordIdf(word)
  return covered
}

function bigrams(words: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`)
  return out
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0
  let shared = 0
  for (const x of a) if (b.has(x)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** Term → tf·idf weight, with the vector's norm. */
function termVector(terms: readonly string[], idf: (term: string) => number): { weights: Map<string, number>; norm: number } {
  const weights = new Map<string, number>()
  for (const term of terms) weights.set(term, (weights.get(term) ?? 0) + 1)
  let norm = 0
  for (const [term, tf] of weights) {
    const w = tf * idf(term)
    weights.set(term, w)
    norm += w * w
  }
  return { weights, norm: Math.sqrt(norm) }
}

function cosine(a: { weights: Map<string, number>; norm: number }, b: { weights: Map<string, number>; norm: number }): number {
  if (!a.norm || !b.norm) return 0
  let sum = 0
  for (const [term, w] of a.weights) {
    const other = b.weights.get(term)
    if (other) sum += w * other
  }
  return sum / (a.norm * b.norm)
}

function productMatch(query: TextProfile, record: StoredThread): number {
  return query.products.some((p) => record.products.includes(p)) ? 1 : 0
}

/** The thread names another model of a product the query names, and not the query's model. */
function productConflict(query: TextProfile, record: StoredThread): number {
  for (const product of query.products) {
    if (record.products.includes(product)) continue
    const name = productModelName(product)
    if (name && record.products.some((other) => productModelName(other) === name)) return 1
  }
  return 0
}


/** Rank of each value in descending order (0 = best); zeros rank last. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  const out = new Array<number>(values.length)
  order.forEach(([v, i], rank) => (out[i] = v > 0 ? rank : values.length))
  return out
}
