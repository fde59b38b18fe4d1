/** Matches ANSI color sequences, which take no room on screen. */
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001b\[[0-9;]*m/g

/** Width of text on screen: without color codes, counting code points (umlauts are one column). */
export function visibleWidth(text: string): number {
  return [...text.replace(ANSI_SEQUENCE, '')].length
}

export interface TableOptions {
  /** Per column: 'right' for numbers. @default 'left' for every column */
  readonly align?: readonly ('left' | 'right')[]
  /** Text between columns. @default two spaces */
  readonly gap?: string
  /** Prefix of every line. @default '' */
  readonly indent?: string
}

/**
 * Rows as aligned text columns. The last column is not padded, so long text (a thread's question)
 * may run on and wrap without breaking the alignment of the other columns.
 * @example
 * formatTable([['#', 'Konfidenz'], ['1', '97%']], { align: ['right', 'right'] })
 * //=> '#  Konfidenz\n1        97%'
 */
export function formatTable(rows: readonly (readonly string[])[], options: TableOptions = {}): string {
  const { align = [], gap = '  ', indent = '' } = options
  const columns = Math.max(0, ...rows.map((row) => row.length))
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...rows.map((row) => visibleWidth(row[column] ?? ''))))
  return rows
    .map((row) => {
      const cells = row.map((cell, column) => {
        if (column === row.length - 1 && align[column] !== 'right') return cell
        const padding = ' '.repeat(widths[column]! - visibleWidth(cell))
        return align[column] === 'right' ? padding + cell : cell + padding
      })
      return indent + cells.join(gap)
    })
    .join('\n')
}
