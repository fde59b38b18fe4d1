// Renders rows as a GitHub markdown table; numbers are right-aligned.

/**
 * @param {string[]} headers
 * @param {(string | number)[][]} rows already formatted cells (numbers are printed with String())
 * @param {('l' | 'r')[]} [align] per column; defaults to right for numeric-looking first-row cells
 */
export function markdownTable(headers, rows, align) {
  const cells = rows.map((row) => row.map((cell) => (cell === undefined || cell === null ? '' : String(cell))))
  const looksNumeric = (s) => /^[-+−]?[\d.,]+(\s?[%×a-zµ/]*)?$/i.test(s)
  const aligns = align ?? headers.map((_, i) => (cells.length && looksNumeric(cells[0][i] ?? '') ? 'r' : 'l'))
  const widths = headers.map((h, i) => Math.max(3, h.length, ...cells.map((r) => (r[i] ?? '').length)))
  const pad = (s, i) => (aligns[i] === 'r' ? s.padStart(widths[i]) : s.padEnd(widths[i]))
  const line = (r) => `| ${r.map((c, i) => pad(c ?? '', i)).join(' | ')} |`
  const rule = `|${widths.map((w, i) => (aligns[i] === 'r' ? '-'.repeat(w + 1) + ':' : ':' + '-'.repeat(w + 1))).join('|')}|`
  return [line(headers), rule, ...cells.map(line)].join('\n')
}
