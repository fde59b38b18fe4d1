// Number formatting for result tables, so every table rounds the same way.

export const fixed = (x, digits = 3) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits))
export const percent = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? '–' : `${(x * 100).toFixed(digits)}%`)
export const signed = (x, digits = 3) => (x === null || x === undefined || Number.isNaN(x) ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`)
export const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3))
export const integer = (x) => (x === null || x === undefined || Number.isNaN(x) ? '–' : Math.round(x).toLocaleString('en-US'))
export const bytes = (x) => {
  if (x === null || x === undefined || Number.isNaN(x)) return '–'
  const units = ['B', 'KB', 'MB', 'GB']
  let v = x, u = 0
  while (Math.abs(v) >= 1024 && u < units.length - 1) { v /= 1024; u++ }
  return `${v.toFixed(u === 0 ? 0 : 1)} ${units[u]}`
}
