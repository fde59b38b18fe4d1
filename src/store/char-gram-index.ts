/**
 * Inverted index of character n-grams with a cosine-like score: the side of matching that forgives
 * typos, missing umlauts the folding cannot repair, and compounds written apart or together.
 * Slots are dense integers owned by the caller (the thread store); removal clears a slot.
 */
/** Compact once removed slots are more than this share of the live ones … */
const COMPACT_DEAD_SHARE = 0.1
/** … or always when the index is small: stale postings skew its document frequencies most. */
const COMPACT_MIN_DEAD = 0
/** Below this many documents every gram is scored, however common. */
const PRUNE_MIN_DOCS = 2_000
/**
 * Grams in more documents than this are never scored: their idf is low (they are in ≥ 5% of a
 * 100k index), and scoring them made match latency grow with the corpus (~0.7 s at 100k threads).
 * No evaluation set is this large, so ranking there is unchanged.
 */
const MAX_SCORED_POSTINGS = 5_000

export class CharGramIndex {
  private readonly postings = new Map<string, number[]>() // gram → [slot, weight, slot, weight, …]
  private norms: number[] = []
  private alive: boolean[] = []
  private liveCount = 0
  private deadCount = 0
  private scores = new Float64Array(0)

  get size(): number {
    return this.liveCount
  }

  /** Documents holding this gram (removed ones count until the next compaction). */
  documentFrequency(gram: string): number {
    return (this.postings.get(gram)?.length ?? 0) / 2
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
      this.deadCount++
      if (this.deadCount > COMPACT_MIN_DEAD && this.deadCount > this.liveCount * COMPACT_DEAD_SHARE) this.compact()
    }
  }

  /** Drops the postings of removed slots, so document frequencies count live documents only. */
  compact(): void {
    for (const [gram, list] of this.postings) {
      const kept: number[] = []
      for (let i = 0; i < list.length; i += 2) if (this.alive[list[i]!]) kept.push(list[i]!, list[i + 1]!)
      if (kept.length) this.postings.set(gram, kept)
      else this.postings.delete(gram)
    }
    this.deadCount = 0
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
      // Pruning only pays (and only makes sense) on large indexes; small ones score every gram.
      if ((total >= PRUNE_MIN_DOCS && df / total > maxDocShare) || df > MAX_SCORED_POSTINGS) continue
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
