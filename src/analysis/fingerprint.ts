import type { TokenFilter } from './stage.js'

/** Bumped when the tokenizer or a stage changes behaviour without changing its name or options. */
export const ANALYSIS_VERSION = 1

/** A short, stable digest (FNV-1a, 32 bit) of a word list or options, so data changes show. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/**
 * Describes an analysis chain: stage names in order, with their options and data checksums.
 * Two analyzers with the same fingerprint produce the same terms, so a snapshot made with one can be
 * queried with the other.
 * @example
 * analyzerFingerprint('de', [lowercaseFilter]) //=> 'v1:de:lowercase'
 */
export function analyzerFingerprint(language: string, filters: readonly TokenFilter[], extra: Readonly<Record<string, unknown>> = {}): string {
  const stages = filters.map((f) => (f.options && Object.keys(f.options).length ? `${f.name}(${stableJson(f.options)})` : f.name))
  const tail = Object.keys(extra).length ? `|${stableJson(extra)}` : ''
  return `v${ANALYSIS_VERSION}:${language}:${stages.join('>')}${tail}`
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`
}
