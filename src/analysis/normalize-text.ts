/**
 * Text normalization before tokenizing: Unicode NFKC per character cluster, typographic quotes and
 * dashes to ASCII, zero-width characters and soft hyphens removed, any run of whitespace to one space.
 * Keeps a map back to the input so tokens can point at the customer's original characters.
 */

/** A normalized text and, per UTF-16 unit of it, the span of input it came from. */
export interface NormalizedText {
  readonly text: string
  /** `sourceStart[i]`: offset in the input where the cluster behind `text[i]` starts. */
  readonly sourceStart: Uint32Array
  /** `sourceEnd[i]`: offset in the input where that cluster ends. */
  readonly sourceEnd: Uint32Array
}

// Zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks: invisible, split words when left in.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E]/u
const QUOTES: Readonly<Record<string, string>> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2039': "'", '\u203A': "'", '\u00B4': "'", '\u0060': "'",
}
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u
const WHITESPACE = /\s/u
// A base character with its combining marks: normalizing whole clusters keeps "u" + U+0308 one "ü".
const CLUSTER = /[^\p{M}][\p{M}]*|[\p{M}]+/gsu

/**
 * Normalizes text for analysis and keeps the offset map.
 * @example
 * normalizeText('Passwo\u0308rter\u200B vergessen').text //=> 'Passwörter vergessen'
 */
export function normalizeText(input: string): NormalizedText {
  const chars: string[] = []
  const starts: number[] = []
  const ends: number[] = []
  let lastWasSpace = true // trims leading whitespace
  for (const match of input.matchAll(CLUSTER)) {
    const cluster = match[0]
    const start = match.index
    const end = start + cluster.length
    let out: string
    if (INVISIBLE.test(cluster)) continue
    if (WHITESPACE.test(cluster)) out = ' '
    else if (QUOTES[cluster] !== undefined) out = QUOTES[cluster]!
    else if (DASHES.test(cluster)) out = '-'
    else out = cluster.normalize('NFKC')
    if (out === ' ') {
      if (lastWasSpace) continue
      lastWasSpace = true
    } else {
      lastWasSpace = false
    }
    for (let i = 0; i < out.length; i++) {
      chars.push(out[i]!)
      starts.push(start)
      ends.push(end)
    }
  }
  if (chars.length > 0 && chars[chars.length - 1] === ' ') {
    chars.pop()
    starts.pop()
    ends.pop()
  }
  return { text: chars.join(''), sourceStart: Uint32Array.from(starts), sourceEnd: Uint32Array.from(ends) }
}
