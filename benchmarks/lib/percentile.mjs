// Order statistics for latency samples: nearest-rank percentiles, so p99 of 1000 samples is the
// 990th smallest value (a value that was measured, not an interpolation).

/** @param {number[]} values @param {number} p in [0, 100] */
export function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = Float64Array.from(values).sort()
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[Math.min(rank, sorted.length) - 1]
}

export function median(values) {
  return percentile(values, 50)
}

/** Median, p95 and p99 in one pass over a sorted copy. */
export function latencySummary(values) {
  const sorted = Float64Array.from(values).sort()
  const at = (p) => sorted[Math.min(Math.max(1, Math.ceil((p / 100) * sorted.length)), sorted.length) - 1]
  return { count: sorted.length, median: at(50), p95: at(95), p99: at(99) }
}

export function selfCheckPercentile() {
  const xs = Array.from({ length: 100 }, (_, i) => 100 - i) // 1..100, unsorted
  const check = (got, want, what) => { if (got !== want) throw new Error(`percentile self-check: ${what} is ${got}, expected ${want}`) }
  check(percentile(xs, 50), 50, 'p50 of 1..100')
  check(percentile(xs, 99), 99, 'p99 of 1..100')
  check(percentile(xs, 100), 100, 'p100 of 1..100')
  check(percentile([7], 99), 7, 'p99 of one value')
  check(latencySummary([3, 1, 2]).median, 2, 'median of 1..3')
}
