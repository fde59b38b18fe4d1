import { IBAN_LENGTHS } from '../data/iban-lengths.js'
import type { Detection, Detector } from './detection.js'
import { hasAsciiDigit } from './text-hints.js'

/**
 * Country code, check digits, then up to 30 letters/digits, each optionally after one space
 * (the printed "DE89 3704 …" form). Bounded, so a wrong start costs ≤ 64 characters.
 */
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[ \u00A0]?[A-Za-z0-9]){10,30}/gu

function isAlphanumeric(char: string | undefined): boolean {
  if (char === undefined) return false
  const code = char.charCodeAt(0) | 32
  return (code >= 97 && code <= 122) || (char >= '0' && char <= '9')
}

/** ISO 7064 mod 97-10 over the rearranged IBAN; valid IBANs leave remainder 1. */
export function isValidIbanChecksum(compact: string): boolean {
  const rearranged = compact.slice(4) + compact.slice(0, 4)
  let remainder = 0
  for (const char of rearranged) {
    const code = char.charCodeAt(0)
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97
    else return false
  }
  return remainder === 1
}

/**
 * IBANs of every registered country, compact or in groups of four, any case; validated by
 * country length and mod-97 checksum, so a mistyped IBAN is left as it is.
 * @example
 * ibanDetector.detect('IBAN: DE89 3704 0044 0532 0130 00') //=> [{ kind: 'iban', start: 6, end: 33 }]
 */
export const ibanDetector: Detector = {
  kind: 'iban',
  mayOccurIn: hasAsciiDigit,
  detect(text: string): Detection[] {
    const found: Detection[] = []
    const pattern = new RegExp(IBAN_CANDIDATE)
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index
      const end = validIbanEnd(text, start, match[0])
      if (end > 0) {
        found.push({ kind: 'iban', start, end })
        pattern.lastIndex = end
      } else {
        pattern.lastIndex = start + 1
      }
    }
    return found
  },
}

/** End offset of the IBAN starting at `start`, or -1: the candidate is cut to its country's length. */
function validIbanEnd(text: string, start: number, candidate: string): number {
  const length = IBAN_LENGTHS[candidate.slice(0, 2).toUpperCase()]
  if (length === undefined) return -1
  // Walk the text once, without building strings: adversarial input tries many candidates.
  let count = 0
  let offset = start
  const limit = start + candidate.length
  while (offset < limit && count < length) {
    if (isAlphanumeric(text[offset])) count++
    offset++
  }
  if (count < length || isAlphanumeric(text[offset])) return -1
  return isValidIbanChecksum(text.slice(start, offset).replace(/[ \u00A0]/g, '').toUpperCase()) ? offset : -1
}
