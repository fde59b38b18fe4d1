import type { TextProfile } from '../matching/text-profile.js'
import { charGrams } from '../analysis/char-grams.js'
import { productModelName } from '../analysis/tokenize/product-names.js'

/**
 * Features of a question pair, each symmetric by construction (swapping a and b changes nothing).
 * All come from the analyzer's profile of each text (no second tokenizer):
 * - gram: Jaccard of the character 3-grams of the analyzed words (folded, unstemmed, stop words
 *   kept: "wie lange" is part of what is asked). 3-gram Jaccard beat the 2–4-gram cosine of
 *   matching by 0.016 AP on covid-faq-de and 0.012 on nlu-sim-de (benchmarks/fit-duplicates.mjs).
 * - phraseGram: the same over the words joined by spaces, so grams span word boundaries: local
 *   word order ("Vertrag kündigen" vs "kündigen Vertrag" share fewer of them).
 * - orderConflict: the share of shared-term pairs whose order flips between the texts, counted
 *   only when many terms are shared (see ORDER_MIN_SHARED_TERMS): "A ist Nebenfluss von B" vs
 *   "B ist Nebenfluss von A". Short questions reorder freely, so they never trigger it.
 * - productConflict: both name a model of one product, but no model is shared (iPhone 6 / 7).
 *   The same model on both sides needs no feature of its own: its grams already count.
 * - numberConflict: both contain numbers and share none (10 GB vs 20 GB, 6 Uhr vs 8 Uhr)
 * - negationMismatch: exactly one side is negated ("kündigen" / "nicht kündigen"), scaled by the
 *   Dice overlap of the distinct analyzed terms (stemmed, decompounded): a negation flips the
 *   question when the rest is the same; between two long, loosely related texts one "ohne" says
 *   little (covid-faq-de pairs: 18 such, 8 duplicates).
 *
 * Measured and left out (benchmarks/fit-duplicates.mjs, leave-one-set-out AP): term Dice as a feature
 * of its own (covid-faq-en 0.920 → 0.894, nlu-sim-de 0.777 → 0.712: the grams already carry it, and
 * the joint fit over-weights it) and a same-product bonus (in the pairs mostly COVID-19 on both
 * sides; it cost covid-faq-en 0.09 AP in-sample).
 */
export const PAIR_FEATURE_NAMES = [
  'bias',
  'gram',
  'phraseGram',
  'orderConflict',
  'productConflict',
  'numberConflict',
  'negationMismatch',
] as const

export type PairFeatureName = (typeof PAIR_FEATURE_NAMES)[number]

/** Character gram size of the pair features (see `gram` above for why 3 alone). */
export const PAIR_GRAM_SIZES: readonly number[] = [3]

/**
 * Word-order conflicts count above this many shared terms, in full at 5 more. Paraphrased
 * questions of 2–4 content words put them in any order ("Rechnungsadresse ändern" / "Wie ändere
 * ich die Rechnungsadresse"); a flip among many shared terms swaps roles (PAWS-X adversaries).
 * From 3 instead of 4, covid-faq-en lost 0.015 AP to its longer paraphrases.
 */
export const ORDER_MIN_SHARED_TERMS = 4
const ORDER_RAMP_TERMS = 5

/** A text's profile with its gram sets, computed once per text however many pairs it is in. */
export interface PairProfile {
  readonly profile: TextProfile
  readonly grams: ReadonlySet<string>
  readonly phraseGrams: ReadonlySet<string>
}

/** Prepares a profile for pair features (the gram sets are the costly part at corpus scale). */
export function toPairProfile(profile: TextProfile): PairProfile {
  return {
    profile,
    grams: new Set(charGrams(profile.gramWords, PAIR_GRAM_SIZES).keys()),
    phraseGrams: new Set(charGrams([profile.gramWords.join(' ')], PAIR_GRAM_SIZES).keys()),
  }
}

/** Feature vector of a pair, aligned with PAIR_FEATURE_NAMES. */
export function pairFeatures(x: PairProfile, y: PairProfile): number[] {
  const a = x.profile
  const b = y.profile
  const shared = sharedTerms(a.distinctTerms, b.distinctTerms)
  const termCount = a.distinctTerms.length + b.distinctTerms.length
  const termDice = termCount ? (2 * shared.length) / termCount : 0
  return [
    1,
    jaccard(x.grams, y.grams),
    jaccard(x.phraseGrams, y.phraseGrams),
    orderConflict(a.terms, b.terms, shared),
    productConflict(a.products, b.products),
    a.numbers.length && b.numbers.length && !a.numbers.some((n) => b.numbers.includes(n)) ? 1 : 0,
    a.negated !== b.negated ? termDice : 0,
  ]
}

function sharedTerms(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b)
  // Sorted, so the result does not depend on which side is a.
  return a.filter((t) => other.has(t)).sort()
}

/** |a∩b| / |a∪b| of the gram sets (counts ignored: a repeated word is not more evidence). */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let both = 0
  for (const gram of a) if (b.has(gram)) both++
  const union = a.size + b.size - both
  return union ? both / union : 0
}

/** Share of shared-term pairs in opposite order, ramped in by the number of shared terms. */
function orderConflict(a: readonly string[], b: readonly string[], shared: readonly string[]): number {
  if (shared.length < ORDER_MIN_SHARED_TERMS) return 0
  const positionA = firstPositions(a)
  const positionB = firstPositions(b)
  let flipped = 0
  let pairs = 0
  for (let i = 0; i < shared.length; i++) {
    for (let j = i + 1; j < shared.length; j++) {
      const x = shared[i]!
      const y = shared[j]!
      pairs++
      if (Math.sign(positionA.get(x)! - positionA.get(y)!) !== Math.sign(positionB.get(x)! - positionB.get(y)!)) flipped++
    }
  }
  const ramp = Math.min(1, (shared.length - ORDER_MIN_SHARED_TERMS) / ORDER_RAMP_TERMS)
  return (flipped / pairs) * ramp
}

function firstPositions(terms: readonly string[]): Map<string, number> {
  const positions = new Map<string, number>()
  terms.forEach((term, i) => {
    if (!positions.has(term)) positions.set(term, i)
  })
  return positions
}

/** 1 when both sides name models of one product and no model is shared. */
function productConflict(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length || a.some((p) => b.includes(p))) return 0
  const names = new Set(a.map(productModelName).filter(Boolean))
  return b.some((p) => names.has(productModelName(p))) ? 1 : 0
}

