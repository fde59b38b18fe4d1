import type { TextProfile } from '../matching/text-profile.js'
import { charGrams } from '../analysis/char-grams.js'

/**
 * Features of a question pair, symmetric by construction (swapping a and b changes nothing):
 * - gram: cosine of the character 2–4-gram counts (spelling, typos, compounds written apart)
 * - dice: overlap of the analyzed terms, 2·|a∩b| / (|a|+|b|)
 * - productConflict: both name a model of the same product, but different models (iPhone 6 / 7)
 * - numberConflict: both contain numbers and share none (10 GB vs 20 GB)
 * - negationMismatch: exactly one side is negated ("kündigen" / "nicht kündigen")
 */
export const PAIR_FEATURE_NAMES = ['bias', 'gram', 'dice', 'productConflict', 'numberConflict', 'negationMismatch'] as const

export type PairFeatureName = (typeof PAIR_FEATURE_NAMES)[number]

/** Feature vector of a pair, aligned with PAIR_FEATURE_NAMES. */
export function pairFeatures(a: TextProfile, b: TextProfile): number[] {
  const termsA = new Set(a.distinctTerms)
  const termsB = new Set(b.distinctTerms)
  let shared = 0
  for (const term of termsA) if (termsB.has(term)) shared++
  const dice = termsA.size + termsB.size ? (2 * shared) / (termsA.size + termsB.size) : 0
  return [
    1,
    cosine(charGrams(a.gramWords), charGrams(b.gramWords)),
    dice,
    productConflict(a.products, b.products),
    a.numbers.length && b.numbers.length && !a.numbers.some((n) => b.numbers.includes(n)) ? 1 : 0,
    a.negated !== b.negated ? 1 : 0,
  ]
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0
  let normA = 0
  let normB = 0
  for (const [gram, count] of a) {
    normA += count * count
    const other = b.get(gram)
    if (other) dot += count * other
  }
  for (const count of b.values()) normB += count * count
  return normA && normB ? dot / Math.sqrt(normA * normB) : 0
}

/** 1 when both sides name models of one product and no model is shared. */
function productConflict(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length || a.some((p) => b.includes(p))) return 0
  const names = new Set(a.map(productName).filter(Boolean))
  return b.some((p) => names.has(productName(p))) ? 1 : 0
}

/** The product name before its model designation (same rule as matching's features). */
function productName(product: string): string {
  return product.replace(/[a-z]?\d+[a-z]{0,3}$/u, '')
}
