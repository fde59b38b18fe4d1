/** How the renderers write the report's numbers, so the table and the page read alike. */

/** Placeholder for a share with nothing to measure on (`null` in the report). */
export const NOT_MEASURED = '–'

/**
 * A share 0..1 as a percentage with one decimal, `–` for `null`.
 * @example
 * formatShare(0.6234) //=> '62.3%'
 */
export function formatShare(share: number | null): string {
  return share === null ? NOT_MEASURED : `${(share * 100).toFixed(1)}%`
}

/**
 * A mean reciprocal rank or a confidence with three decimals, `–` for `null`.
 * @example
 * formatScore(0.71234) //=> '0.712'
 */
export function formatScore(value: number | null): string {
  return value === null ? NOT_MEASURED : value.toFixed(3)
}

/**
 * A threshold with two decimals (the curve's steps are 0.05).
 * @example
 * formatThreshold(0.9) //=> '0.90'
 */
export function formatThreshold(value: number): string {
  return value.toFixed(2)
}

/**
 * A count and its share of a total: `12 (5.7%)`.
 * @example
 * formatCount(12, 211) //=> '12 (5.7%)'
 */
export function formatCount(count: number, total: number): string {
  return total === 0 ? String(count) : `${count} (${formatShare(count / total)})`
}
