/**
 * Gram key → dense gram id, for the keys `CharGramIndex` makes: small positive integers (packed
 * ASCII grams, the vast majority) in an open-addressing table of two Int32Arrays, other grams as
 * strings in a Map. A Map alone cost ~100 ns per lookup of a number key; indexing and loading
 * look up every gram of every new word.
 */
export class GramIdTable {
  private keys: Int32Array = new Int32Array(1 << 12)
  private ids: Int32Array = new Int32Array(1 << 12)
  private numbers = 0
  private readonly strings = new Map<string, number>()

  get size(): number {
    return this.numbers + this.strings.size
  }

  /** The key's id, or undefined. */
  get(key: number | string): number | undefined {
    if (typeof key === 'string') return this.strings.get(key)
    const at = this.find(key)
    return this.keys[at] === key ? this.ids[at] : undefined
  }

  /** The key's id, assigned (the next dense id) on first sight. */
  idOf(key: number | string): number {
    if (typeof key === 'string') {
      let id = this.strings.get(key)
      if (id === undefined) this.strings.set(key, (id = this.size))
      return id
    }
    let at = this.find(key)
    if (this.keys[at] === key) return this.ids[at]!
    if (2 * (this.numbers + 1) > this.keys.length) {
      this.grow()
      at = this.find(key)
    }
    const id = this.size
    this.keys[at] = key
    this.ids[at] = id
    this.numbers++
    return id
  }

  /** Every key with its id. */
  *entries(): IterableIterator<[number | string, number]> {
    for (let at = 0; at < this.keys.length; at++) if (this.keys[at] !== 0) yield [this.keys[at]!, this.ids[at]!]
    yield* this.strings
  }

  /** The slot holding `key`, or the empty slot where it would go (0 marks empty: keys are > 0). */
  private find(key: number): number {
    const mask = this.keys.length - 1
    // Multiplicative hashing spreads the packed characters over the table.
    let at = Math.imul(key, 0x9e3779b1) >>> 0 & mask
    while (this.keys[at] !== 0 && this.keys[at] !== key) at = (at + 1) & mask
    return at
  }

  private grow(): void {
    const keys = this.keys
    const ids = this.ids
    this.keys = new Int32Array(keys.length * 2)
    this.ids = new Int32Array(keys.length * 2)
    for (let at = 0; at < keys.length; at++) {
      if (keys[at] === 0) continue
      const to = this.find(keys[at]!)
      this.keys[to] = keys[at]!
      this.ids[to] = ids[at]!
    }
  }
}
