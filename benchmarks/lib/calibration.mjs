// Is a confidence of 0.8 right 80% of the time? Reliability of top-1 confidences in ten bins,
// precision above thresholds, and how decisions split. A top-1 match of a query with no relevant
// thread (out of scope) is a wrong match: confidence should be low there too.

export const CONFIDENCE_BINS = 10

/** @param {{ confidence: number, correct: boolean }[]} outcomes */
export function reliabilityTable(outcomes) {
  const bins = Array.from({ length: CONFIDENCE_BINS }, (_, i) => ({
    from: i / CONFIDENCE_BINS, to: (i + 1) / CONFIDENCE_BINS, count: 0, correct: 0, confidenceSum: 0,
  }))
  for (const { confidence, correct } of outcomes) {
    const i = Math.min(CONFIDENCE_BINS - 1, Math.max(0, Math.floor(confidence * CONFIDENCE_BINS)))
    bins[i].count++
    bins[i].confidenceSum += confidence
    if (correct) bins[i].correct++
  }
  return bins.map(({ from, to, count, correct, confidenceSum }) => ({
    from, to, count,
    accuracy: count ? correct / count : null,
    meanConfidence: count ? confidenceSum / count : null,
  }))
}

/** Expected calibration error: count-weighted |accuracy − mean confidence| over the bins. */
export function expectedCalibrationError(table) {
  const total = table.reduce((s, b) => s + b.count, 0)
  if (!total) return null
  return table.reduce((s, b) => s + (b.count ? (b.count / total) * Math.abs(b.accuracy - b.meanConfidence) : 0), 0)
}

/** Share of correct top-1 matches among those with confidence ≥ minConfidence, and how many. */
export function precisionAtConfidence(outcomes, minConfidence) {
  const kept = outcomes.filter((o) => o.confidence >= minConfidence)
  return {
    minConfidence,
    count: kept.length,
    coverage: outcomes.length ? kept.length / outcomes.length : null,
    precision: kept.length ? kept.filter((o) => o.correct).length / kept.length : null,
  }
}

export function selfCheckCalibration() {
  const outcomes = [
    { confidence: 0.95, correct: true }, { confidence: 0.91, correct: false }, { confidence: 1, correct: true },
    { confidence: 0.55, correct: true }, { confidence: 0.05, correct: false },
  ]
  const table = reliabilityTable(outcomes)
  const fail = (what) => { throw new Error(`calibration self-check: ${what}`) }
  if (table[9].count !== 3 || Math.abs(table[9].accuracy - 2 / 3) > 1e-12) fail('bin 0.9–1.0 should hold 3 with accuracy 2/3 (1.0 included)')
  if (table[5].count !== 1 || table[0].count !== 1) fail('bins 0.5–0.6 and 0–0.1 should hold one each')
  const p9 = precisionAtConfidence(outcomes, 0.9)
  if (p9.count !== 3 || Math.abs(p9.precision - 2 / 3) > 1e-12) fail('precision at ≥0.9 should be 2/3 of 3')
  const p5 = precisionAtConfidence(outcomes, 0.5)
  if (p5.count !== 4 || p5.precision !== 3 / 4) fail('precision at ≥0.5 should be 3/4 of 4')
}
