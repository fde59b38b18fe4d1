/** A raw row of a corpus file with the line it starts on (1-based), before validation. */
export interface RawRow {
  readonly line: number
  readonly value: unknown
}

/** A row that could not even be parsed (bad JSON), with its line. */
export interface RowProblem {
  readonly line: number
  readonly message: string
}

export interface ParsedRows {
  readonly rows: RawRow[]
  readonly problems: RowProblem[]
}

/** Strips a UTF-8 byte order mark: spreadsheets write one. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
