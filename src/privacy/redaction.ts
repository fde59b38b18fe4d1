import type { PiiKind } from '../schemas/redact-options.js'

/** One redacted span. `start`/`end` are offsets into the original text, `[start, end)`. */
export interface Redaction {
  /** A built-in kind, or the `kind` of one of your `patterns`. */
  readonly kind: PiiKind | (string & {})
  readonly start: number
  readonly end: number
  /** The original text, only with `{ includeValues: true }`. */
  readonly value?: string
}

/** What `redact()` returns: the text with placeholders, and what was replaced, in text order. */
export interface RedactResult {
  readonly text: string
  readonly redactions: readonly Redaction[]
}
