import type { StoredThread } from './stored-thread.js'
import { CharGramIndex } from './char-gram-index.js'
import { TermDictionary } from './term-dictionary.js'
import { WordIndex, type WordField } from './word-index.js'
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

/**
 * Holds the threads and two indexes over their analyzed text: a word index (BM25+ over terms,
 * scoring as MiniSearch did) and a character n-gram index. It sees analyzed terms only: tokenizing
 * happened before, once. Every term and word is interned in one dictionary, so records share
 * their strings and the document frequencies are arrays indexed by term id.
 */
export class ThreadStore {
  private readonly records: Array<StoredThread | undefined> = []
  private readonly slots = new Map<string, number>()
  private readonly dictionary = new TermDictionary()
  /** term id → questions holding the term / the surface word. */
  private questionDf: Int32Array = new Int32Array(1024)
  private questionWordDf: Int32Array = new Int32Array(1024)
  private readonly tagCounts = new Map<string, number>()
  private readonly words = new WordIndex(this.dictionary, BM25_PARAMS)
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
    const id = this.dictionary.idOf(term)
    return id < 0 || id >= this.questionDf.length ? 0 : this.questionDf[id]!
  }

  /** Documents whose question holds this surface word (folded, unstemmed). */
  questionWordFrequency(word: string): number {
    const id = this.dictionary.idOf(word)
    return id < 0 || id >= this.questionWordDf.length ? 0 : this.questionWordDf[id]!
  }

  /** Documents whose question holds this character n-gram (2–4-grams of the folded words). */
  questionGramFrequency(gram: string): number {
    return this.grams.documentFrequency(gram)
  }

  /** Threads carrying this tag (exact tag text). */
  tagCount(tag: string): number {
    return this.tagCounts.get(tag) ?? 0
  }

  /**
   * Adds a record; the caller has checked the id is free. The record's term lists are replaced by
   * the dictionary's shared copies (same contents), so the stored record is returned.
   */
  add(given: StoredThread): StoredThread {
    const record = this.intern(given)
    // Slots are never reused: the gram index keeps dead postings for removed ones.
    const slot = this.records.length
    this.records[slot] = record
    this.slots.set(record.thread.id, slot)
    this.words.add(slot, [record.questionTerms, record.answerTerms, record.tagTerms])
    this.grams.addWords(slot, record.gramWords)
    this.questionDf = this.countDistinct(this.questionDf, record.questionTerms, 1)
    this.questionWordDf = this.countDistinct(this.questionWordDf, record.gramWords, 1)
    for (const tag of new Set(record.thread.tags ?? [])) this.tagCounts.set(tag, (this.tagCounts.get(tag) ?? 0) + 1)
    return record
  }

  /** Removes a thread by id; returns the removed record. */
  remove(id: string): StoredThread | undefined {
    const slot = this.slots.get(id)
    if (slot === undefined) return undefined
    const record = this.records[slot]!
    this.words.remove(slot, [record.questionTerms, record.answerTerms, record.tagTerms])
    this.grams.remove(slot)
    this.questionDf = this.countDistinct(this.questionDf, record.questionTerms, -1)
    this.questionWordDf = this.countDistinct(this.questionWordDf, record.gramWords, -1)
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
  searchWords(terms: readonly string[], boost: Readonly<Partial<Record<WordField, number>>>, limit: number): Map<number, number> {
    return this.words.search(terms, boost, limit)
  }

  /** Character n-gram similarity of the query words to every question sharing a gram: slot → score. */
  searchGrams(gramWords: readonly string[]): Map<number, number> {
    return this.grams.scoreAll(charGrams(gramWords), MAX_GRAM_DOC_SHARE)
  }

  /** The record with every term and word list made of the dictionary's shared strings. */
  private intern(record: StoredThread): StoredThread {
    const canonical = (list: readonly string[]) => list.map((text) => this.dictionary.canonical(text))
    return {
      ...record,
      questionTerms: canonical(record.questionTerms),
      answerTerms: canonical(record.answerTerms),
      tagTerms: canonical(record.tagTerms),
      gramWords: canonical(record.gramWords),
      products: canonical(record.products),
    }
  }

  /** Adds `delta` to the count of every distinct entry of `list` (ids of the dictionary). */
  private countDistinct(counts: Int32Array, list: readonly string[], delta: number): Int32Array {
    if (counts.length < this.dictionary.size) {
      const grown = new Int32Array(Math.max(this.dictionary.size, counts.length * 2))
      grown.set(counts)
      counts = grown
    }
    const seen = new Set<number>()
    for (const text of list) {
      const id = this.dictionary.idOf(text)
      if (id < 0 || seen.has(id)) continue
      seen.add(id)
      counts[id]! += delta
    }
    return counts
  }
}
