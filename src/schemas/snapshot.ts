import { z } from 'zod'
import { ThreadSchema } from './thread.js'

/** Snapshot format version; bumped whenever the layout changes. */
export const SNAPSHOT_VERSION = 1

const stringList = z.array(z.string())

/** One thread's analyzed form: terms joined by spaces (terms never contain spaces). */
const AnalyzedThreadSchema = z.strictObject({
  lang: z.enum(['de', 'en']),
  q: z.string(),
  a: z.string(),
  t: z.string(),
  g: z.string(),
  p: stringList,
  n: z.boolean(),
})

/**
 * A serialised index: its options, the (redacted) threads, what the analyzer made of them (so
 * loading needs no re-analysis), the decompounding vocabulary learned from the corpus, and feedback.
 */
export const SnapshotSchema = z.strictObject({
  format: z.literal('faqmatch-index'),
  version: z.number().int(),
  analyzerFingerprint: z.record(z.string(), z.string()),
  options: z.record(z.string(), z.unknown()),
  threads: z.array(ThreadSchema),
  analyzed: z.array(AnalyzedThreadSchema),
  lexicon: stringList,
  feedback: z.strictObject({
    rejected: z.array(z.tuple([z.string(), stringList])),
    confirmed: z.array(z.tuple([z.string(), z.number().int().min(0)])),
  }),
})

export type FaqIndexSnapshot = z.output<typeof SnapshotSchema>
