import { createRequire } from 'node:module'

type Distances = typeof import('natural/lib/natural/distance/levenshtein_distance.js')

let distances: Distances | undefined

/**
 * Edits (insertions, deletions, substitutions, swaps of neighbours) between two short strings:
 * natural's optimal string alignment distance, loaded by its own path on first use (its top-level
 * module is slow and noisy).
 * @example
 * editDistance('idnex', 'index') //=> 1
 */
export function editDistance(a: string, b: string): number {
  distances ??= createRequire(import.meta.url)('natural/lib/natural/distance/levenshtein_distance.js') as Distances
  return distances.DamerauLevenshteinDistance(a, b, { restricted: true })
}
