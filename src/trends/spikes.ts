/**
 * Spike detection per topic: each window's count against a baseline of the topic's own earlier
 * windows. The baseline is an exponentially weighted moving average (EWMA) of previous counts;
 * a window is a spike when its count is at least `minMessages` and the Poisson probability of
 * seeing that many or more under the baseline rate, P(X ≥ count | λ = baseline), is below
 * `maxPValue`. Spike windows do not feed the baseline, so an incident lasting several windows
 * stays a spike instead of becoming its own baseline.
 */

/**
 * Weight of the newest window in the baseline: ~5 windows of memory (1/α − 1 ≈ 2.3 windows half
 * life). Larger values forget a busy morning within two windows and miss slow ramps; smaller
 * ones keep last week's quiet in the baseline of a topic that has been busy for days.
 */
export const BASELINE_EWMA_ALPHA = 0.3
/**
 * Lowest baseline rate per window. A topic never seen before has a baseline of 0, under which
 * any single message would be infinitely surprising; half a message per window means "rare".
 */
export const MIN_BASELINE_RATE = 0.5
/** Windows of history before a window may be a spike: the first ones have no baseline to compare to. */
export const MIN_BASELINE_WINDOWS = 3

/** The spike test's verdict for one window. */
export interface WindowSpikeTest {
  readonly count: number
  /** Expected count (EWMA of earlier non-spike windows, at least MIN_BASELINE_RATE); undefined without history. */
  readonly baseline: number | undefined
  /** P(X ≥ count) for X ~ Poisson(baseline); 1 without history. */
  readonly pValue: number
  readonly spike: boolean
}

/** An ongoing spike: the latest window is one, and it started `startWindow`. */
export interface SpikeRun {
  /** Index of the first window of the run of spike windows that ends at the latest window. */
  readonly startWindow: number
  readonly latest: WindowSpikeTest
}

export interface SpikeOptions {
  readonly minMessages: number
  readonly maxPValue: number
}

/**
 * Tests every window of a count series (oldest first; empty windows as 0).
 * @example
 * testWindows([2, 3, 2, 2, 15], { minMessages: 5, maxPValue: 0.001 }).map((w) => w.spike)
 * //=> [false, false, false, false, true]
 */
export function testWindows(counts: readonly number[], options: SpikeOptions): WindowSpikeTest[] {
  const tests: WindowSpikeTest[] = []
  let ewma: number | undefined
  counts.forEach((count, i) => {
    const baseline = ewma !== undefined && i >= MIN_BASELINE_WINDOWS ? Math.max(ewma, MIN_BASELINE_RATE) : undefined
    const pValue = baseline === undefined ? 1 : poissonUpperTail(count, baseline)
    const spike = baseline !== undefined && count >= options.minMessages && pValue < options.maxPValue
    tests.push({ count, baseline, pValue, spike })
    if (!spike) ewma = ewma === undefined ? count : BASELINE_EWMA_ALPHA * count + (1 - BASELINE_EWMA_ALPHA) * ewma
  })
  return tests
}

/** The spike run that includes the latest window, or undefined when the latest window is no spike. */
export function latestSpike(tests: readonly WindowSpikeTest[]): SpikeRun | undefined {
  const last = tests.length - 1
  if (last < 0 || !tests[last]!.spike) return undefined
  let start = last
  while (start > 0 && tests[start - 1]!.spike) start--
  return { startWindow: start, latest: tests[last]! }
}

/** Terms summed before the tail is taken as converged (each term is < 1e-17 of the sum by then). */
const MAX_TAIL_TERMS = 100_000
const TAIL_RELATIVE_PRECISION = 1e-17

/**
 * P(X ≥ k) for X ~ Poisson(mean), summed in log space from k upward, so large means (thousands of
 * messages per window) neither underflow nor lose the tail. For k ≤ mean the answer is ≥ ~0.5 and
 * no spike is possible, so 1 is returned without summing.
 */
export function poissonUpperTail(k: number, mean: number): number {
  if (k <= 0) return 1
  if (mean <= 0) return 0
  if (k <= mean) return 1
  const logMean = Math.log(mean)
  let logTerm = -mean + k * logMean - logFactorial(k)
  const first = logTerm
  let sum = 0 // in units of exp(first)
  for (let i = k; i < k + MAX_TAIL_TERMS; i++) {
    const ratio = Math.exp(logTerm - first)
    sum += ratio
    if (ratio < TAIL_RELATIVE_PRECISION * sum) break
    logTerm += logMean - Math.log(i + 1)
  }
  return Math.min(1, Math.exp(first + Math.log(sum)))
}

const LANCZOS = [676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7]

/** ln(n!) via the Lanczos approximation of ln Γ(n + 1) (relative error < 1e-13). */
function logFactorial(n: number): number {
  const x = n + 1
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logFactorial(-x)
  const z = x - 1
  let a = 0.99999999999980993
  const t = z + 7.5
  LANCZOS.forEach((c, i) => {
    a += c / (z + i + 1)
  })
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}
