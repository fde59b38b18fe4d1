import type { TermDictionary } from './term-dictionary.js'
import { PostingLists } from './posting-lists.js'

/** The fields of the word index, in scoring order: question (with variants), answer, tags. */
export type WordField = 'q' | 'a' | 't'
const FIELD_IDS: Readonly<Record<WordField, number>> = { q: 0, a: 1, t: 2 }
const FIELD_COUNT = 3
/** A posting is one uint32: slot · 256 + min(tf, 63) · 4 + field; tf ≥ 63 lives in `overflow`. */
const SLOT_FACTOR = 256
const TF_OVERFLOW = 63
/** Slots must fit the 24 high bits of a posting (a snapshot load renumbers them densely). */
export const MAX_WORD_SLOTS = 2 ** 32 / SLOT_FACTOR
/** Removed documents' postings are dropped once they are more than this share of the live ones. */
const COMPACT_DEAD_SHARE = 0.1

/** BM25+ parameters: k1 saturation, b length normalization, d lower bound (see `BM25_PARAMS`). */
export interface Bm25Params {
  readonly k: number
  readonly b: number
  readonly d: number
}

/** A field's terms and their ids in the shared dictionary. */
export interface FieldTerms {
  readonly texts: readonly string[]
  readonly ids: readonly number[]
}
const NO_TERMS: FieldTerms = { texts: [], ids: [] }

/**
 * BM25+ over analyzed terms, field by field, with integer term ids and flat postings. It scores
 * exactly as MiniSearch 7 did with `combineWith: 'OR'` and no prefix or fuzzy search (the same
 * formula, the same per-field document frequencies, the same running field-length averages, the
 * same summation order and tie order), so rankings stay identical, while a thread costs a few
 * appends to `PostingLists` instead of a radix-tree walk and a Map per term and field, and a
 * snapshot restores it without a tokenizer. Removal is immediate for the statistics (document
 * counts, field lengths, per-field document frequencies) and lazy for the postings: a removed
 * slot's postings are skipped until enough have piled up to rebuild the lists.
 */
export class WordIndex {
  /** termId → postings (see `SLOT_FACTOR`), ascending slots. */
  private readonly postings = new PostingLists()
  /** termId → (slot · 4 + field) → tf, for the rare tf ≥ 63. */
  private readonly overflow = new Map<number, Map<number, number>>()
  private alive: Uint8Array = new Uint8Array(1024)
  private deadCount = 0
  /** termId·3 + field → documents holding the term in that field. */
  private fieldDf: Int32Array = new Int32Array(1024)
  /** slot·3 + field → distinct tokens of the field. */
  private fieldLengths: Int32Array = new Int32Array(1024)
  private readonly avgFieldLength = [0, 0, 0]
  private documentCount = 0
  private termFreq: Int32Array = new Int32Array(1024)
  private termScores: Float64Array = new Float64Array(0)
  private totals: Float64Array = new Float64Array(0)
  private matched: Int32Array = new Int32Array(0)

  constructor(
    private readonly dictionary: TermDictionary,
    private readonly bm25: Bm25Params,
  ) {}

  /**
   * Indexes a slot's fields (term lists as the analyzer made them, with their dictionary ids).
   * The slot must be new.
   */
  add(slot: number, fields: readonly FieldTerms[]): void {
    if (slot >= MAX_WORD_SLOTS) throw new RangeError(`word index holds at most ${MAX_WORD_SLOTS} slots`)
    this.documentCount++
    this.fieldLengths = ensureLength(this.fieldLengths, (slot + 1) * FIELD_COUNT)
    this.alive = ensureLength(this.alive, slot + 1)
    this.alive[slot] = 1
    for (let field = 0; field < FIELD_COUNT; field++) {
      const { ids, hasEmpty } = this.fieldTerms(fields[field] ?? NO_TERMS, true)
      const termFreq = this.termFreq
      const touched: number[] = []
      for (const id of ids) {
        const seen = termFreq[id]!
        termFreq[id] = seen + 1
        if (seen === 0) touched.push(id)
      }
      const distinct = touched.length + (hasEmpty ? 1 : 0)
      this.fieldLengths[slot * FIELD_COUNT + field] = distinct
      const count = this.documentCount - 1
      this.avgFieldLength[field] = (this.avgFieldLength[field]! * count + distinct) / (count + 1)
      for (const id of touched) {
        const tf = termFreq[id]!
        if (tf >= TF_OVERFLOW) {
          let tfs = this.overflow.get(id)
          if (!tfs) this.overflow.set(id, (tfs = new Map()))
          tfs.set(slot * FIELD_COUNT + field, tf)
        }
        this.postings.append(id, slot * SLOT_FACTOR + Math.min(tf, TF_OVERFLOW) * 4 + field)
        this.fieldDf[id * FIELD_COUNT + field]!++
        termFreq[id] = 0
      }
    }
  }

  /** Removes a slot, given the same fields it was added with. */
  remove(slot: number, fields: readonly FieldTerms[]): void {
    if (!this.alive[slot]) return
    const pairs = new Set<number>()
    for (let field = 0; field < FIELD_COUNT; field++) {
      const { ids } = this.fieldTerms(fields[field] ?? NO_TERMS, false)
      const length = this.fieldLengths[slot * FIELD_COUNT + field]!
      if (this.documentCount === 1) this.avgFieldLength[field] = 0
      else this.avgFieldLength[field] = (this.avgFieldLength[field]! * this.documentCount - length) / (this.documentCount - 1)
      for (const id of ids) if (id >= 0) pairs.add(id * FIELD_COUNT + field)
    }
    for (const pair of pairs) this.fieldDf[pair]!--
    this.alive[slot] = 0
    this.documentCount--
    this.deadCount++
    if (this.deadCount > this.documentCount * COMPACT_DEAD_SHARE) this.compact()
  }

