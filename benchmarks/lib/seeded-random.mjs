// A small seeded PRNG (mulberry32: 32-bit state, period 2^32), so generated benchmark data is the
// same on every machine and run. Not for anything security-related.

/** @param {number} seed @returns {() => number} uniform in [0, 1) */
export function createRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Integer in [0, n). */
export const randomIndex = (random, n) => Math.floor(random() * n)

/** One element of a non-empty array. */
export const pick = (random, items) => items[randomIndex(random, items.length)]

/** Up to `n` of `items`, a seeded sample in random order (each item draws one key, in item order). */
export const sample = (random, items, n) =>
  items
    .map((item) => ({ item, key: random() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, n)
    .map(({ item }) => item)
