import type { Decision, Language } from '../types.js'
import { CONFIDENCE_CALIBRATION, FITTED_SUGGEST_MIN_CONFIDENCE } from './ranker-weights.js'
import { FEATURE_NAMES, type FeatureName } from './features.js'

/**
 * Reuse an answer as it is from this confidence on. At 0.9 on the evaluation sets ≥ 90% of the top
 * matches are correct (reliability table in benchmarks/results/quality.md); lower it and wrong
 * answers go out automatically, raise it and agents see more suggestions.
 */
export const REUSE_MIN_CONFIDENCE = 0.9
/**
 * Suggest to an agent from this confidence on; below it the question counts as new (the matches are
 * still returned). Fitted with the calibration by benchmarks/fit-ranker.mjs on clinc150-en, the set
 * with questions no thread answers: the highest threshold at which at most 9% of the correctly
 * answered queries get `new` (see FITTED_SUGGEST_MIN_CONFIDENCE for the share of unanswerable ones).
 * Lower it and unanswerable questions get suggestions; raise it and right answers are hidden.
 */
export const SUGGEST_MIN_CONFIDENCE = FITTED_SUGGEST_MIN_CONFIDENCE

/** Feature inputs of the calibration besides score, gap and rank: absolute evidence. */
export const CALIBRATION_FEATURES = ['gram', 'coverage', 'questionCoverage', 'wordCoverage', 'tagVote'] as const satisfies readonly FeatureName[]

const FEATURE_INDEX = CALIBRATION_FEATURES.map((name) => FEATURE_NAMES.indexOf(name))

/**
 * Calibrated probability that a candidate answers the question: logistic regression (fitted by
 * benchmarks/fit-ranker.mjs) over the re-ranked score, its gap to the best other candidate, whether
 * it is the top one, and absolute evidence that relative scores hide (how much of the query the
 * thread covers at all), so a question no thread answers gets a low confidence even for its best match.
 * Each language has its own calibration, as each has its own ranking weights (and score scale).
 */
export function calibratedConfidence(features: readonly number[], score: number, gap: number, isTop: boolean, lang: Language): number {
  const calibration = CONFIDENCE_CALIBRATION[lang]
  let z = calibration.intercept + calibration.top * (isTop ? 1 : 0) + calibration.score * score + calibration.gap * gap
  CALIBRATION_FEATURES.forEach((name, i) => (z += calibration[name] * features[FEATURE_INDEX[i]!]!))
  return 1 / (1 + Math.exp(-z))
}

/** The decision for the best match's confidence under the given thresholds. */
export function decide(topConfidence: number | undefined, reuseMin = REUSE_MIN_CONFIDENCE, suggestMin = SUGGEST_MIN_CONFIDENCE): Decision {
  if (topConfidence === undefined) return 'new'
  if (topConfidence >= reuseMin) return 'reuse'
  if (topConfidence >= suggestMin) return 'suggest'
  return 'new'
}
