/**
 * Compact text encoding of integer lists for snapshots: each number is written in base 45 with
 * JSON-safe ASCII digits (no quote, backslash or `|`), the last digit of a number from one half of
 * the alphabet and the others from the other half, so numbers need no separator. With ids ordered
 * by frequency, most terms cost one or two characters, and JSON.parse hands back one flat string
 * per thread instead of thousands of small objects.
 */
const ALPHABET = [...Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))].filter((c) => c !== '"' && c !== '\\' && c !== '|').slice(0, 90).join('')
const BASE = 45
/** Separates the lists of one encoded record. */
export const LIST_SEPARATOR = '|'
/** char code → digit (0–44 last digit, 45–89 leading digit), -1 for anything else. */
const DIGITS = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) DIGITS[ALPHABET.charCodeAt(i)] = i

/** Appends the encoding of a non-negative integer list. */
export function encodeIds(ids: readonly number[]): string {
  let out = ''
  for (const id of ids) {
    let value = id
    let digits = ALPHABET[value % BASE]!
    value = Math.floor(value / BASE)
    while (value > 0) {
      digits = ALPHABET[BASE + (value % BASE)]! + digits
      value = Math.floor(value / BASE)
    }
    out += digits
  }
  return out
}

/**
 * Decodes `text` from `start` to `end` (exclusive) into an array of exact length. Returns
 * undefined when the text is damaged: a foreign character, a number cut off, an id ≥ `limit`.
 */
export function decodeIds(text: string, start: number, end: number, limit: number): number[] | undefined {
  let count = 0
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i)
    const digit = code < 128 ? DIGITS[code]! : -1
    if (digit < 0) return undefined
    if (digit < BASE) count++
  }
  const out = new Array<number>(count)
  let value = 0
  let pending = false
  let n = 0
  for (let i = start; i < end; i++) {
    const digit = DIGITS[text.charCodeAt(i)]!
    if (digit >= BASE) {
      value = value * BASE + (digit - BASE)
      pending = true
    } else {
      value = value * BASE + digit
      if (value >= limit) return undefined
      out[n++] = value
      value = 0
      pending = false
    }
  }
  return pending ? undefined : out
}
