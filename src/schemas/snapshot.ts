import { z } from 'zod'
import { ThreadSchema } from './thread.js'

/** Snapshot format version; bumped whenever the layout changes (2: term dictionary + encoded ids). */
export const SNAPSHOT_VERSION = 2

const stringList = z.array(z.string())

/**
 * A serialised index: its options, the (redacted) threads, what the analyzer made of them (so
 * loading needs no re-analysis), the decompounding vocabulary learned from the corpus, and feedback.
 * The analyzed form is compact: `strings` holds every term, word and product once, most frequent
 * first; each entry of `analyzed` is one thread's flag character (d/D/e/E: language, upper case
 * when the question is negated) and five `|`-separated id lists (question terms, answer terms,
 * tag terms, n-gram words, products) in the encoding of `snapshot-codec.ts`; `lexicon` is an id
 * list too. Their bulk is checked structurally while decoding, not by zod, which is what makes
 * loading several times faster than indexing.
 */
export const SnapshotSchema = z.strictObject({
  format: z.literal('faqmatch-index'),
  version: z.number().int(),
  analyzerFingerprint: z.record(z.string(), z.string()),
  options: z.record(z.string(), z.unknown()),
  threads: z.array(ThreadSchema),
  strings: stringList,
  analyzed: stringList,
  lexicon: z.string(),
  feedback: z.strictObject({
    rejected: z.array(z.tuple([z.string(), stringList])),
    confirmed: z.array(z.tuple([z.string(), z.number().int().min(0)])),
  }),
})

export type FaqIndexSnapshot = z.output<typeof SnapshotSchema>
