import { grow } from './grow-typed-array.js'

/**
 * Inverted lists of uint32 postings for dense ids (terms, grams), kept in slot order, built for
 * cheap bulk loading and small memory: most postings sit in one compressed-row block (`base`, with
 * `offsets` per id), built in one pass; new postings are appended to `pending` in the order they
 * come and, before the next read, either moved to small per-id lists (`tail`, when few) or merged
 * into a new block. A batch or a snapshot load so allocates a handful of arrays instead of one
 * growing array per id, and adding one document to a large index stays a few microseconds.
 * Postings must be appended in ascending slot order (slots are never reused).
 */
/** Pending postings are merged into a new block (not moved to tail lists) from this many on … */
const MIN_MERGE_POSTINGS = 50_000
/** … or once tail and pending together exceed this share of the block (amortized O(1) per posting). */
const MERGE_SHARE = 0.25

export class PostingLists {
  /** Block: postings of id at `base[offsets[id] … offsets[id + 1])`, for id < `baseIds`. */
  private base: Uint32Array = new Uint32Array(0)
  private offsets: Int32Array = new Int32Array(1)
  private baseIds = 0
  /** Per-id postings added after the block was built. */
  private tail = new Map<number, number[]>()
  private tailCount = 0
  /** Not yet distributed: [id, posting, id, posting, …]. */
  private pending: Uint32Array = new Uint32Array(1024)
  private pendingLength = 0

  /** Appends a posting of `id` (ids may grow without notice). */
  append(id: number, posting: number): void {
    if (this.pendingLength + 2 > this.pending.length) this.pending = grow(this.pending, this.pendingLength + 2)
    this.pending[this.pendingLength++] = id
    this.pending[this.pendingLength++] = posting
  }

  /** True while nothing was ever appended or filled in. */
  isEmpty(): boolean {
    return this.baseIds === 0 && this.tailCount === 0 && this.pendingLength === 0
  }

  /**
   * Fills empty lists in one go: `lengths[id + 1]` is how many postings `id` gets (lengths[0] = 0,
   * used as scratch), and `writeAll` must call `write(id, posting)` exactly that often per id, in
   * slot order per id. The postings go straight into the block, with no pending buffer between.
   */
  fill(lengths: Int32Array, writeAll: (write: (id: number, posting: number) => void) => void): void {
    if (!this.isEmpty()) throw new RangeError('posting lists: fill needs empty lists')
    const ids = lengths.length - 1
    const offsets = lengths
    for (let id = 0; id < ids; id++) offsets[id + 1]! += offsets[id]!
    const base = new Uint32Array(offsets[ids]!)
    const cursor = offsets.slice(0, ids)
    writeAll((id, posting) => {
      base[cursor[id]!++] = posting
    })
    for (let id = 0; id < ids; id++) if (cursor[id] !== offsets[id + 1]) throw new RangeError('posting lists: fill wrote other lengths than it announced')
    this.base = base
    this.offsets = offsets
    this.baseIds = ids
  }

  /** `append(ids[i], postings[i])` for i < n, growing the buffer once. */
  appendMany(ids: Int32Array, postings: Uint32Array, n: number): void {
    if (this.pendingLength + 2 * n > this.pending.length) this.pending = grow(this.pending, this.pendingLength + 2 * n)
    const pending = this.pending
    let at = this.pendingLength
    for (let i = 0; i < n; i++) {
      pending[at++] = ids[i]!
      pending[at++] = postings[i]!
    }
    this.pendingLength = at
  }

  /** Postings of `id`, dropped ones included until `rebuild`. Reads flush pending postings first. */
  length(id: number): number {
    this.flush()
    const inBase = id < this.baseIds ? this.offsets[id + 1]! - this.offsets[id]! : 0
    return inBase + (this.tail.get(id)?.length ?? 0)
  }

  /**
   * The postings of `id` in slot order, as a block range and a tail list: read
   * `block[start … end)`, then `tail`. Reads flush pending postings first.
   */
  read(id: number): { readonly block: Uint32Array; readonly start: number; readonly end: number; readonly tail: readonly number[] | undefined } {
    this.flush()
    const inBase = id < this.baseIds
    return { block: this.base, start: inBase ? this.offsets[id]! : 0, end: inBase ? this.offsets[id + 1]! : 0, tail: this.tail.get(id) }
  }

  /**
   * Distributes pending postings: to the tail lists when few, else into a new block. Reads do it
   * themselves; a batch calls it at its end, so the first query does not pay for the batch.
   */
  flush(): void {
    if (this.pendingLength === 0) return
    const postings = this.pendingLength / 2
    if (postings + this.tailCount >= Math.max(MIN_MERGE_POSTINGS, this.base.length * MERGE_SHARE)) {
      this.rebuild(undefined)
      return
    }
    const pending = this.pending
    for (let i = 0; i < this.pendingLength; i += 2) {
      const id = pending[i]!
      let list = this.tail.get(id)
      if (!list) this.tail.set(id, (list = []))
      list.push(pending[i + 1]!)
    }
    this.tailCount += postings
    this.pendingLength = 0
  }

  /** One block from block, tail and pending postings, in slot order; postings `keep` rejects are dropped. */
  rebuild(keep: ((posting: number, id: number) => boolean) | undefined): void {
    let ids = this.baseIds
    for (const id of this.tail.keys()) if (id >= ids) ids = id + 1
    const pending = this.pending
    for (let i = 0; i < this.pendingLength; i += 2) if (pending[i]! >= ids) ids = pending[i]! + 1
    const offsets = new Int32Array(ids + 1)
    // Counts go to offsets[id + 1], then a prefix sum turns them into offsets.
    for (let id = 0; id < this.baseIds; id++) {
      if (!keep) offsets[id + 1] = this.offsets[id + 1]! - this.offsets[id]!
      else for (let i = this.offsets[id]!, end = this.offsets[id + 1]!; i < end; i++) if (keep(this.base[i]!, id)) offsets[id + 1]!++
    }
    for (const [id, list] of this.tail) for (const posting of list) if (!keep || keep(posting, id)) offsets[id + 1]!++
    for (let i = 0; i < this.pendingLength; i += 2) if (!keep || keep(pending[i + 1]!, pending[i]!)) offsets[pending[i]! + 1]!++
    for (let id = 0; id < ids; id++) offsets[id + 1]! += offsets[id]!
    const base = new Uint32Array(offsets[ids]!)
    const cursor = offsets.slice(0, ids)
    for (let id = 0; id < this.baseIds; id++) {
      for (let i = this.offsets[id]!, end = this.offsets[id + 1]!; i < end; i++) {
        const posting = this.base[i]!
        if (!keep || keep(posting, id)) base[cursor[id]!++] = posting
      }
    }
    for (const [id, list] of this.tail) for (const posting of list) if (!keep || keep(posting, id)) base[cursor[id]!++] = posting
    for (let i = 0; i < this.pendingLength; i += 2) {
      const id = pending[i]!
      const posting = pending[i + 1]!
      if (!keep || keep(posting, id)) base[cursor[id]!++] = posting
    }
    this.base = base
    this.offsets = offsets
    this.baseIds = ids
    this.tail = new Map()
    this.tailCount = 0
    this.pendingLength = 0
    if (this.pending.length > 1024) this.pending = new Uint32Array(1024)
  }
}
