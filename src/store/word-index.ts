import MiniSearch, { type Options } from 'minisearch'
import { cachePostingLookups } from './posting-lookup-cache.js'
import { SlotTermBuffer } from './slot-term-buffer.js'
import { LazyTermFields, type PostingRows } from './lazy-term-fields.js'

/** The fields of the word index: question (with variants), answer, tags. */
export type WordField = 'q' | 'a' | 't'
const FIELDS: readonly WordField[] = ['q', 'a', 't']

/** BM25+ parameters: k1 saturation, b length normalization, d lower bound (see `BM25_PARAMS`). */
export interface Bm25Params {
  readonly k: number
  readonly b: number
  readonly d: number
}

/** The word index in a snapshot: MiniSearch's average field lengths (q, a, t); see `WordIndex#toJSON`. */
export interface WordIndexSnapshot {
  readonly averageFieldLength: number[]
}

/** Term texts by id (the store's `TermDictionary`). */
export interface TermIds {
  /** Ids are 0 … size - 1. */
  readonly size: number
  text(id: number): string
}

const NO_TERMS: readonly number[] = []

/** A slot's term ids per field (`FIELDS` order), read by `rebuildMiniSearch`. */
type FieldTerms = (slot: number, fieldId: number) => ArrayLike<number>

/** A slot's fields as term lists: MiniSearch gets them without a join into text and a split back. */
type WordDoc = { id: number; q: readonly string[]; a: readonly string[]; t: readonly string[] }

/**
 * The word index: MiniSearch (BM25+ per field, `combineWith: 'OR'`) over terms the analyzer
 * already made. Documents hand MiniSearch each field as its term list, queries are split back at
 * spaces, and terms are kept as they are, so MiniSearch tokenizes and normalizes nothing. Removal
 * is immediate (`MiniSearch#remove`, no auto-vacuum): document frequencies and field lengths,
 * hence scores, are exact after every removal, which the rankings (and the evaluation numbers)
 * rely on.
 */
export class WordIndex {
  private miniSearch: MiniSearch<WordDoc>
  /** Postings lookups of the current batch of adds, on the current `miniSearch`. */
  private lookups: { clear(): void; readonly of: MiniSearch<WordDoc> } | undefined
  /**
   * The first batch on an empty index (`addIds`): its slots wait here and are indexed at once by
   * `rebuildMiniSearch` when the batch settles (or the index is read). Undefined once anything was
   * indexed: later slots go through MiniSearch's `add`.
   */
  private firstBatch: { readonly slots: SlotTermBuffer; readonly terms: TermIds } | undefined

  constructor(private readonly bm25: Bm25Params) {
    this.miniSearch = new MiniSearch<WordDoc>(this.options())
  }

  /** Indexes a slot's fields (term lists as the analyzer made them, in `FIELDS` order). The slot must be new. */
  add(slot: number, fields: readonly (readonly string[])[]): void {
    this.indexFirstBatch()
    if (this.lookups?.of !== this.miniSearch) this.lookups = { ...cachePostingLookups(this.miniSearch as MiniSearch<never>), of: this.miniSearch }
    this.miniSearch.add(toDoc(slot, fields))
  }

  /**
   * `add` for a slot also given as term ids in `terms`. While the index is empty and the slots come
   * as 0, 1, 2, …, they are only kept, and `settle` builds the index from all of them in one pass,
   * exactly as the adds would have (a fresh 10k-thread build spent ~15% of its time in
   * MiniSearch's `add`; the one pass costs a fraction of that).
   */
  addIds(slot: number, fields: readonly (readonly string[])[], ids: readonly (readonly number[])[], terms: TermIds): void {
    if (!this.firstBatch && slot === 0 && this.miniSearch.documentCount === 0 && this.lookups === undefined) this.firstBatch = { slots: new SlotTermBuffer(FIELDS.length), terms }
    if (this.firstBatch?.terms === terms && slot === this.firstBatch.slots.slotCount) this.firstBatch.slots.push(ids)
    else this.add(slot, fields)
  }

  /** After a batch of adds: the lookup cache is dropped, so the index keeps no more than MiniSearch does. */
  settle(): void {
    this.indexFirstBatch()
    this.lookups?.clear()
  }

  /** Removes a slot, given the same fields it was added with. */
  remove(slot: number, fields: readonly (readonly string[])[]): void {
    this.indexFirstBatch()
    if (this.miniSearch.has(slot)) this.miniSearch.remove(toDoc(slot, fields))
  }

