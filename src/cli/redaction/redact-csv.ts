import type { Redaction } from '../../privacy/redaction.js'
import type { RedactedFile, RedactFileOptions } from './redacted-file.js'
import { redactString } from './redact-record.js'
import { guessDelimiter, scanCsv, type CsvRow } from './scan-csv.js'

/**
 * Redacts a CSV file cell by cell. With a header row naming some of `fields`, only those columns
 * are redacted; without one, every cell is. Cells without personal data, quoting, delimiters and
 * line endings stay byte for byte; a changed cell is quoted again if it was quoted.
 */
export function redactCsv(text: string, options: RedactFileOptions): RedactedFile {
  const delimiter = guessDelimiter(text)
  const rows = scanCsv(text, delimiter, options.file)
  const columns = columnsToRedact(rows[0], options.fields)
  const found: Redaction[] = []
  let out = ''
  let at = 0
  rows.forEach((row, r) => {
    if (columns && r === 0) return
    row.cells.forEach((cell, c) => {
      if (columns && !columns.has(c)) return
      const redacted = redactString(cell.value, options.names, found)
      if (redacted === cell.value) return
      out += text.slice(at, cell.start) + (cell.quoted ? `"${redacted.replaceAll('"', '""')}"` : redacted)
      at = cell.end
    })
  })
  return { text: out + text.slice(at), redactions: found }
}

/** Column numbers whose header is one of `fields`; undefined when the first row names none (no header). */
function columnsToRedact(header: CsvRow | undefined, fields: readonly string[]): Set<number> | undefined {
  if (!header) return undefined
  const wanted = new Set(fields.map((f) => f.toLowerCase()))
  const columns = new Set(header.cells.flatMap((cell, c) => (wanted.has(cell.value.trim().toLowerCase()) ? [c] : [])))
  return columns.size > 0 ? columns : undefined
}
