/**
 * Word order beyond adjacent pairs: the longest common subsequence of the query's and the thread's
 * surface words. Bags of words and bigrams cannot tell "Tapia verlor gegen Soro" from "Soro verlor
 * gegen Tapia"; the order in which the shared words occur can.
 * Returns [LCS / shared words (1 = same order), LCS / query words].
 */
export function orderFeatures(query: readonly string[], thread: readonly string[]): [number, number] {
  if (!query.length || !thread.length) return [0, 0]
  const shared = sharedCount(query, thread)
  if (!shared) return [0, 0]
  const lcs = lcsLength(query, thread)
  return [lcs / shared, lcs / query.length]
}

/** Words both sides hold, counted with multiplicity. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) + 1)
  let shared = 0
  for (const w of a) {
    const n = counts.get(w)
    if (n) {
      shared++
      counts.set(w, n - 1)
    }
  }
  return shared
}

/** Classic dynamic programme over one rolling row: O(|a|·|b|) time, O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  const row = new Uint32Array(b.length + 1)
  for (let i = 0; i < a.length; i++) {
    let diagonal = 0
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!
      row[j] = a[i] === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!)
      diagonal = above
    }
  }
  return row[b.length]!
}