  /**
   * BM25+ of every slot holding a query term, in the given fields with their boosts: the best
   * `limit` slots, best first.
   */
  search(terms: readonly string[], boost: Readonly<Partial<Record<WordField, number>>>, limit: number): Map<number, number> {
    this.indexFirstBatch()
    const fields = Object.keys(boost) as WordField[]
    const results = this.miniSearch.search(terms.join(' '), { fields, boost, combineWith: 'OR' })
    const out = new Map<number, number>()
    for (let i = 0; i < results.length && i < limit; i++) out.set(results[i]!.id as number, results[i]!.score)
    return out
  }

  /**
   * What a snapshot keeps of the word index: only the average field lengths. Everything else
   * MiniSearch stores (postings, field lengths, ids) follows from the slots' term lists, which
   * the snapshot holds anyway; storing it too doubled the snapshot. The averages are MiniSearch's
   * running means, updated in add/remove order, so after removals they differ in the last bits
   * from a recount, and scores would too.
   */
  toJSON(): WordIndexSnapshot {
    this.indexFirstBatch()
    return { averageFieldLength: FIELDS.map((_, fieldId) => this.averageFieldLength(fieldId)) }
  }

  /**
   * Replaces the contents with the index of slots 0..n-1 and the saved averages, as `add` would
   * have made it. `slotTerms[slot][field]` are the ids of the slot's terms in `FIELDS` order (with
   * repeats, as added) in `terms`. MiniSearch's postings and field lengths are rebuilt from them
   * (`rebuildMiniSearch`), several times faster than adding every slot again.
   */
  restore(slotTerms: ReadonlyArray<readonly (readonly number[])[]>, terms: TermIds, saved: WordIndexSnapshot): void {
    this.firstBatch = undefined
    this.miniSearch = rebuildMiniSearch(slotTerms.length, (slot, fieldId) => slotTerms[slot]![fieldId] ?? NO_TERMS, terms, saved.averageFieldLength, this.options())
  }

  /** Indexes the waiting first batch, if any (see `addIds`); MiniSearch's running averages are recomputed as its adds would. */
  private indexFirstBatch(): void {
    const batch = this.firstBatch
    if (!batch) return
    this.firstBatch = undefined
    this.miniSearch = rebuildMiniSearch(batch.slots.slotCount, (slot, fieldId) => batch.slots.field(slot, fieldId), batch.terms, undefined, this.options())
  }

  private averageFieldLength(fieldId: number): number {
    // MiniSearch has no public getter; its own toJSON would serialize the whole index to read it.
    return (this.miniSearch as unknown as MiniSearchInternals)._avgFieldLength[fieldId] ?? 0
  }

  private options() {
    return {
      fields: [...FIELDS],
      idField: 'id',
      stringifyField: passTerms as unknown as (value: unknown) => string,
      tokenize: passTerms,
      processTerm: keepTerm,
      searchOptions: { tokenize: splitTerms, processTerm: keepTerm, bm25: { ...this.bm25 } },
      // Vacuuming would only reclaim memory after `discard`; `remove` leaves nothing behind.
      autoVacuum: false,
    }
  }
}

/**
 * The MiniSearch that `add` would have made of slots 0..n-1 (short ids equal to slots): the same
 * field lengths (distinct tokens, as MiniSearch counts) and postings, in slot order as `add`
 * appends them. Terms are counted by id in flat arrays (a Map or an array per term made this
 * several times slower). MiniSearch.loadJS of an empty index sets up the instance with the counts
 * and the saved average field lengths (without them: MiniSearch's running means, as its adds
 * compute them); its maps are then filled directly, as loadJS would fill them from the
 * serialized objects, without building those objects first (that doubled the load time). Each
 * term's postings become Maps on the term's first use (`LazyTermFields`). Pinned by the tests
 * that compare a restored index with one made by `add`, byte for byte.
 */
