import { InputDataError } from '../errors.js'

/** One CSV cell: its value and where its raw text (quotes included) sits in the file. */
export interface CsvCell {
  readonly value: string
  readonly start: number
  readonly end: number
  readonly quoted: boolean
}

/** A CSV row and the line it starts on (1-based), for messages. */
export interface CsvRow {
  readonly cells: readonly CsvCell[]
  readonly line: number
}

/**
 * Finds the cells of a CSV text (RFC 4180: quotes, doubled quotes, line breaks inside quotes,
 * `\n` or `\r\n` rows) with their positions, so `redactCsv` can replace cell text and leave every
 * other byte of the file as it was. Parsing into values alone (as a corpus reader does) would lose
 * the file's quoting and line endings. An unclosed quote throws InputDataError with its line.
 */
export function scanCsv(text: string, delimiter: string, file: string): CsvRow[] {
  const rows: CsvRow[] = []
  let cells: CsvCell[] = []
  let line = 1
  let rowLine = 1
  let i = 0
  while (i < text.length) {
    let cell: CsvCell
    if (text[i] === '"') {
      const start = i
      const startLine = line
      let value = ''
      let j = i + 1
      for (;;) {
        const quote = text.indexOf('"', j)
        if (quote === -1) throw new InputDataError(`${file} line ${startLine}`, 'quoted cell is never closed', 'Close the quote, or use --format text.')
        const chunk = text.slice(j, quote)
        value += chunk
        line += countNewlines(chunk)
        if (text[quote + 1] === '"') {
          value += '"'
          j = quote + 2
        } else {
          j = quote + 1
          break
        }
      }
      // Tolerate stray text between the closing quote and the delimiter; it stays as it is.
      while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++
      cell = { value, start, end: j, quoted: true }
      i = j
    } else {
      let j = i
      while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && !(text[j] === '\r' && text[j + 1] === '\n')) j++
      cell = { value: text.slice(i, j), start: i, end: j, quoted: false }
      i = j
    }
    cells.push(cell)
    if (text[i] === delimiter) {
      i++
      if (i === text.length) cells.push({ value: '', start: i, end: i, quoted: false })
      continue
    }
    // End of row: a line break or the end of the text.
    rows.push({ cells, line: rowLine })
    cells = []
    if (text[i] === '\r') i++
    if (text[i] === '\n') {
      i++
      line++
    }
    rowLine = line
  }
  return rows
}

function countNewlines(text: string): number {
  let count = 0
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++
  return count
}

/** `;` when the header line has more semicolons than commas (German spreadsheet exports), otherwise `,`. */
export function guessDelimiter(text: string): ',' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const count = (char: string) => firstLine.split(char).length - 1
  return count(';') > count(',') ? ';' : ','
}
