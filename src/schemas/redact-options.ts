import { z } from 'zod'

/**
 * Every kind of personal data `redact()` knows, most specific first.
 * The order is the tie-break when two detections cover exactly the same text.
 */
export const PII_KINDS = ['iban', 'customer-id', 'card', 'email', 'ip', 'birthdate', 'phone', 'address', 'name'] as const

/** A kind of personal data with a built-in detector. */
export type PiiKind = (typeof PII_KINDS)[number]

/**
 * Kinds that are off unless asked for: name detection guesses from greetings and sign-offs,
 * so it also hits brands and teams ("Hallo Telekom-Team") now and then.
 */
export const OPT_IN_KINDS: readonly PiiKind[] = ['name']

/** Kinds on by default: all except the opt-in ones. */
export const DEFAULT_KINDS: readonly PiiKind[] = PII_KINDS.filter((kind) => !OPT_IN_KINDS.includes(kind))

/**
 * A kind name for user patterns: letters, `-` and `_`, so its placeholder (`⟨MY_KIND⟩`)
 * stays inside `PLACEHOLDER_PATTERN` and the tokenizer keeps it as one token.
 */
export const KIND_NAME_PATTERN = /^[A-Za-z][A-Za-z_-]{0,29}$/

const kindName = z.string().regex(KIND_NAME_PATTERN, { message: 'must be 1–30 letters, "-" or "_", starting with a letter' })

/** A user-supplied detector: every match of `pattern` is redacted as `kind`. */
export const UserPatternSchema = z.strictObject({
  /** Kind reported in `redactions` and used for the placeholder (`ticket-id` → `⟨TICKET_ID⟩`). */
  kind: kindName,
  /** Matches to redact; the `g` flag is added when missing. Empty matches are ignored. */
  pattern: z.instanceof(RegExp, { message: 'must be a RegExp' }),
})

/**
 * Options of `redact()`.
 * @example
 * { kinds: ['email', 'phone'], names: true, patterns: [{ kind: 'ticket-id', pattern: /\bTK-\d{6}\b/ }] }
 */
export const RedactOptionsSchema = z.strictObject({
  /**
   * Which built-in detectors run. `[]` runs only your `patterns`.
   * @default every kind except 'name' (see `names`)
   */
  kinds: z.array(z.enum(PII_KINDS)).optional(),
  /**
   * Text that replaces a detection, given its kind. Only the default placeholders
   * (`⟨EMAIL⟩`, …) are guaranteed to survive a second `redact()` unchanged.
   * @default (kind) => placeholderFor(kind), e.g. '⟨PHONE⟩'
   */
  placeholder: z
    .custom<(kind: string) => string>((value) => typeof value === 'function', { message: 'must be a function (kind) => string' })
    .optional(),
  /**
   * Extra detectors for data only you know the shape of. On a tie with a built-in
   * detection of the same span, yours wins.
   * @default []
   */
  patterns: z.array(UserPatternSchema).max(100).default([]),
  /**
   * Also redact names after greetings, sign-offs and "Mein Name ist" (adds 'name' to `kinds`).
   * @default false
   */
  names: z.boolean().default(false),
  /**
   * Copy each redacted original text into `redactions[i].value`. Off by default so that
   * the result can be logged or stored without leaking what was removed.
   * @default false
   */
  includeValues: z.boolean().default(false),
})

/** Options of `redact()` as a caller writes them. */
export type RedactOptions = z.input<typeof RedactOptionsSchema>
/** Options of `redact()` after validation, with defaults filled in. */
export type ParsedRedactOptions = z.output<typeof RedactOptionsSchema>
