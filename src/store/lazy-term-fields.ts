/** Postings of every term, laid out by term and field (compressed rows; see `rebuildMiniSearch`). */
export interface PostingRows {
  readonly fieldCount: number
  /** Postings of term `id` in field `f`: `[rowStarts[id · fieldCount + f], rowStarts[… + 1])`. */
  readonly rowStarts: Int32Array
  readonly slots: Int32Array
  readonly frequencies: Int32Array
}

/**
 * One term's entry in MiniSearch's index (field id → slot → term frequency), made from the shared
 * rows the first time MiniSearch touches it. A rebuilt index (a snapshot load, a first batch)
 * would otherwise create a Map entry for every posting up front (3.7M at 100k threads, ~40% of the
 * rebuild), though a query reads only the few terms it holds. Every Map method MiniSearch may use
 * fills the entry first, so from the outside it is a plain, complete Map; the per-field postings
 * inside are plain Maps, so scoring runs at full speed.
 */
export class LazyTermFields extends Map<number, Map<number, number>> {
  private rows: PostingRows | undefined
  private readonly termId: number

  constructor(rows: PostingRows, termId: number) {
    super()
    this.rows = rows
    this.termId = termId
  }

  override get(fieldId: number): Map<number, number> | undefined {
    this.fill()
    return super.get(fieldId)
  }

  override has(fieldId: number): boolean {
    this.fill()
    return super.has(fieldId)
  }

  override set(fieldId: number, postings: Map<number, number>): this {
    this.fill()
    return super.set(fieldId, postings)
  }

  override delete(fieldId: number): boolean {
    this.fill()
    return super.delete(fieldId)
  }

  override clear(): void {
    this.rows = undefined
    super.clear()
  }

  override get size(): number {
    this.fill()
    return super.size
  }

  override forEach(visit: (postings: Map<number, number>, fieldId: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.fill()
    super.forEach(visit, thisArg)
  }

  override keys(): MapIterator<number> {
    this.fill()
    return super.keys()
  }

  override values(): MapIterator<Map<number, number>> {
    this.fill()
    return super.values()
  }

  override entries(): MapIterator<[number, Map<number, number>]> {
    this.fill()
    return super.entries()
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries()
  }

  /** Creates the per-field postings from the rows, once; then the rows are let go. */
  private fill(): void {
    const rows = this.rows
    if (!rows) return
    this.rows = undefined
    const { fieldCount, rowStarts, slots, frequencies } = rows
    for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
      const start = rowStarts[this.termId * fieldCount + fieldId]!
      const end = rowStarts[this.termId * fieldCount + fieldId + 1]!
      if (start === end) continue
      const postings = new Map<number, number>()
      for (let at = start; at < end; at++) postings.set(slots[at]!, frequencies[at]!)
      super.set(fieldId, postings)
    }
  }
}
