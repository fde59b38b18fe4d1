import { z } from 'zod'

/**
 * Pairs at or above this duplicate probability count as duplicates: the threshold with the best
 * mean F0.5 (precision first: a wrong merge hides a thread) over the labelled pair sets, fitted by
 * `benchmarks/fit-duplicates.mjs`, which writes it as `DUPLICATE_THRESHOLD` (a test keeps the two
 * equal; schemas sit left of duplicates and cannot import it). Two questions without a shared word
 * score ~0.25: much lower and everything merges; near-copies score ~0.8 (the calibration is flat: see duplicate-weights.ts).
 */
export const DEFAULT_MIN_SIMILARITY = 0.51

const similarity = z.number().min(0).max(1)

/**
 * Options of `findDuplicates`.
 * @example
 * findDuplicates(index, { minSimilarity: 0.7, onProgress: (done, total) => bar.update(done / total) })
 */
export const FindDuplicatesOptionsSchema = z.strictObject({
  /** Smallest duplicate probability (0..1) that joins two threads. @default 0.51 */
  minSimilarity: similarity.default(DEFAULT_MIN_SIMILARITY),
  /** Language for a thread array without `lang` ('auto' detects per thread). @default 'auto' */
  lang: z.enum(['de', 'en', 'auto']).default('auto'),
  /** How many near neighbours of each thread are checked (candidates come from the index, never all pairs). @default 10 */
  neighbours: z.number().int().min(1).max(100).default(10),
  /**
   * Also rank an answered thread's answer for an unanswered thread's question where the questions
   * alone leave the pair just below `minSimilarity`: more duplicates found where new questions wait
   * for answers (benchmarks/results/duplicates.md, "Hard candidates"), at one answer search per such
   * unanswered thread, whose cost grows with the index: 10k threads with 10% unanswered 2.3 s
   * instead of 2.1 s, 100k 69 s instead of 20 s with 1.9 GB of transient heap. Off by default so
   * findDuplicates stays linear.
   * @default false
   */
  answers: z.boolean().default(false),
  /** Called with (done, total) threads (each thread's neighbours found and its pairs scored); at most every 1%. */
  onProgress: z.custom<(done: number, total: number) => void>((v) => typeof v === 'function', { message: 'must be a function' }).optional(),
})

export type FindDuplicatesOptions = z.input<typeof FindDuplicatesOptionsSchema>

/** Options of `findSimilar`. */
export const FindSimilarOptionsSchema = z.strictObject({
  /** At most this many similar threads. @default 5 */
  limit: z.number().int().min(1).max(100).default(5),
  /** Smallest duplicate probability to report. @default 0.51 */
  minSimilarity: similarity.default(DEFAULT_MIN_SIMILARITY),
})

export type FindSimilarOptions = z.input<typeof FindSimilarOptionsSchema>

/** Options of `duplicateScore` (its `DuplicateScoreOptions` type names the index type). */
export const DuplicateScoreOptionsSchema = z.strictObject({
  /** Language of both questions; detected from both when 'auto'. @default 'auto' */
  lang: z.enum(['de', 'en', 'auto']).default('auto'),
  /**
   * An index whose analyzer and question statistics (idf) to use; without one every term weighs
   * the same. Checked to be an index by `duplicateScore` (schemas sit left of the index).
   */
  index: z.custom<object>((v) => typeof v === 'object' && v !== null, { message: 'must be an index from createFaqIndex/loadFaqIndex' }).optional(),
})
