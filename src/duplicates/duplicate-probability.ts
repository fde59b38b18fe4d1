import { PAIR_FEATURE_NAMES, pairFeatures } from './pair-features.js'
import { DUPLICATE_WEIGHTS } from './duplicate-weights.js'
import type { TextProfile } from '../matching/text-profile.js'

const WEIGHTS = PAIR_FEATURE_NAMES.map((name) => DUPLICATE_WEIGHTS[name])

/** P(duplicate) of two analyzed questions: logistic model over the pair features. */
export function duplicateProbability(a: TextProfile, b: TextProfile): number {
  const features = pairFeatures(a, b)
  let z = 0
  for (let i = 0; i < features.length; i++) z += features[i]! * WEIGHTS[i]!
  return 1 / (1 + Math.exp(-z))
}
