import type { Language } from '../types.js'
import { FEATURE_NAMES } from './features.js'
import { RANKER_WEIGHTS } from './ranker-weights.js'

const WEIGHT_VECTORS: Readonly<Record<Language, readonly number[]>> = {
  de: FEATURE_NAMES.map((name) => RANKER_WEIGHTS.de[name]),
  en: FEATURE_NAMES.map((name) => RANKER_WEIGHTS.en[name]),
}

/** Linear re-ranking score of one feature vector, with the weights fitted for the question's language (ranker-weights.ts). */
export function rerankScore(features: readonly number[], lang: Language): number {
  const weights = WEIGHT_VECTORS[lang]
  let score = 0
  for (let i = 0; i < features.length; i++) score += features[i]! * weights[i]!
  return score
}
