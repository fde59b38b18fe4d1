import { DEFAULT_GRAM_SIZES } from '../analysis/char-grams.js'
import { PostingLists } from './posting-lists.js'
import { GramIdTable } from './gram-id-table.js'
import { grow } from './grow-typed-array.js'

/**
 * Inverted index of character n-grams with a cosine-like score: the side of matching that forgives
 * typos, missing umlauts the folding cannot repair, and compounds written apart or together.
 * Slots are dense integers owned by the caller (the thread store); removal clears a slot.
 *
 * Layout: grams are interned ids; a posting is one uint32 (slot · 256 + count) in `PostingLists`
 * (one block, built in a pass, plus small lists for recent adds). The grams of a word are computed
 * once per distinct word, not once per thread.
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
/** A posting packs the count into its low 8 bits; counts from this value on live in `overflow`. */
const COUNT_BITS = 256
const COUNT_OVERFLOW = COUNT_BITS - 1
/** Slots must fit the 24 high bits of a uint32 posting: 16.7M insertions per index (a snapshot load renumbers them densely). */
export const MAX_GRAM_SLOTS = 2 ** 32 / COUNT_BITS
/** Per-document gram weight 1 + ln(count), the same number each time it is needed. */
const WEIGHTS = Float64Array.from({ length: COUNT_OVERFLOW }, (_, count) => 1 + Math.log(count))

/** Removed slots' postings not yet compacted away: how many slots, and per gram how many postings. */
export interface StaleGrams {
  readonly slots: number
  readonly grams: Array<[string, number]>
}

export class CharGramIndex {
  /** gram key (see `gramKey`) → gram id; ids are dense, in order of first sight. */
  private readonly gramIds = new GramIdTable()
  private readonly postings = new PostingLists()
  /** gram id → slot → count, for the rare count ≥ 255. */
  private readonly overflow = new Map<number, Map<number, number>>()
  /** word id (the caller's dictionary) → gram ids of the word. */
  private readonly wordGrams: Array<Int32Array | undefined> = []
  private norms: Float64Array = new Float64Array(1024)
  private alive: Uint8Array = new Uint8Array(1024)
  private liveCount = 0
  private deadCount = 0
  private scores: Float64Array = new Float64Array(0)
  private counts: Int32Array = new Int32Array(1024)
  /** Scratch: the distinct gram ids of the slot being added, and their postings. */
  private touched: Int32Array = new Int32Array(1024)
  private posted: Uint32Array = new Uint32Array(1024)
  /** Sum of squared gram weights of the slot being added (its norm², see `postingOf`). */
  private squares = 0

  constructor(private readonly sizes: readonly number[] = DEFAULT_GRAM_SIZES) {}

  get size(): number {
    return this.liveCount
  }

  /** Documents holding this gram (removed ones count until the next compaction). */
  documentFrequency(gram: string): number {
    const id = this.gramIds.get(gramKey(gram, 0, gram.length))
    return id === undefined ? 0 : this.postings.length(id)
  }

  /**
   * Indexes the character n-grams of a slot's words (the same grams, counts and order as
   * `charGrams(words)`). `wordIds` are the words' ids in the caller's dictionary (the same word,
   * the same id, always). The slot must be new and above every slot added before.
   */
  addWords(slot: number, wordIds: readonly number[], words: readonly string[]): void {
    checkSlot(slot)
    const distinct = this.countGrams(wordIds, words)
    const touched = this.touched
    const posted = this.posted.length < distinct ? (this.posted = new Uint32Array(touched.length)) : this.posted
    for (let t = 0; t < distinct; t++) posted[t] = this.postingOf(slot, touched[t]!)
    this.postings.appendMany(touched, posted, distinct)
    this.finishSlot(slot)
  }

  /**
   * `addWords` for every slot of an empty index at once, in ascending slot order (a snapshot
   * load). The postings are counted in a first pass and written in a second straight into their
   * final block: the one-by-one path first fills a buffer of 8 bytes per posting (160 MB at 100k
   * threads), and writing that much fresh memory, then collecting it, cost more than counting the
   * grams twice.
   */
  addAllWords(slots: ReadonlyArray<{ readonly slot: number; readonly wordIds: readonly number[]; readonly words: readonly string[] }>): void {
    if (this.liveCount + this.deadCount > 0 || !this.postings.isEmpty()) {
      for (const { slot, wordIds, words } of slots) this.addWords(slot, wordIds, words)
      return
    }
    for (const { slot } of slots) checkSlot(slot)
    const lengths = new Int32Array(this.gramIdsAfter(slots) + 1)
    for (const { wordIds, words } of slots) {
      const distinct = this.countGrams(wordIds, words)
      for (let t = 0; t < distinct; t++) {
        lengths[this.touched[t]! + 1]!++
        this.counts[this.touched[t]!] = 0
      }
    }
    this.postings.fill(lengths, (write) => {
      for (const { slot, wordIds, words } of slots) {
        const distinct = this.countGrams(wordIds, words)
        for (let t = 0; t < distinct; t++) write(this.touched[t]!, this.postingOf(slot, this.touched[t]!))
        this.finishSlot(slot)
      }
    })
  }

