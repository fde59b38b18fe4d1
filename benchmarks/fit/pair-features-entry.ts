// Internal entry for benchmarks/duplicates.mjs --fit (bundled on the fly by esbuild).
import { createAnalyzer } from '../../src/analysis/analyzer.js'
import { profileText } from '../../src/matching/text-profile.js'
import { pairFeatures, PAIR_FEATURE_NAMES } from '../../src/duplicates/pair-features.js'

export { PAIR_FEATURE_NAMES }
const analyzers = { de: createAnalyzer({ language: 'de' }), en: createAnalyzer({ language: 'en' }) }

export function features(a: string, b: string, lang: 'de' | 'en'): number[] {
  const [x, y] = a <= b ? [a, b] : [b, a]
  return pairFeatures(profileText(analyzers[lang], x), profileText(analyzers[lang], y))
}
