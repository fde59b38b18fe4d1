import { PAIR_FEATURE_NAMES, pairFeatures } from './pair-features.js'
import type { PairProfile } from './pair-profile.js'
import { DUPLICATE_WEIGHTS } from './duplicate-weights.js'

const WEIGHTS = PAIR_FEATURE_NAMES.map((name) => DUPLICATE_WEIGHTS[name])

/** P(duplicate) of two analyzed questions: the fitted logistic model over their pair features. */
export function duplicateProbability(a: PairProfile, b: PairProfile): number {
  const features = pairFeatures(a, b)
  let z = 0
  for (let i = 0; i < features.length; i++) z += features[i]! * WEIGHTS[i]!
  return 1 / (1 + Math.exp(-z))
}