  /** Assigns gram ids to every word of `slots`; returns how many gram ids there are then. */
  private gramIdsAfter(slots: ReadonlyArray<{ readonly wordIds: readonly number[]; readonly words: readonly string[] }>): number {
    for (const { wordIds, words } of slots) for (let w = 0; w < words.length; w++) this.gramsOf(wordIds[w]!, words[w]!)
    return this.gramIds.size
  }

  /**
   * Counts the grams of a slot's words: afterwards `touched[0 … n)` are the distinct gram ids and
   * `counts[id]` their counts, which `postingOf` (or the caller) resets to 0. Returns n.
   */
  private countGrams(wordIds: readonly number[], words: readonly string[]): number {
    // Grams of new words first: they may add gram ids, and the counts must cover them all.
    for (let w = 0; w < words.length; w++) this.gramsOf(wordIds[w]!, words[w]!)
    if (this.counts.length < this.gramIds.size) this.counts = grow(this.counts, this.gramIds.size)
    const counts = this.counts
    let touched = this.touched
    let distinct = 0
    this.squares = 0
    for (let w = 0; w < wordIds.length; w++) {
      const ids = this.wordGrams[wordIds[w]!]!
      if (touched.length < distinct + ids.length) touched = this.touched = grow(touched, distinct + ids.length)
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!
        const seen = counts[id]!
        counts[id] = seen + 1
        if (seen === 0) touched[distinct++] = id
      }
    }
    return distinct
  }

  /** The posting of a counted gram (see `countGrams`) for `slot`; resets its count and adds its weight to the slot's norm. */
  private postingOf(slot: number, id: number): number {
    const count = this.counts[id]!
    this.counts[id] = 0
    if (count < COUNT_OVERFLOW) {
      const weight = WEIGHTS[count]!
      this.squares += weight * weight
      return slot * COUNT_BITS + count
    }
    const weight = 1 + Math.log(count)
    this.squares += weight * weight
    let slots = this.overflow.get(id)
    if (!slots) this.overflow.set(id, (slots = new Map()))
    slots.set(slot, count)
    return slot * COUNT_BITS + COUNT_OVERFLOW
  }

  /** After a slot's postings: its norm from the weights `postingOf` summed, and it is live. */
  private finishSlot(slot: number): void {
    this.makeRoomFor(slot)
    this.norms[slot] = Math.sqrt(this.squares) || 1
    this.alive[slot] = 1
    this.liveCount++
  }

  /** Frees a slot; its postings are skipped until `compact`. */
  remove(slot: number): void {
    if (this.alive[slot]) {
      this.alive[slot] = 0
      this.liveCount--
      this.deadCount++
      if (this.deadCount > COMPACT_MIN_DEAD && this.deadCount > this.liveCount * COMPACT_DEAD_SHARE) this.compact()
    }
  }

  /** Drops the postings of removed slots, so document frequencies count live documents only. */
  compact(): void {
    this.postings.rebuild((code, id) => {
      const slot = Math.floor(code / COUNT_BITS)
      if (this.alive[slot]) return true
      this.overflow.get(id)?.delete(slot)
      return false
    })
    this.deadCount = 0
  }

  /** Makes the postings of a finished batch ready for reading (see `PostingLists.flush`). */
  flush(): void {
    this.postings.flush()
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
      const id = this.gramIds.get(gramKey(gram, 0, gram.length))
      const df = id === undefined ? 0 : this.postings.length(id)
      if (df === 0) continue
      const idf = Math.log(1 + total / df)
      const weight = (1 + Math.log(count)) * idf
      queryNorm += weight * weight
      // Pruning only pays (and only makes sense) on large indexes; small ones score every gram.
      if ((total >= PRUNE_MIN_DOCS && df / total > maxDocShare) || df > MAX_SCORED_POSTINGS) continue
      const overflow = this.overflow.get(id!)
      const { block, start, end: blockEnd, tail } = this.postings.read(id!)
      const end = blockEnd + (tail?.length ?? 0)
      // Block postings first, then the tail's: slot order.
      for (let i = start; i < end; i++) {
        const code = i < blockEnd ? block[i]! : tail![i - blockEnd]!
        const slot = Math.floor(code / COUNT_BITS)
        const stored = code % COUNT_BITS
        const docWeight = stored < COUNT_OVERFLOW ? WEIGHTS[stored]! : 1 + Math.log(overflow!.get(slot)!)
        if (scores[slot] === 0) touched.push(slot)
        scores[slot]! += weight * docWeight * idf
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

  /**
   * For a snapshot: what removed slots still weigh. Their postings stay until `compact`, and
   * count in document frequencies (so in every score) until then; a snapshot stores live threads
   * only, so it keeps, per gram, how many postings removed slots hold, and how many such slots
   * there are. Empty unless something was removed since the last compaction.
   */
  staleToJSON(): StaleGrams {
    if (this.deadCount === 0) return { slots: 0, grams: [] }
    const texts = new Map<number, string>()
    for (const [key, id] of this.gramIds.entries()) texts.set(id, gramText(key))
    const grams: Array<[string, number]> = []
    for (let id = 0; id < this.gramIds.size; id++) {
      const { block, start, end, tail } = this.postings.read(id)
      let stale = 0
      for (let i = start; i < end; i++) if (!this.alive[Math.floor(block[i]! / COUNT_BITS)]) stale++
      for (const code of tail ?? []) if (!this.alive[Math.floor(code / COUNT_BITS)]) stale++
      if (stale) grams.push([texts.get(id)!, stale])
    }
    return { slots: this.deadCount, grams }
  }

  /**
   * After a snapshot load: gives the index the weight of its removed slots again (`staleToJSON`),
   * as postings of `slot`, a new slot above every live one that stays removed. Only document
   * frequencies and when to compact depend on them, not which slots they were.
   */
  restoreStale(stale: StaleGrams, slot: number): void {
    if (stale.slots === 0) return
    checkSlot(slot)
    for (const [gram, count] of stale.grams) {
      const id = this.gramIds.idOf(gramKey(gram, 0, gram.length))
      for (let i = 0; i < count; i++) this.postings.append(id, slot * COUNT_BITS + 1)
    }
    this.makeRoomFor(slot)
    this.norms[slot] = 1
    this.alive[slot] = 0
    this.deadCount += stale.slots
  }

  /** Grows the per-slot arrays (norms, alive) to hold `slot`. */
  private makeRoomFor(slot: number): void {
    if (slot < this.norms.length) return
    this.norms = grow(this.norms, slot + 1)
    this.alive = grow(this.alive, slot + 1)
  }

  /** Gram ids of one word, in `charGrams` order (sizes, then positions), computed once per word. */
  private gramsOf(wordId: number, word: string): Int32Array {
    let ids = this.wordGrams[wordId]
    if (!ids) {
      const padded = ` ${word} `
      const list: number[] = []
      for (const size of this.sizes) {
        for (let i = 0; i + size <= padded.length; i++) {
          list.push(this.gramIds.idOf(gramKey(padded, i, size)))
        }
      }
      ids = new Int32Array(list)
      while (this.wordGrams.length <= wordId) this.wordGrams.push(undefined)
      this.wordGrams[wordId] = ids
    }
    return ids
  }
}

/** Grams of ASCII characters (most grams of folded German and English words) pack 7 bits a character. */
const ASCII_LIMIT = 128
const MAX_NUMERIC_KEY_CHARS = 4

/**
 * A gram's map key without building the gram string: up to 4 ASCII characters packed into a
 * small integer (a leading 1 keeps lengths apart; 1 + 4·7 bits stays a V8 small integer, so keys
 * are neither boxed nor hashed as doubles), else the string.
 */
function gramKey(text: string, start: number, length: number): number | string {
  if (length > MAX_NUMERIC_KEY_CHARS) return text.slice(start, start + length)
  let key = 1
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i)
    if (code >= ASCII_LIMIT) return text.slice(start, start + length)
    key = key * ASCII_LIMIT + code
  }
  return key
}

/** The gram of a `gramKey`. */
function gramText(key: number | string): string {
  if (typeof key === 'string') return key
  let text = ''
  for (let rest = key; rest > 1; rest = Math.floor(rest / ASCII_LIMIT)) text = String.fromCharCode(rest % ASCII_LIMIT) + text
  return text
}

function checkSlot(slot: number): void {
  if (slot >= MAX_GRAM_SLOTS) throw new RangeError(`character n-gram index holds at most ${MAX_GRAM_SLOTS} slots`)
}

