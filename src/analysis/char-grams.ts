/**
 * Character n-gram sizes: 2-grams catch short words, 4-grams keep order; a typo breaks only a few.
 * 2–4 beat 3–4 by 0.003 macro MRR@10 on the evaluation sets (benchmarks/fit-ranker.mjs).
 */
export const DEFAULT_GRAM_SIZES: readonly number[] = [2, 3, 4]

/**
 * Character n-grams of analyzed words (lowercase, folded, stop words removed), counted. Word
 * boundaries are marked with a space, so "adresse der rechnung" and "rechnungsadresse" share
 * most grams while "rechnungsadrese" (typo) still shares nearly all of them.
 * @example
 * [...charGrams(['wlan'], [3]).keys()] //=> [' wl', 'wla', 'lan', 'an ']
 */
export function charGrams(words: readonly string[], sizes: readonly number[] = DEFAULT_GRAM_SIZES): Map<string, number> {
  const counts = new Map<string, number>()
  for (const word of words) {
    const padded = ` ${word} `
    for (const size of sizes) {
      for (let i = 0; i + size <= padded.length; i++) {
        const gram = padded.slice(i, i + size)
        counts.set(gram, (counts.get(gram) ?? 0) + 1)
      }
    }
  }
  return counts
}
