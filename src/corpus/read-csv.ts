import { createRequire } from 'node:module'
import { withoutBom, type ParsedRows } from './read-rows.js'

interface CsvRecord {
  readonly record: string[]
  /** The record's source text; it may start with the blank lines skipped before it. */
  readonly raw: string
}
type ParseCsv = (text: string, options: Record<string, unknown>) => CsvRecord[]
// Loaded on first CSV only: keeps `import 'faqmatch'` fast for apps that never read a corpus file.
let parse: ParseCsv | undefined

/** Columns that hold lists: `a|b|c` or a JSON array in one cell. */
const LIST_COLUMNS = new Set(['tags', 'variants', 'relevant'])

/**
 * CSV as spreadsheets export it: UTF-8 with or without BOM, `;` or `,` (whichever the header line
 * uses more), quoted fields with line breaks, `\n` or `\r\n` line ends. The header names the fields;
 * empty cells are missing fields. Rows are numbered by the physical line they start on (blank lines
 * and line breaks inside quoted cells counted). A row with more or fewer cells than the header is a
 * bad row, not a broken file: it may be a line break that lost its quotes. Only text csv-parse cannot
 * read at all (an unclosed quote) makes the whole file unreadable.
 */
export function readCsv(text: string): ParsedRows | { error: string } {
  const body = withoutBom(text)
  const firstBreak = body.search(/\r?\n/)
  const header = firstBreak === -1 ? body : body.slice(0, firstBreak)
  const delimiter = count(header, ';') > count(header, ',') ? ';' : ','
  parse ??= (createRequire(import.meta.url)('csv-parse/sync') as { parse: ParseCsv }).parse
  let records: CsvRecord[]
  try {
    records = parse(body, { delimiter, skip_empty_lines: true, relax_column_count: true, raw: true, info: true })
  } catch (error) {
    return { error: `not valid CSV (${(error as Error).message})` }
  }
  const [head, ...data] = records
  if (!head) return { rows: [], problems: [] }
  const columns = head.record.map((name) => name.trim())
  const rows: ParsedRows['rows'] = []
  const problems: ParsedRows['problems'] = []
  const lines = createLineCounter(body)
  lines.lineOf(head.raw)
  for (const { record, raw } of data) {
    const line = lines.lineOf(raw)
    const cells = trimTrailingEmpty(record, columns.length)
    if (cells.length !== columns.length) {
      problems.push({ line, message: `has ${cells.length} cells, the header has ${columns.length} (a line break or "${delimiter}" outside quotes?)` })
      continue
    }
    rows.push({ line, value: toObject(columns, cells) })
  }
  return { rows, problems }
}

/**
 * Finds each record's start line by walking the text once: csv-parse gives the raw text of every
 * record (after any skipped blank lines) but only the line a record ends on.
 */
function createLineCounter(body: string): { lineOf(raw: string): number } {
  let offset = 0
  let line = 1
  const advanceTo = (end: number) => {
    for (let i = offset; i < end; i++) if (body.charCodeAt(i) === 10) line++
    offset = end
  }
  return {
    lineOf(raw) {
      const content = raw.replace(/^[\r\n]+/, '')
      const start = body.indexOf(content, offset)
      advanceTo(start === -1 ? offset : start)
      const startLine = line
      advanceTo(start === -1 ? offset : start + content.length)
      return startLine
    },
  }
}

/** Spreadsheets often end rows with empty cells past the last column (`a;b;`); those are no data. */
function trimTrailingEmpty(cells: readonly string[], width: number): readonly string[] {
  let end = cells.length
  while (end > width && cells[end - 1]!.trim() === '') end--
  return end === cells.length ? cells : cells.slice(0, end)
}

function toObject(columns: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  columns.forEach((name, i) => {
    const cell = cells[i] ?? ''
    if (cell === '' || name === '') return
    out[name] = LIST_COLUMNS.has(name) ? toList(cell) : cell
  })
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
  return trimmed
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean)
}

function count(text: string, char: string): number {
  return text.split(char).length - 1
}
