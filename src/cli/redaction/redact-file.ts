import type { RedactedFile, RedactFileOptions, RedactFormat } from './redacted-file.js'
import { redactCsv } from './redact-csv.js'
import { redactJson } from './redact-json.js'
import { redactJsonl } from './redact-jsonl.js'
import { redactString } from './redact-record.js'
import type { Redaction } from '../../privacy/redaction.js'

/** Redacts a file's text in the given format, keeping its structure. */
export function redactFileText(text: string, format: RedactFormat, options: RedactFileOptions): RedactedFile {
  switch (format) {
    case 'jsonl':
      return redactJsonl(text, options)
    case 'json':
      return redactJson(text, options)
    case 'csv':
      return redactCsv(text, options)
    case 'text': {
      const found: Redaction[] = []
      return { text: redactString(text, options.names, found), redactions: found }
    }
  }
}
