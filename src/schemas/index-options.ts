import { z } from 'zod'

/** Longest question `match` accepts; longer input is a pasted mail or log, not a question. */
export const DEFAULT_MAX_QUERY_CHARS = 2_000

const confidence = z.number().min(0).max(1)

/** Reuse must never need less confidence than a suggestion (index and match options alike). */
const thresholdsInOrder = (o: { reuseMinConfidence?: number | undefined; suggestMinConfidence?: number | undefined }) =>
  (o.reuseMinConfidence ?? 1) >= (o.suggestMinConfidence ?? 0)
const THRESHOLD_ORDER_ISSUE = { message: 'reuseMinConfidence must be at least suggestMinConfidence', path: ['reuseMinConfidence'] }

/**
 * Options of `createFaqIndex`.
 * @example
 * createFaqIndex({ language: 'de', synonyms: [['Handy', 'Smartphone', 'Mobiltelefon'], ['WLAN', 'WiFi']] })
 */
export const FaqIndexOptionsSchema = z
  .strictObject({
    /** Language of the threads and questions; 'auto' detects it per text. @default 'de' */
    language: z.enum(['de', 'en', 'auto']).default('de'),
    /** Redact personal data (e-mail, IBAN, phone, …) before anything is stored or analyzed. Turning it off is explicit. @default true */
    redact: z.boolean().default(true),
    /** Groups of words that mean the same; applied at index and query time. @default [] */
    synonyms: z.array(z.array(z.string().min(1).max(100)).min(2).max(100)).max(10_000).default([]),
    /** Words protected from decompounding and stemming (brand or product names). @default [] */
    keywords: z.array(z.string().min(1).max(100)).max(10_000).default([]),
    /** Domain words the German decompounder may split into. @default [] */
    compoundWords: z.array(z.string().min(1).max(100)).max(100_000).default([]),
    /** Lowercase words that take a model number ("galaxy" in "Galaxy S23"). @default [] */
    productWords: z.array(z.string().min(1).max(50)).max(10_000).default([]),
    /** Default confidence from which `match` decides `reuse`. @default REUSE_MIN_CONFIDENCE (0.9) */
    reuseMinConfidence: confidence.optional(),
    /** Default confidence from which `match` decides `suggest`. @default SUGGEST_MIN_CONFIDENCE (fitted, about 0.5) */
    suggestMinConfidence: confidence.optional(),
    /** Longest accepted question in characters. @default 2000 */
    maxQueryChars: z.number().int().min(10).max(1_000_000).default(DEFAULT_MAX_QUERY_CHARS),
  })
  .refine(thresholdsInOrder, THRESHOLD_ORDER_ISSUE)

export type FaqIndexOptions = z.input<typeof FaqIndexOptionsSchema>
export type ResolvedFaqIndexOptions = z.output<typeof FaqIndexOptionsSchema>

/**
 * Options of `match`.
 * @example
 * index.match('Router blinkt rot', { limit: 3, filter: { tags: ['router'] } })
 */
export const MatchOptionsSchema = z
  .strictObject({
    /** How many matches to return at most. @default 5 */
    limit: z.number().int().min(1).max(100).default(5),
    /** Analyze the question as this language instead of the index's (or detecting it). */
    lang: z.enum(['de', 'en']).optional(),
    /** Only threads with one of these tags, and/or from one of these channels. */
    filter: z
      .strictObject({
        tags: z.array(z.string().min(1)).min(1).optional(),
        channel: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
      })
      .optional(),
    /** Decide `reuse` from this confidence on. @default the index's reuseMinConfidence */
    reuseMinConfidence: confidence.optional(),
    /** Decide `suggest` from this confidence on. @default the index's suggestMinConfidence */
    suggestMinConfidence: confidence.optional(),
  })
  .refine(thresholdsInOrder, THRESHOLD_ORDER_ISSUE)

export type MatchOptions = z.input<typeof MatchOptionsSchema>
export type ResolvedMatchOptions = z.output<typeof MatchOptionsSchema>

/** Options of `addAll`. */
export const AddAllOptionsSchema = z
  .strictObject({
    /** Called with (done, total) while indexing; at most every 1% of the batch. */
    onProgress: z.custom<(done: number, total: number) => void>((v) => typeof v === 'function', { message: 'must be a function' }).optional(),
  })

export type AddAllOptions = z.input<typeof AddAllOptionsSchema>
