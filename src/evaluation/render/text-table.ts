/** Column alignment: numbers right, words left. */
export type Alignment = 'left' | 'right'

/** Longest cell text in a plain-text table; longer text (a pasted question) ends in "…". */
export const MAX_CELL_CHARS = 60

/** Length in user-perceived characters, so "Kündigung" with a decomposed ü still lines up. */
function displayLength(text: string): number {
  return [...text.normalize('NFC')].length
}

/**
 * Cuts `text` to `maxChars` characters, ending in "…", and puts it on one line.
 * @example
 * truncate('Wie ändere ich meine Rechnungsadresse?', 20) //=> 'Wie ändere ich mein…'
 */
export function truncate(text: string, maxChars = MAX_CELL_CHARS): string {
  const oneLine = text.normalize('NFC').replace(/\s+/g, ' ').trim()
  const chars = [...oneLine]
  return chars.length <= maxChars ? oneLine : chars.slice(0, maxChars - 1).join('') + '…'
}

/**
 * Lays out rows as a plain-text table: a header, a rule, and the columns padded with spaces.
 * Cells are used as they are (call `truncate` on free text first). Trailing spaces are trimmed.
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Alignment[]): string {
  const widths = header.map((h, c) => Math.max(displayLength(h), ...rows.map((r) => displayLength(r[c] ?? ''))))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - displayLength(cell))
        return align[c] === 'right' ? pad + cell : cell + pad
      })
      .join('  ')
      .trimEnd()
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