  /** Makes room for this many more postings (an upper bound: terms with repeats). */
  reserve(postings: number): void {
    this.postings.reserve(postings)
  }

  /** Makes the postings of a finished batch ready for reading (see `PostingLists.flush`). */
  flush(): void {
    this.postings.flush()
  }

  /** Drops removed slots' postings. */
  private compact(): void {
    this.postings.rebuild((posting, id) => {
      const slot = Math.floor(posting / SLOT_FACTOR)
      if (this.alive[slot]) return true
      this.overflow.get(id)?.delete(slot * FIELD_COUNT + (posting & 3))
      return false
    })
    this.deadCount = 0
  }

  /**
   * BM25+ of every slot holding a query term, in the given fields with their boosts (a boost of
   * 0 counts as 1, as in MiniSearch): the best `limit` slots, best first (ties in first-seen order).
   */
  search(terms: readonly string[], boost: Readonly<Partial<Record<WordField, number>>>, limit: number): Map<number, number> {
    const fields = (Object.keys(boost) as WordField[]).map((name) => ({ id: FIELD_IDS[name], boost: boost[name] || 1 }))
    const slots = this.fieldLengths.length / FIELD_COUNT
    if (this.totals.length < slots) {
      this.totals = new Float64Array(slots)
      this.termScores = new Float64Array(slots)
      this.matched = new Int32Array(slots)
    }
    const { totals, termScores, matched } = this
    const { k, b, d } = this.bm25
    const order: number[] = []
    const seenTerms = new Set<number>()
    for (const term of splitTokens(terms)) {
      if (!term) continue
      const id = this.dictionary.idOf(term)
      if (id < 0 || this.postings.length(id) === 0) continue
      const { block, start, end: blockEnd, tail } = this.postings.read(id)
      const end = blockEnd + (tail?.length ?? 0)
      const overflow = this.overflow.get(id)
      const firstTime = !seenTerms.has(id)
      seenTerms.add(id)
      const touched: number[] = []
      for (const field of fields) {
        const matchingCount = this.fieldDf[id * FIELD_COUNT + field.id]!
        if (matchingCount === 0) continue
        const avgFieldLength = this.avgFieldLength[field.id]!
        const invDocFreq = Math.log(1 + (this.documentCount - matchingCount + 0.5) / (matchingCount + 0.5))
        // Block postings first, then the tail's: slot order, as MiniSearch's insertion order.
        for (let i = start; i < end; i++) {
          const code = i < blockEnd ? block[i]! : tail![i - blockEnd]!
          if ((code & 3) !== field.id) continue
          const slot = Math.floor(code / SLOT_FACTOR)
          if (!this.alive[slot]) continue
          const stored = (code & 255) >> 2
          const termFreq = stored < TF_OVERFLOW ? stored : overflow!.get(slot * FIELD_COUNT + field.id)!
          const fieldLength = this.fieldLengths[slot * FIELD_COUNT + field.id]!
          const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)))
          const weighted = field.boost * rawScore
          // BM25+ scores are positive, so 0 means "not seen for this term yet".
          if (termScores[slot] === 0) {
            touched.push(slot)
            termScores[slot] = weighted
          } else termScores[slot]! += weighted
        }
      }
      for (const slot of touched) {
        if (matched[slot] === 0) {
          order.push(slot)
          totals[slot] = termScores[slot]!
          matched[slot] = 1
        } else {
          totals[slot] = totals[slot]! + termScores[slot]!
          if (firstTime) matched[slot]!++
        }
        termScores[slot] = 0
      }
    }
    const results = order.map((slot) => ({ slot, score: totals[slot]! * matched[slot]! }))
    for (const slot of order) {
      totals[slot] = 0
      matched[slot] = 0
    }
    results.sort((x, y) => y.score - x.score)
    const out = new Map<number, number>()
    for (let i = 0; i < results.length && i < limit; i++) out.set(results[i]!.slot, results[i]!.score)
    return out
  }

  /** A field's terms as ids, tokenized the way MiniSearch saw the space-joined field text. */
  private fieldTerms(field: FieldTerms, intern: boolean): { ids: readonly number[]; hasEmpty: boolean } {
    const tokens = splitTokens(field.texts)
    if (tokens === field.texts) {
      this.grow()
      return { ids: field.ids, hasEmpty: false }
    }
    const ids: number[] = []
    let hasEmpty = false
    for (const token of tokens) {
      if (!token) hasEmpty = true
      else ids.push(intern ? this.dictionary.intern(token) : this.dictionary.idOf(token))
    }
    this.grow()
    return { ids, hasEmpty }
  }

  private grow(): void {
    this.termFreq = ensureLength(this.termFreq, this.dictionary.size)
    this.fieldDf = ensureLength(this.fieldDf, this.dictionary.size * FIELD_COUNT)
  }
}

/**
 * Terms → the tokens MiniSearch made of `terms.join(' ')` split at spaces (an empty token counted
 * towards the field length but was not indexed). Terms hold no spaces, so this is normally the
 * list itself.
 */
function splitTokens(terms: readonly string[]): readonly string[] {
  let plain = true
  for (const term of terms) {
    if (term === '' || term.includes(' ')) {
      plain = false
      break
    }
  }
  return plain ? terms : terms.length ? terms.join(' ').split(' ') : []
}

function ensureLength<T extends Int32Array | Float64Array | Uint8Array>(array: T, length: number): T {
  if (array.length >= length) return array
  const grown = new (array.constructor as new (n: number) => T)(Math.max(length, array.length * 2))
  grown.set(array)
  return grown
}
