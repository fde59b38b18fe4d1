/**
 * Inverted index of character n-grams with a cosine-like score: the side of matching that forgives
 * typos, missing umlauts the folding cannot repair, and compounds written apart or together.
 * Slots are dense integers owned by the caller (the thread store); removal clears a slot.
 */
export class CharGramIndex {
  private readonly postings = new Map<string, number[]>() // gram → [slot, weight, slot, weight, …]
  private norms: number[] = []
  private alive: boolean[] = []
  private liveCount = 0
  private scores = new Float64Array(0)

  get size(): number {
    return this.liveCount
  }

  /** Indexes a slot's gram counts. The slot must be free. */
  add(slot: number, grams: ReadonlyMap<string, number>): void {
    let squares = 0
    for (const [gram, count] of grams) {
      const weight = 1 + Math.log(count)
      squares += weight * weight
      let list = this.postings.get(gram)
      if (!list) this.postings.set(gram, (list = []))
      list.push(slot, weight)
    }
    this.norms[slot] = Math.sqrt(squares) || 1
    this.alive[slot] = true
    this.liveCount++
  }

  /** Frees a slot; its postings are skipped until `compact`. */
  remove(slot: number): void {
    if (this.alive[slot]) {
      this.alive[slot] = false
      this.liveCount--
    }
  }

  /**
   * Scores every slot that shares a gram with the query: Σ idf(g)·q(g)·d(g) / (|q|·|d|), with
   * idf on the query side only so that adding documents never rewrites stored weights.
   * Grams present in more than `maxDocShare` of all documents are skipped for speed (they carry
   * almost no idf weight). Returns every scored slot, unordered.
   */
  scoreAll(grams: ReadonlyMap<string, number>, maxDocShare = 1): Map<number, number> {
    const total = Math.max(1, this.liveCount)
    if (this.scores.length < this.norms.length) this.scores = new Float64Array(Math.max(this.norms.length, this.scores.length * 2))
    const scores = this.scores
    const touched: number[] = []
    let queryNorm = 0
    for (const [gram, count] of grams) {
      const list = this.postings.get(gram)
      if (!list) continue
      const df = list.length / 2
      const idf = Math.log(1 + total / df)
      const weight = (1 + Math.log(count)) * idf
      queryNorm += weight * weight
      if (df / total > maxDocShare) continue
      for (let i = 0; i < list.length; i += 2) {
        const slot = list[i]!
        if (scores[slot] === 0) touched.push(slot)
        scores[slot]! += weight * list[i + 1]! * idf
      }
    }
    const out = new Map<number, number>()
    const qn = Math.sqrt(queryNorm) || 1
    for (const slot of touched) {
      const raw = scores[slot]!
      scores[slot] = 0
      if (this.alive[slot]) out.set(slot, raw / (qn * this.norms[slot]!))
    }
    return out
  }
}
