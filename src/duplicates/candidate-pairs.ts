import type { PairProfile } from './pair-profile.js'

/**
 * Bag entries (terms, stop words) held by more than this many questions are not walked when
 * looking for neighbours: their postings are what makes neighbour search quadratic (at 100k threads
 * a stop word sits in tens of thousands of questions), and their idf is low, so they rarely decide
 * who is nearest. A question whose entries are all that common still walks its rarest ones
 * (MIN_WALKED_ENTRIES). Cost per thread is bounded by entries × this cap: linear in the corpus.
 */
export const MAX_WALKED_POSTINGS = 2000

/** Every question walks at least its this-many rarest bag entries, however common. */
export const MIN_WALKED_ENTRIES = 2

/**
 * Each profile's nearest neighbours by the idf cosine of their bags (the model's strongest
 * feature), from an inverted index over the bags, never all n² pairs. Returns each unordered pair
 * once (a < b) for threads within one another's top `neighbours`, in the order they become known.
 * `onThread` is called after each thread with the pairs it made known (each pair once over all
 * calls): a caller can score them on the way, so its progress covers the scoring too.
 */
export function candidatePairs(
  profiles: readonly PairProfile[],
  neighbours: number,
  onThread?: (done: number, pairs: ReadonlyArray<readonly [number, number]>) => void,
): Array<[number, number]> {
  const n = profiles.length
  // Postings in one flat array (CSR): offsets[id] .. offsets[id + 1], with the entry's weight.
  let maxId = -1
  for (const p of profiles) for (const id of p.bag) if (id > maxId) maxId = id
  const offsets = new Int32Array(maxId + 2)
  for (const p of profiles) for (const id of p.bag) offsets[id + 1]!++
  for (let id = 0; id <= maxId; id++) offsets[id + 1]! += offsets[id]!
  const postings = new Int32Array(offsets[maxId + 1]!)
  const postingWeights = new Float32Array(postings.length)
  const fill = offsets.slice(0, maxId + 1)
  profiles.forEach((p, slot) => {
    p.bag.forEach((id, k) => {
      const at = fill[id]!++
      postings[at] = slot
      postingWeights[at] = p.bagWeights[k]!
    })
  })
  const frequency = (id: number) => offsets[id + 1]! - offsets[id]!

  const scores = new Float64Array(n)
  const touched = new Int32Array(n)
  const nearest = new Int32Array(n * neighbours).fill(-1)
  const isNear = (from: number, to: number) => {
    for (let k = from * neighbours; k < (from + 1) * neighbours; k++) if (nearest[k] === to) return true
    return false
  }
  const pairs: Array<[number, number]> = []
  for (let i = 0; i < n; i++) {
    const { bag, bagWeights } = profiles[i]!
    const order = [...bag.keys()].sort((x, y) => frequency(bag[x]!) - frequency(bag[y]!))
    let touchedCount = 0
    order.forEach((k, rank) => {
      const id = bag[k]!
      if (rank >= MIN_WALKED_ENTRIES && frequency(id) > MAX_WALKED_POSTINGS) return
      const weight = bagWeights[k]!
      for (let at = offsets[id]!; at < offsets[id + 1]!; at++) {
        const j = postings[at]!
        if (j === i) continue
        if (scores[j] === 0) touched[touchedCount++] = j
        scores[j] = scores[j]! + weight * postingWeights[at]!
      }
    })
    topInto(nearest, i * neighbours, neighbours, touched, touchedCount, scores)
    for (let t = 0; t < touchedCount; t++) scores[touched[t]!] = 0
    const known = pairs.length
    for (let k = i * neighbours; k < (i + 1) * neighbours; k++) {
      const j = nearest[k]!
      if (j < 0) break
      // Each unordered pair once: from the smaller slot, or from the larger when the smaller (whose
      // list is final by now) did not list it.
      if (j > i || !isNear(j, i)) pairs.push(i < j ? [i, j] : [j, i])
    }
    onThread?.(i + 1, pairs.slice(known))
  }
  return pairs
}

/** Writes the `count` best-scored touched slots (ties: smaller slot first) into `out` from `start`. */
function topInto(out: Int32Array, start: number, count: number, touched: Int32Array, touchedCount: number, scores: Float64Array): void {
  let filled = 0
  for (let t = 0; t < touchedCount; t++) {
    const j = touched[t]!
    const score = scores[j]!
    if (filled === count) {
      const last = out[start + count - 1]!
      if (score < scores[last]! || (score === scores[last]! && j > last)) continue
    } else filled++
    // Insertion into the small sorted list.
    let k = start + filled - 1
    while (k > start && (scores[out[k - 1]!]! < score || (scores[out[k - 1]!]! === score && out[k - 1]! > j))) {
      out[k] = out[k - 1]!
      k--
    }
    out[k] = j
  }
}
