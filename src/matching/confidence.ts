import type { Decision } from '../types.js'
import { CONFIDENCE_CALIBRATION } from './ranker-weights.js'

/**
 * Reuse an answer as it is from this confidence on. At 0.9 on the evaluation sets ≥ 90% of the top
 * matches are correct (reliability table in benchmarks/results/quality.md); lower it and wrong
 * answers go out automatically, raise it and agents see more suggestions.
 */
export const REUSE_MIN_CONFIDENCE = 0.9
/**
 * Suggest to an agent from this confidence on; below it the question counts as new. 0.25 keeps
 * most out-of-scope questions (clinc150-en) at `new` while < 10% of correctly answered ones land there.
 */
export const SUGGEST_MIN_CONFIDENCE = 0.25

/** Calibrated probability that a candidate answers the question. */
export function calibratedConfidence(score: number, gap: number, gram: number, calibration = CONFIDENCE_CALIBRATION): number {
  const z = calibration.intercept + calibration.score * score + calibration.gap * gap + calibration.gram * gram
  return 1 / (1 + Math.exp(-z))
}

/** The decision for the best match's confidence under the given thresholds. */
export function decide(topConfidence: number | undefined, reuseMin = REUSE_MIN_CONFIDENCE, suggestMin = SUGGEST_MIN_CONFIDENCE): Decision {
  if (topConfidence === undefined) return 'new'
  if (topConfidence >= reuseMin) return 'reuse'
  if (topConfidence >= suggestMin) return 'suggest'
  return 'new'
}
