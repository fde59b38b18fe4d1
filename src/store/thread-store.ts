import MiniSearch from 'minisearch'
import type { StoredThread } from './stored-thread.js'
import { CharGramIndex } from './char-gram-index.js'
import { charGrams } from '../analysis/char-grams.js'

/**
 * BM25 parameters of the word index. k1 = 1.2 is the usual saturation; b = 0.5 (MiniSearch's
 * default is 0.7) normalizes length less, because FAQ questions are short and similar in length
 * while answers vary a lot; measured on the evaluation sets (0.5 beat 0.75 by ~0.01 MRR).
 * d = 0.5 is MiniSearch's default BM25+ lower bound.
 */
export const BM25_PARAMS = { k: 1.2, b: 0.5, d: 0.5 } as const

/** Grams in more than this share of documents are skipped when scoring (speed; their idf is ~0). */
export const MAX_GRAM_DOC_SHARE = 0.2

type WordDoc = { id: number; q: string; a: string; t: string }

/**
 * Holds the threads and two indexes over their analyzed text: MiniSearch (BM25 over terms) and a
 * character n-gram index. It sees analyzed terms only: tokenizing happened before, once.
 */
export class ThreadStore {
  private readonly records: Array<StoredThread | undefined> = []
  private readonly slots = new Map<string, number>()
  private readonly questionDf = new Map<string, number>()
  private readonly tagCounts = new Map<string, number>()
  private readonly questionWordDf = new Map<string, number>()
  private readonly words = new MiniSearch<WordDoc>({
    fields: ['q', 'a', 't'],
    idField: 'id',
    tokenize: splitTerms,
    processTerm: keepTerm,
    searchOptions: { tokenize: splitTerms, processTerm: keepTerm, bm25: BM25_PARAMS },
    autoVacuum: false,
  })
  private readonly grams = new CharGramIndex()

  get size(): number {
    return this.slots.size
  }

  has(id: string): boolean {
    return this.slots.has(id)
  }

  get(id: string): StoredThread | undefined {
    const slot = this.slots.get(id)
    return slot === undefined ? undefined : this.records[slot]
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id)
  }

  at(slot: number): StoredThread | undefined {
    return this.records[slot]
  }

  ids(): IterableIterator<string> {
    return this.slots.keys()
  }

  *all(): IterableIterator<StoredThread> {
    for (const slot of this.slots.values()) yield this.records[slot]!
  }

  /** Documents whose question holds `term` (for idf-weighted coverage). */
  questionDocumentFrequency(term: string): number {
    return this.questionDf.get(term) ?? 0
  }

  /** Documents whose question holds this surface word (folded, unstemmed). */
  questionWordFrequency(word: string): number {
    return this.questionWordDf.get(word) ?? 0
  }

  /** Documents whose question holds this character n-gram (2–4-grams of the folded words). */
  questionGramFrequency(gram: string): number {
    return this.grams.documentFrequency(gram)
  }

  /** Threads carrying this tag (exact tag text). */
  tagCount(tag: string): number {
    return this.tagCounts.get(tag) ?? 0
  }

  /** Adds a record; the caller has checked the id is free. */
  add(record: StoredThread): number {
    // Slots are never reused: the gram index keeps dead postings for removed ones.
    const slot = this.records.length
    this.records[slot] = record
    this.slots.set(record.thread.id, slot)
    this.words.add(toWordDoc(slot, record))
    this.grams.add(slot, charGrams(record.gramWords))
    for (const term of new Set(record.questionTerms)) this.questionDf.set(term, (this.questionDf.get(term) ?? 0) + 1)
    for (const tag of new Set(record.thread.tags ?? [])) this.tagCounts.set(tag, (this.tagCounts.get(tag) ?? 0) + 1)
    for (const word of new Set(record.gramWords)) this.questionWordDf.set(word, (this.questionWordDf.get(word) ?? 0) + 1)
    return slot
  }

  /** Removes a thread by id; returns the removed record. */
  remove(id: string): StoredThread | undefined {
    const slot = this.slots.get(id)
    if (slot === undefined) return undefined
    const record = this.records[slot]!
    this.words.remove(toWordDoc(slot, record))
    this.grams.remove(slot)
    for (const term of new Set(record.questionTerms)) {
      const df = (this.questionDf.get(term) ?? 1) - 1
      if (df > 0) this.questionDf.set(term, df)
      else this.questionDf.delete(term)
    }
    for (const word of new Set(record.gramWords)) {
      const df = (this.questionWordDf.get(word) ?? 1) - 1
      if (df > 0) this.questionWordDf.set(word, df)
      else this.questionWordDf.delete(word)
    }
    for (const tag of new Set(record.thread.tags ?? [])) {
      const count = (this.tagCounts.get(tag) ?? 1) - 1
      if (count > 0) this.tagCounts.set(tag, count)
      else this.tagCounts.delete(tag)
    }
    this.records[slot] = undefined
    this.slots.delete(id)
    return record
  }

  /** BM25 over the given fields, each with its boost: slot → score. */
  searchWords(terms: readonly string[], boost: Readonly<Partial<Record<'q' | 'a' | 't', number>>>, limit: number): Map<number, number> {
    const fields = Object.keys(boost) as Array<'q' | 'a' | 't'>
    const results = this.words.search(terms.join(' '), { fields, boost, combineWith: 'OR' })
    const out = new Map<number, number>()
    for (const r of results.length > limit ? results.slice(0, limit) : results) out.set(r.id as number, r.score)
    return out
  }

  /** Character n-gram similarity of the query words to every question sharing a gram: slot → score. */
  searchGrams(gramWords: readonly string[]): Map<number, number> {
    return this.grams.scoreAll(charGrams(gramWords), MAX_GRAM_DOC_SHARE)
  }
}

function toWordDoc(slot: number, record: StoredThread): WordDoc {
  return { id: slot, q: record.questionTerms.join(' '), a: record.answerTerms.join(' '), t: record.tagTerms.join(' ') }
}

function splitTerms(text: string): string[] {
  return text ? text.split(' ') : []
}

function keepTerm(term: string): string | null {
  return term || null
}
