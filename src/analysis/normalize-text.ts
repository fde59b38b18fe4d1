/**
 * Text normalization before tokenizing: Unicode NFKC per character cluster, typographic quotes and
 * dashes to ASCII, zero-width characters and soft hyphens removed, any run of whitespace to one space.
 * Keeps a map back to the input so tokens can point at the customer's original characters.
 */

/**
 * A normalized text and, per UTF-16 unit of it, the span of input it came from (read them with
 * `sourceStartOf` / `sourceEndOf`). Most texts need no normalizing; for them the maps are left
 * out (undefined: `text[i]` is input character `i`), which saves two arrays per analyzed text.
 */
export interface NormalizedText {
  readonly text: string
  /** `sourceStart[i]`: offset in the input where the cluster behind `text[i]` starts. */
  readonly sourceStart?: Uint32Array
  /** `sourceEnd[i]`: offset in the input where that cluster ends. */
  readonly sourceEnd?: Uint32Array
}

/** Offset in the input where the cluster behind `text[i]` starts. */
export function sourceStartOf(normalized: NormalizedText, i: number): number {
  return normalized.sourceStart ? normalized.sourceStart[i]! : i
}

/** Offset in the input where the cluster behind `text[i]` ends. */
export function sourceEndOf(normalized: NormalizedText, i: number): number {
  return normalized.sourceEnd ? normalized.sourceEnd[i]! : i + 1
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
const CLUSTER = /[^\p{M}][\p{M}]*|[\p{M}]+/ysu

/**
 * Normalizes text for analysis and keeps the offset map.
 * @example
 * normalizeText('Passwo\u0308rter\u200B vergessen').text //=> 'Passwörter vergessen'
 */
export function normalizeText(input: string): NormalizedText {
  const stable = stableRunEnd(input, 0)
  if (stable === input.length) return { text: input.charCodeAt(stable - 1) === 0x20 ? input.slice(0, -1) : input }
  const out = new OffsetBuilder(input.length)
  let lastWasSpace = true // trims leading whitespace
  let i = 0
  while (i < input.length) {
    // Fast path: a run of characters that normalize to themselves (most of any text): printable
    // ASCII, Latin-1 letters (ä, ö, ü, ß, é), and single spaces between them.
    let j = stableRunEnd(input, i)
    // A combining mark after the run belongs to the run's last character.
    if (j > i && j < input.length && input.charCodeAt(j) >= 0x300 && MARK.test(input[j]!)) j--
    if (j > i) {
      out.pushRun(input, i, j)
      lastWasSpace = input.charCodeAt(j - 1) === 0x20
      i = j
      continue
    }
    CLUSTER.lastIndex = i
    const cluster = CLUSTER.exec(input)![0]
    const end = i + cluster.length
    let text: string
    if (INVISIBLE.test(cluster)) text = ''
    else if (WHITESPACE.test(cluster)) text = ' '
    else if (QUOTES[cluster] !== undefined) text = QUOTES[cluster]!
    else if (DASHES.test(cluster)) text = '-'
    else text = cluster.normalize('NFKC')
    if (text === ' ') {
      if (!lastWasSpace) out.push(' ', i, end)
      lastWasSpace = true
    } else if (text !== '') {
      out.push(text, i, end)
      lastWasSpace = false
    }
    i = end
  }
  return out.finish()
}

const MARK = /\p{M}/u

/** End of the run from `i` of characters that normalize to themselves, single inner spaces included. */
function stableRunEnd(input: string, i: number): number {
  let j = i
  while (j < input.length) {
    const code = input.charCodeAt(j)
    if (isStable(code) || (code === 0x20 && j > i && input.charCodeAt(j - 1) !== 0x20)) j++
    else break
  }
  return j
}

/**
 * Printable ASCII except the backtick (a quote we rewrite), and U+00C0–U+00FF: Latin-1 letters,
 * × and ÷, each its own NFKC form (checked in the tests). Not the space: runs of it collapse.
 */
function isStable(code: number): boolean {
  return (code > 0x20 && code < 0x7f && code !== 0x60) || (code >= 0xc0 && code <= 0xff)
}

/** Collects output text with, per UTF-16 unit, the input span it came from. */
class OffsetBuilder {
  private readonly parts: string[] = []
  private starts: Uint32Array
  private ends: Uint32Array
  private length = 0

  constructor(capacity: number) {
    this.starts = new Uint32Array(capacity + 16)
    this.ends = new Uint32Array(capacity + 16)
  }

  /** Input characters copied one to one. */
  pushRun(input: string, from: number, to: number): void {
    this.reserve(to - from)
    for (let k = from; k < to; k++) {
      this.starts[this.length] = k
      this.ends[this.length++] = k + 1
    }
    this.parts.push(input.slice(from, to))
  }

  /** Replacement text for the input span [start, end). */
  push(text: string, start: number, end: number): void {
    this.reserve(text.length)
    for (let k = 0; k < text.length; k++) {
      this.starts[this.length] = start
      this.ends[this.length++] = end
    }
    this.parts.push(text)
  }

  finish(): NormalizedText {
    let text = this.parts.join('')
    let length = this.length
    if (text.endsWith(' ')) {
      text = text.slice(0, -1)
      length--
    }
    return { text, sourceStart: this.starts.subarray(0, length), sourceEnd: this.ends.subarray(0, length) }
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.starts.length) return
    const size = Math.max(this.starts.length * 2, this.length + extra)
    const starts = new Uint32Array(size)
    const ends = new Uint32Array(size)
    starts.set(this.starts)
    ends.set(this.ends)
    this.starts = starts
    this.ends = ends
  }
}
