import type { ThresholdPoint } from './evaluation-report.js'
import type { QueryOutcome } from './query-outcome.js'

/** The curve's thresholds are 0, 1/20, …, 20/20: fine enough to pick a threshold, few enough to read. */
export const THRESHOLD_STEPS = 20

/**
 * Precision and coverage of auto-answering at each threshold 0, 0.05, …, 1, and at each of
 * `alsoAt` (the thresholds in use, such as 0.53) that falls between: a query counts as
 * auto-answered when its top confidence is ≥ the threshold, and as wrong when that top match is
 * not relevant. Coverage never rises with the threshold; precision usually does.
 */
export function thresholdCurve(outcomes: readonly QueryOutcome[], alsoAt: readonly number[] = []): ThresholdPoint[] {
  // Division, not repeated addition of 0.05, so 0.9 is exactly the literal 0.9.
  const grid = Array.from({ length: THRESHOLD_STEPS + 1 }, (_, step) => step / THRESHOLD_STEPS)
  const thresholds = [...new Set([...grid, ...alsoAt.filter((t) => t >= 0 && t <= 1)])].sort((a, b) => a - b)
  const points: ThresholdPoint[] = []
  for (const threshold of thresholds) {
    let autoAnswered = 0
    let wrong = 0
    for (const o of outcomes) {
      if (o.top === null || o.top.confidence < threshold) continue
      autoAnswered++
      if (!o.topIsRelevant) wrong++
    }
    points.push({
      threshold,
      autoAnswered,
      wrong,
      coverage: outcomes.length === 0 ? 0 : autoAnswered / outcomes.length,
      precision: autoAnswered === 0 ? null : (autoAnswered - wrong) / autoAnswered,
    })
  }
  return points
}
