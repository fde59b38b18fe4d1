import type { Redaction } from '../../privacy/redaction.js'

/** The formats `faqmatch redact` understands; each keeps the file's structure while redacting its text. */
export const REDACT_FORMATS = ['text', 'jsonl', 'json', 'csv'] as const
export type RedactFormat = (typeof REDACT_FORMATS)[number]

/** The string fields of a JSON/JSONL record, and the CSV columns, redacted unless `--fields` says otherwise. */
export const DEFAULT_REDACT_FIELDS: readonly string[] = ['question', 'answer', 'text', 'variants']

/** The file argument that means "read stdin". */
export const STDIN_PATH = '-'

/** A redacted file: its new content and every redaction made, for the summary line. */
export interface RedactedFile {
  readonly text: string
  readonly redactions: readonly Redaction[]
}

/** Options shared by the format readers. */
export interface RedactFileOptions {
  /** Field or column names to redact (JSON, JSONL, CSV). */
  readonly fields: readonly string[]
  /** Also redact names after greetings (opt-in in `redact()`). */
  readonly names: boolean
  /** The file name, for error messages with line numbers. */
  readonly file: string
}

/** The format of a file from its extension; anything unknown is plain text. */
export function formatOfFile(path: string): RedactFormat {
  const lower = path.toLowerCase()
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl'
  if (lower.endsWith('.json')) return 'json'
  if (lower.endsWith('.csv')) return 'csv'
  return 'text'
}
