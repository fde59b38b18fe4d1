/**
 * A value as JSON text for stdout, ending in a newline. Pretty (two spaces) for one result,
 * compact for one-result-per-line output (`repl --json` writes JSON Lines).
 */
export function formatJson(value: unknown, layout: 'pretty' | 'line' = 'pretty'): string {
  return JSON.stringify(value, null, layout === 'pretty' ? 2 : undefined) + '\n'
}
