import { FEATURE_NAMES } from './features.js'
import { RANKER_WEIGHTS } from './ranker-weights.js'

const WEIGHT_VECTOR = FEATURE_NAMES.map((name) => RANKER_WEIGHTS[name])

/** Linear re-ranking score of one feature vector (fitted weights, see ranker-weights.ts). */
export function rerankScore(features: readonly number[], weights: readonly number[] = WEIGHT_VECTOR): number {
  let score = 0
  for (let i = 0; i < features.length; i++) score += features[i]! * weights[i]!
  return score
}
