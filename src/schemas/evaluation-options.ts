import { z } from 'zod'

/** Cut-off of MRR@k when `k` is not given: the ten matches a person might scroll through. */
export const DEFAULT_EVALUATION_K = 10
/** Worst misses listed when `worst` is not given: a page a content team reads in one sitting. */
export const DEFAULT_WORST_MISSES = 20
/** Most matches `match()` returns (its `limit` allows 1..100), so MRR@k cannot look deeper. */
const MAX_K = 100

const confidence = z.number().min(0).max(1)

/**
 * Options of `evaluate`.
 * @example
 * evaluate(index, queries, { k: 10, reuseMinConfidence: 0.85, worst: 50 })
 */
export const EvaluateOptionsSchema = z
  .strictObject({
    /** Cut-off of MRR@k: a relevant thread ranked below k counts as not found. hit@1 and hit@5 are always reported. @default 10 */
    k: z.number().int().min(1).max(MAX_K).default(DEFAULT_EVALUATION_K),
    /** Decide `reuse` (auto-answer) from this confidence on. @default the index's reuseMinConfidence, else REUSE_MIN_CONFIDENCE (0.9) */
    reuseMinConfidence: confidence.optional(),
    /** Decide `suggest` from this confidence on. @default the index's suggestMinConfidence, else SUGGEST_MIN_CONFIDENCE (fitted, about 0.5) */
    suggestMinConfidence: confidence.optional(),
    /** How many worst misses to list (0 lists none). @default 20 */
    worst: z.number().int().min(0).max(10_000).default(DEFAULT_WORST_MISSES),
    /**
     * Also look for duplicate-looking threads in the index with `findDuplicates`: `true` at its
     * default similarity (0.5), or `{ minSimilarity }` (0..1). Takes about as long as indexing. @default false
     */
    duplicates: z.union([z.boolean(), z.strictObject({ minSimilarity: z.number().min(0).max(1) })]).default(false),
    /** Called with (done, total) while the queries are matched; at most every 1% of them. */
    onProgress: z.custom<(done: number, total: number) => void>((v) => typeof v === 'function', { message: 'must be a function' }).optional(),
  })
  .refine((o) => (o.reuseMinConfidence ?? 1) >= (o.suggestMinConfidence ?? 0), {
    message: 'reuseMinConfidence must be at least suggestMinConfidence',
    path: ['reuseMinConfidence'],
  })

export type EvaluateOptions = z.input<typeof EvaluateOptionsSchema>
export type ResolvedEvaluateOptions = z.output<typeof EvaluateOptionsSchema>
