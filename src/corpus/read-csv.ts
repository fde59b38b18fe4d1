import { createRequire } from 'node:module'
import { withoutBom, type ParsedRows } from './read-rows.js'

type ParseCsv = (text: string, options: Record<string, unknown>) => unknown
// Loaded on first CSV only: keeps `import 'faqmatch'` fast for apps that never read a corpus file.
let parse: ParseCsv | undefined

/** Columns that hold lists: `a|b|c` or a JSON array in one cell. */
const LIST_COLUMNS = new Set(['tags', 'variants', 'relevant'])

/**
 * CSV as spreadsheets export it: UTF-8 with or without BOM, `;` or `,` (whichever the header line
 * uses more), quoted fields with line breaks. The header names the fields; empty cells are missing
 * fields. Rows are numbered by the physical line they start on.
 */
export function readCsv(text: string): ParsedRows | { error: string } {
  const body = withoutBom(text)
  const header = body.slice(0, body.search(/\r?\n/) === -1 ? body.length : body.search(/\r?\n/))
  const delimiter = count(header, ';') > count(header, ',') ? ';' : ','
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>
  parse ??= (createRequire(import.meta.url)('csv-parse/sync') as { parse: ParseCsv }).parse
  try {
    records = parse(body, { columns: true, delimiter, skip_empty_lines: true, info: true, trim: false, relax_column_count: false }) as typeof records
  } catch (error) {
    return { error: `not valid CSV (${(error as Error).message})` }
  }
  const rows: ParsedRows['rows'] = []
  let previousEnd = 1 // the header line
  for (const { record, info } of records) {
    // info.lines is the line the record ends on; it starts right after the previous one ended.
    rows.push({ line: previousEnd + 1, value: toObject(record) })
    previousEnd = info.lines
  }
  return { rows, problems: [] }
}

function toObject(record: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, cell] of Object.entries(record)) {
    const name = key.trim()
    if (cell === '' || name === '') continue
    out[name] = LIST_COLUMNS.has(name) ? toList(cell) : cell
  }
  // A thread row without an answer column value is still a thread.
  return out
}

function toList(cell: string): unknown {
  const trimmed = cell.trim()
  if (trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed)
    } catch {
      return trimmed
    }
  }
  return trimmed.split('|').map((part) => part.trim()).filter(Boolean)
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}
