import type { StoredThread } from './stored-thread.js'
import { CharGramIndex, type StaleGrams } from './char-gram-index.js'
import { TermDictionary } from './term-dictionary.js'
import { WordIndex, type WordField, type WordIndexSnapshot } from './word-index.js'
import { charGrams } from '../analysis/char-grams.js'
import { grow } from './grow-typed-array.js'

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
 * Holds the threads and two indexes over their analyzed text: a word index (MiniSearch, BM25+ over
 * terms) and a character n-gram index. It sees analyzed terms only: tokenizing happened before,
 * once. Every term and word is interned in one dictionary, so records share their strings and the
 * document frequencies are arrays indexed by term id.
 */
export class ThreadStore {
  private readonly records: Array<StoredThread | undefined> = []
  private readonly slots = new Map<string, number>()
  private readonly dictionary = new TermDictionary()
  /** term id → questions holding the term / the surface word. */
  private questionDf: Int32Array = new Int32Array(1024)
  private questionWordDf: Int32Array = new Int32Array(1024)
  private readonly tagCounts = new Map<string, number>()
  /** Scratch marks for counting each id once per record (`stamps[id] === stamp`: seen). */
  private stamps: Int32Array = new Int32Array(1024)
  private stamp = 0
  private readonly words = new WordIndex(BM25_PARAMS)
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
    const question = this.internList(given.questionTerms)
    const answer = this.internList(given.answerTerms)
    const tags = this.internList(given.tagTerms)
    const words = this.internList(given.gramWords)
    const record: StoredThread = {
      ...given,
      questionTerms: question.texts,
      answerTerms: answer.texts,
      tagTerms: tags.texts,
      gramWords: words.texts,
      products: given.products.map((text) => this.dictionary.canonical(text)),
    }
    return this.addInterned(record, { question: question.ids, answer: answer.ids, tags: tags.ids, words: words.ids })
  }

  /** Interns a list of strings (a snapshot's dictionary): their ids and shared copies, in order. */
  internAll(strings: readonly string[]): { texts: readonly string[]; ids: readonly number[] } {
    return this.internList(strings)
  }

  /**
   * Adds a record whose lists already hold this store's shared strings (from `internAll`), given
   * their ids: snapshot loading, without a dictionary lookup per term. The caller has checked the
   * id is free. With `index: false` the word and n-gram indexes are left alone: a snapshot load
   * builds them whole afterwards (`restoreIndexes`).
   */
  addInterned(
    record: StoredThread,
    ids: { readonly question: readonly number[]; readonly answer: readonly number[]; readonly tags: readonly number[]; readonly words: readonly number[] },
    index = true,
  ): StoredThread {
    // Slots are never reused: the gram index keeps dead postings for removed ones.
    const slot = this.records.length
    this.records[slot] = record
    this.slots.set(record.thread.id, slot)
    if (index) {
      this.words.addIds(slot, [record.questionTerms, record.answerTerms, record.tagTerms], [ids.question, ids.answer, ids.tags], this.dictionary)
      this.grams.addWords(slot, ids.words, record.gramWords)
    }
    this.questionDf = this.countDistinct(this.questionDf, ids.question, 1)
    this.questionWordDf = this.countDistinct(this.questionWordDf, ids.words, 1)
    for (const tag of new Set(record.thread.tags ?? [])) this.tagCounts.set(tag, (this.tagCounts.get(tag) ?? 0) + 1)
    return record
  }

  /** Finishes a batch of adds: index structures are made ready for reading now, not on the first query. */
  settle(): void {
    this.grams.flush()
    this.words.settle()
  }

  /** Removes a thread by id; returns the removed record. */
  remove(id: string): StoredThread | undefined {
    const slot = this.slots.get(id)
    if (slot === undefined) return undefined
    const record = this.records[slot]!
    const question = this.internList(record.questionTerms)
    this.words.remove(slot, [record.questionTerms, record.answerTerms, record.tagTerms])
    this.grams.remove(slot)
    this.questionDf = this.countDistinct(this.questionDf, question.ids, -1)
    this.questionWordDf = this.countDistinct(this.questionWordDf, this.internList(record.gramWords).ids, -1)
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

  /** What a snapshot keeps of the word index (its average field lengths; see `WordIndex#toJSON`). */
  wordIndexToJSON(): WordIndexSnapshot {
    return this.words.toJSON()
  }

  /**
   * After records were added with `index: false` to an empty store: builds the word index from
   * their term ids (as given to `addInterned`, in slot order) and the saved `wordIndexToJSON()`,
   * and the n-gram index from their words, each in one pass.
   */
  restoreIndexes(
    saved: WordIndexSnapshot,
    slotIds: ReadonlyArray<{ readonly question: readonly number[]; readonly answer: readonly number[]; readonly tags: readonly number[]; readonly words: readonly number[] }>,
  ): void {
    if (this.records.length !== this.slots.size || slotIds.length !== this.records.length) throw new RangeError('store: restoring the indexes needs a store without removals')
    this.words.restore(
      slotIds.map((ids) => [ids.question, ids.answer, ids.tags]),
      this.dictionary,
      saved,
    )
    this.grams.addAllWords(slotIds.map((ids, slot) => ({ slot, wordIds: ids.words, words: this.records[slot]!.gramWords })))
  }

  /** What removed threads still weigh in the n-gram index (see `CharGramIndex#staleToJSON`). */
  staleGramsToJSON(): StaleGrams {
    return this.grams.staleToJSON()
  }

  /**
   * After a snapshot load (`restoreIndexes`): restores what removed threads weighed in the
   * n-gram index, on a slot after every record that is never used again.
   */
  restoreStaleGrams(stale: StaleGrams): void {
    if (stale.slots === 0) return
    const slot = this.records.length
    this.grams.restoreStale(stale, slot)
    this.records.length = slot + 1
  }

  /** Character n-gram similarity of the query words to every question sharing a gram: slot → score. */
  searchGrams(gramWords: readonly string[]): Map<number, number> {
    return this.grams.scoreAll(charGrams(gramWords), MAX_GRAM_DOC_SHARE)
  }

  /**
   * A list as the dictionary's shared strings and their ids (interned on first sight). The texts
   * are a fresh array of exact length: the analyzer's arrays grew by push and carry slack.
   */
  private internList(list: readonly string[]): { texts: readonly string[]; ids: number[] } {
    const texts = new Array<string>(list.length)
    const ids = new Array<number>(list.length)
    for (let i = 0; i < list.length; i++) {
      const id = this.dictionary.intern(list[i]!)
      ids[i] = id
      texts[i] = this.dictionary.text(id)
    }
    return { texts, ids }
  }

  /** Adds `delta` to the count of every distinct id of `ids`. */
  private countDistinct(counts: Int32Array, ids: readonly number[], delta: number): Int32Array {
    if (counts.length < this.dictionary.size) counts = grow(counts, this.dictionary.size)
    if (this.stamps.length < counts.length) this.stamps = grow(this.stamps, counts.length)
    if (this.stamp === 2 ** 31 - 1) {
      this.stamps.fill(0)
      this.stamp = 0
    }
    const stamp = ++this.stamp
    for (const id of ids) {
      if (this.stamps[id] === stamp) continue
      this.stamps[id] = stamp
      counts[id]! += delta
    }
    return counts
  }
}
