import { z } from 'zod'
import { ThreadSchema } from './thread.js'

/**
 * Snapshot format version; bumped whenever the layout changes (2: term dictionary + encoded ids;
 * 3: the word index in MiniSearch's own serialized form; 4: only its average field lengths, the
 * rest rebuilt from the analyzed threads).
 */
export const SNAPSHOT_VERSION = 4

const stringList = z.array(z.string())

/**
 * A serialised index: its options, the (redacted) threads, what the analyzer made of them (so
 * loading needs no re-analysis), the decompounding vocabulary learned from the corpus, and feedback.
 * The analyzed form is compact: `strings` holds every term, word and product once, most frequent
 * first; each entry of `analyzed` is one thread's flag character (d/D/e/E: language, upper case
 * when the question is negated) and five `|`-separated id lists (question terms, answer terms,
 * tag terms, n-gram words, products) in the encoding of `snapshot-codec.ts`; `lexicon` is an id
 * list too. `words` holds the word index's average field lengths (question, answer, tags): its
 * postings and field lengths follow from the analyzed threads and are rebuilt at load straight
 * into MiniSearch's maps, instead of indexing every thread again.
 * `staleGrams` is what removed threads still weigh in the n-gram index's document frequencies
 * until it compacts (usually nothing), so that a loaded index scores exactly like the saved one.
 * The bulk is checked structurally while decoding, not by zod, which is what makes loading
 * several times faster than indexing.
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
  words: z.strictObject({ averageFieldLength: z.array(z.number().nonnegative()).length(3) }),
  staleGrams: z.strictObject({ slots: z.number().int().nonnegative(), grams: z.array(z.tuple([z.string().min(1), z.number().int().positive()])) }),
  feedback: z.strictObject({
    rejected: z.array(z.tuple([z.string(), stringList])),
    confirmed: z.array(z.tuple([z.string(), z.number().int().min(0)])),
  }),
})

export type FaqIndexSnapshot = z.output<typeof SnapshotSchema>

/**
 * First line of a snapshot as JSON Lines (`snapshotLines`): everything of `FaqIndexSnapshot`
 * but its three long lists, which follow in lines of their own (`{"strings":[…]}`, then
 * `{"threads":[…],"analyzed":[…]}`), and how many items those lines hold, so that a truncated
 * stream is told from a complete one.
 */
export const SnapshotLinesHeaderSchema = z.strictObject({
  format: z.literal('faqmatch-index-lines'),
  version: z.number().int(),
  analyzerFingerprint: SnapshotSchema.shape.analyzerFingerprint,
  options: SnapshotSchema.shape.options,
  threadCount: z.number().int().nonnegative(),
  stringCount: z.number().int().nonnegative(),
  lexicon: SnapshotSchema.shape.lexicon,
  words: SnapshotSchema.shape.words,
  staleGrams: SnapshotSchema.shape.staleGrams,
  feedback: SnapshotSchema.shape.feedback,
})

export type SnapshotLinesHeader = z.output<typeof SnapshotLinesHeaderSchema>

/** A line after the header: a run of `strings`, or a run of `threads` with their `analyzed` forms. */
export const SnapshotLinesChunkSchema = z.union([
  z.strictObject({ strings: SnapshotSchema.shape.strings }),
  z.strictObject({ threads: z.array(z.unknown()), analyzed: SnapshotSchema.shape.analyzed }),
])