function rebuildMiniSearch(
  slotCount: number,
  fieldTerms: FieldTerms,
  terms: TermIds,
  savedAverages: readonly number[] | undefined,
  options: Options<WordDoc>,
): MiniSearch<WordDoc> {
  const fieldCount = FIELDS.length
  // `add` hands MiniSearch each field's term list as its tokens: the term ids are the tokens.
  const idCount = terms.size
  // Typed arrays of the id range: a plain array written first at a high index turns into a
  // hash table, which made this five times slower.
  const rows = idCount * fieldCount
  const frequencies = new Int32Array(idCount)
  const touched = new Int32Array(idCount)
  /** Counts the distinct tokens of `ids` into `frequencies`, lists them in `touched`; returns how many. */
  const countDistinct = (ids: ArrayLike<number>): number => {
    let distinct = 0
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!
      if (frequencies[id] === 0) touched[distinct++] = id
      frequencies[id]!++
    }
    return distinct
  }
  const miniSearch = MiniSearch.loadJS<WordDoc>(
    {
      documentCount: slotCount,
      nextId: slotCount,
      documentIds: {},
      fieldIds: Object.fromEntries(FIELDS.map((field, fieldId) => [field, fieldId])),
      fieldLength: {},
      averageFieldLength: savedAverages ? [...savedAverages] : FIELDS.map(() => 0),
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    },
    options,
  )
  const internals = miniSearch as unknown as MiniSearchInternals
  // Pass 1 counts distinct tokens per slot and field (field lengths) and postings per term and
  // field; pass 2 lays the postings out by term and field, in slot order (compressed rows).
  const rowStarts = new Int32Array(rows + 1)
  for (let slot = 0; slot < slotCount; slot++) {
    internals._documentIds.set(slot, slot)
    internals._idToShortId.set(slot, slot)
    const lengths = new Array<number>(fieldCount)
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      const distinct = countDistinct(fieldTerms(slot, fieldId))
      for (let i = 0; i < distinct; i++) {
        const id = touched[i]!
        rowStarts[id * fieldCount + fieldId + 1]!++
        frequencies[id] = 0
      }
      lengths[fieldId] = distinct
      // MiniSearch's running mean, in add order (a plain sum / n differs in the last bits).
      if (!savedAverages) internals._avgFieldLength[fieldId] = (internals._avgFieldLength[fieldId]! * slot + distinct) / (slot + 1)
    }
    internals._fieldLength.set(slot, lengths)
  }
  for (let row = 0; row < rows; row++) rowStarts[row + 1]! += rowStarts[row]!
  const postingSlots = new Int32Array(rowStarts[rows]!)
  const postingFrequencies = new Int32Array(rowStarts[rows]!)
  const cursors = rowStarts.slice(0, rows)
  for (let slot = 0; slot < slotCount; slot++) {
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      const distinct = countDistinct(fieldTerms(slot, fieldId))
      for (let i = 0; i < distinct; i++) {
        const id = touched[i]!
        const at = cursors[id * fieldCount + fieldId]!++
        postingSlots[at] = slot
        postingFrequencies[at] = frequencies[id]!
        frequencies[id] = 0
      }
    }
  }
  const postingRows: PostingRows = { fieldCount, rowStarts, slots: postingSlots, frequencies: postingFrequencies }
  for (let id = 0; id < idCount; id++) {
    const term = terms.text(id)
    // An empty token counts towards the field length but is not indexed (`keepTerm`).
    if (!term || rowStarts[id * fieldCount] === rowStarts[(id + 1) * fieldCount]) continue
    internals._index.set(term, new LazyTermFields(postingRows, id))
  }
  return miniSearch
}

/** MiniSearch's own fields that `rebuildMiniSearch` fills (as its loadJS fills them) and `averageFieldLength` reads. */
interface MiniSearchInternals {
  readonly _avgFieldLength: number[]
  readonly _documentIds: Map<number, number>
  readonly _idToShortId: Map<number, number>
  readonly _fieldLength: Map<number, number[]>
  readonly _index: { set(term: string, fields: Map<number, Map<number, number>>): void }
}

function toDoc(slot: number, fields: readonly (readonly string[])[]): WordDoc {
  return { id: slot, q: fields[0] ?? [], a: fields[1] ?? [], t: fields[2] ?? [] }
}

/**
 * A document field's term list, given on as it is where MiniSearch would stringify the field and
 * tokenize the string (MiniSearch only iterates the result and counts its distinct terms).
 */
function passTerms(terms: unknown): string[] {
  return terms as string[]
}

/** The field text back into its terms (terms hold no spaces; the analyzer made them). */
function splitTerms(text: string): string[] {
  return text ? text.split(' ') : []
}

/** Terms are final: an empty one (only from an empty field part) is not indexed. */
function keepTerm(term: string): string | null {
  return term || null
}
