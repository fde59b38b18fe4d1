import { z } from 'zod'

/**
 * Options of `loadCorpus`.
 * @example
 * await loadCorpus('corpus/de-service', { skipInvalid: true })
 */
export const CorpusOptionsSchema = z.strictObject({
  /** Load the valid rows and report the bad ones in `skipped` instead of throwing. @default false */
  skipInvalid: z.boolean().default(false),
  /** What a single file holds (a directory has threads.* and optionally queries.*). @default 'threads' */
  kind: z.enum(['threads', 'queries']).default('threads'),
})

export type CorpusOptions = z.input<typeof CorpusOptionsSchema>
