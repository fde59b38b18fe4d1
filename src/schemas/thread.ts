import { z } from 'zod'

/** Longest question or variant we index; longer texts are almost always pasted mails or logs. */
export const MAX_QUESTION_CHARS = 10_000
/** Longest answer we index (a long knowledge-base article fits). */
export const MAX_ANSWER_CHARS = 200_000

const nonEmpty = (max: number) =>
  z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' })

/**
 * An answered thread as given to `add`/`addAll`.
 * @example
 * { id: 'rechnung-adresse', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Im Kundencenter unter …', lang: 'de', tags: ['rechnung'] }
 */
export const ThreadSchema = z.strictObject({
  /** Stable, unique id of the thread (1–200 characters). */
  id: z.string().min(1, { message: 'must not be empty' }).max(200),
  /** The question as the customer asked it (or its canonical wording). */
  question: nonEmpty(MAX_QUESTION_CHARS),
  /** The answer to reuse; may be empty for threads not answered yet. @default '' */
  answer: z.string().max(MAX_ANSWER_CHARS).default(''),
  /** Language of the thread; detected when missing. */
  lang: z.enum(['de', 'en']).optional(),
  /** Other wordings of the same question. @default [] */
  variants: z.array(nonEmpty(MAX_QUESTION_CHARS)).max(1000).optional(),
  /** Topic tags (`rechnung`, `router`); usable as a match filter. */
  tags: z.array(z.string().min(1).max(100)).max(100).optional(),
  /** Where the thread came from (`community`, `twitter`, `email`, …). */
  channel: z.string().min(1).max(100).optional(),
  /** ISO 8601 time the question was asked. */
  createdAt: z.iso.datetime({ offset: true, local: true }).or(z.iso.date()).optional(),
  /** Link to the original thread. */
  url: z.string().max(2000).optional(),
  /** Free-form data, stored and returned as it is (JSON-serialisable). */
  meta: z.record(z.string(), z.unknown()).optional(),
})

/** A thread as accepted by `add` (optional fields may be missing). */
export type ThreadInput = z.input<typeof ThreadSchema>

/**
 * A labelled question for evaluation: the ids of the threads that answer it (`[]`: none does).
 * Same layout as the evaluation datasets' queries.jsonl.
 */
export const LabelledQuerySchema = z.strictObject({
  id: z.string().min(1).max(200),
  text: nonEmpty(MAX_QUESTION_CHARS),
  relevant: z.array(z.string().min(1)),
  lang: z.enum(['de', 'en']).optional(),
  tags: z.array(z.string()).optional(),
  /** Why this query is in the set (near miss, typo, …); ignored by evaluation. */
  note: z.string().optional(),
})

export type LabelledQuery = z.output<typeof LabelledQuerySchema>
