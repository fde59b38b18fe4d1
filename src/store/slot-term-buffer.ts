import { grow } from './grow-typed-array.js'

/**
 * Term ids of consecutive slots 0..n-1, field by field, in one growing Int32Array: the slots of a
 * batch whose word-index entries wait for the batch's end. Arrays per slot would keep a million
 * small objects alive until then; this keeps 4 bytes per term.
 */
export class SlotTermBuffer {
  private ids: Int32Array = new Int32Array(1 << 12)
  /** Offset after each field of each slot (`fieldCount` entries per slot). */
  private ends: Int32Array = new Int32Array(1 << 10)
  private used = 0
  private fieldsAdded = 0

  constructor(private readonly fieldCount: number) {}

  /** How many slots it holds: the next slot must be this number. */
  get slotCount(): number {
    return this.fieldsAdded / this.fieldCount
  }

  push(fields: readonly (readonly number[])[]): void {
    if (this.ends.length < this.fieldsAdded + this.fieldCount) this.ends = grow(this.ends, this.fieldsAdded + this.fieldCount)
    for (let field = 0; field < this.fieldCount; field++) {
      const ids = fields[field] ?? []
      if (this.ids.length < this.used + ids.length) this.ids = grow(this.ids, this.used + ids.length)
      for (let i = 0; i < ids.length; i++) this.ids[this.used++] = ids[i]!
      this.ends[this.fieldsAdded++] = this.used
    }
  }

  /** The term ids of one slot's field (a view: valid until the next push). */
  field(slot: number, field: number): Int32Array {
    const at = slot * this.fieldCount + field
    return this.ids.subarray(at === 0 ? 0 : this.ends[at - 1]!, this.ends[at]!)
  }
}
