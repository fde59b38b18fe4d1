import MiniSearch, { type AsPlainObject } from 'minisearch'
import { cachePostingLookups } from './posting-lookup-cache.js'

/** The fields of the word index: question (with variants), answer, tags. */
export type WordField = 'q' | 'a' | 't'
const FIELDS: readonly WordField[] = ['q', 'a', 't']

/** BM25+ parameters: k1 saturation, b length normalization, d lower bound (see `BM25_PARAMS`). */
export interface Bm25Params {
  readonly k: number
  readonly b: number
  readonly d: number
}

/** MiniSearch's own serialized form of the word index (`MiniSearch#toJSON`), kept inside our snapshot. */
export type WordIndexSnapshot = AsPlainObject

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

  constructor(private readonly bm25: Bm25Params) {
    this.miniSearch = new MiniSearch<WordDoc>(this.options())
  }

  /** Indexes a slot's fields (term lists as the analyzer made them, in `FIELDS` order). The slot must be new. */
  add(slot: number, fields: readonly (readonly string[])[]): void {
    if (this.lookups?.of !== this.miniSearch) this.lookups = { ...cachePostingLookups(this.miniSearch as MiniSearch<never>), of: this.miniSearch }
    this.miniSearch.add(toDoc(slot, fields))
  }

  /** After a batch of adds: the lookup cache is dropped, so the index keeps no more than MiniSearch does. */
  settle(): void {
    this.lookups?.clear()
  }

  /** Removes a slot, given the same fields it was added with. */
  remove(slot: number, fields: readonly (readonly string[])[]): void {
    if (this.miniSearch.has(slot)) this.miniSearch.remove(toDoc(slot, fields))
  }

  /**
   * BM25+ of every slot holding a query term, in the given fields with their boosts: the best
   * `limit` slots, best first.
   */
  search(terms: readonly string[], boost: Readonly<Partial<Record<WordField, number>>>, limit: number): Map<number, number> {
    const fields = Object.keys(boost) as WordField[]
    const results = this.miniSearch.search(terms.join(' '), { fields, boost, combineWith: 'OR' })
    const out = new Map<number, number>()
    for (let i = 0; i < results.length && i < limit; i++) out.set(results[i]!.id as number, results[i]!.score)
    return out
  }

  /**
   * The index as MiniSearch serializes it, with each slot renamed by `renumber` (a snapshot
   * stores threads densely, so a restored index has slots 0..n-1 without the removed ones' gaps).
   * MiniSearch keeps postings by its own short ids, so only the id table changes.
   */
  toJSON(renumber: (slot: number) => number): WordIndexSnapshot {
    const plain = this.miniSearch.toJSON()
    const documentIds: Record<string, number> = {}
    for (const [shortId, slot] of Object.entries(plain.documentIds)) documentIds[shortId] = renumber(slot as number)
    return { ...plain, documentIds }
  }

  /**
   * Replaces the contents with a serialized index (`toJSON`), whose slots must be exactly
   * 0..slotCount-1. Throws a RangeError when the form does not fit; MiniSearch may throw its own
   * errors on a damaged form. Either way this index is left unchanged.
   */
  restore(plain: WordIndexSnapshot, slotCount: number): void {
    const slots = plain.documentIds && typeof plain.documentIds === 'object' ? Object.values(plain.documentIds) : []
    const seen = new Uint8Array(slotCount)
    for (const slot of slots) {
      if (!Number.isInteger(slot) || slot < 0 || slot >= slotCount || seen[slot]) throw new RangeError('word index: slot ids do not fit the threads')
      seen[slot] = 1
    }
    if (slots.length !== slotCount || plain.documentCount !== slotCount) throw new RangeError('word index: document count does not fit the threads')
    if (!Array.isArray(plain.index)) throw new RangeError('word index: no term list')
    for (const entry of plain.index as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !entry[1] || typeof entry[1] !== 'object') throw new RangeError('word index: a damaged term entry')
    }
    this.miniSearch = MiniSearch.loadJS<WordDoc>(plain, this.options())
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
