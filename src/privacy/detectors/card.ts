import type { Detection, Detector } from './detection.js'
import { hasAsciiDigit } from './text-hints.js'

/** Digit groups joined by one space or dash; every number in the text is a candidate. */
const DIGIT_GROUPS = /(?<![\p{L}\p{N}])\d{1,19}(?:[ \u00A0-]\d{1,19}){0,9}/gu

/** Card numbers have 13–19 digits (ISO/IEC 7812). */
export const MIN_CARD_DIGITS = 13
export const MAX_CARD_DIGITS = 19

/** Luhn (mod 10) check over a string of digits. */
export function isValidLuhn(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = digits.charCodeAt(i) - 48
    if (double) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
    double = !double
  }
  return sum % 10 === 0
}

/**
 * Group layouts printed on cards: one block, fours (the last may be shorter: 19 digits),
 * Amex 4-6-5, Diners 4-6-4. Any other grouping is a list of numbers, not a card.
 */
function isCardGrouping(lengths: readonly number[]): boolean {
  if (lengths.length === 1) return true
  const joined = lengths.join('-')
  if (joined === '4-6-5' || joined === '4-6-4') return true
  return lengths.every((length, i) => (i === lengths.length - 1 ? length >= 1 && length <= 4 : length === 4))
}

/**
 * Payment card numbers: 13–19 digits, compact, spaced or dashed, issuer digit 2–6
 * (Mastercard, Visa, Amex, Diners, Discover, JCB, Maestro) and a valid Luhn checksum,
 * so order numbers, amounts and dates stay.
 * @example
 * cardDetector.detect('Karte 4111 1111 1111 1111, gültig bis 12/27') //=> [{ kind: 'card', start: 6, end: 25 }]
 */
export const cardDetector: Detector = {
  kind: 'card',
  mayOccurIn: hasAsciiDigit,
  detect(text: string): Detection[] {
    const found: Detection[] = []
    for (const match of text.matchAll(DIGIT_GROUPS)) {
      const start = match.index
      const value = match[0]
      if (value.length < MIN_CARD_DIGITS) continue
      // A run of more digits than a card has, glued on: an id or a tracking number.
      if (/\d/.test(text[start + value.length] ?? '')) continue
      const end = cardEnd(value)
      if (end > 0) found.push({ kind: 'card', start, end: start + end })
    }
    return found
  },
}

/** Length of the longest prefix of whole groups that forms a valid card number, or -1. */
function cardEnd(value: string): number {
  const groups = value.split(/[ \u00A0-]/)
  const separators = value.match(/[ \u00A0-]/g) ?? []
  for (let count = groups.length; count >= 1; count--) {
    const prefix = groups.slice(0, count)
    if (new Set(separators.slice(0, count - 1)).size > 1) continue
    const digits = prefix.join('')
    if (digits.length < MIN_CARD_DIGITS) return -1
    if (digits.length > MAX_CARD_DIGITS) continue
    if (!isCardGrouping(prefix.map((group) => group.length))) continue
    if (!/^[2-6]/.test(digits) || !isValidLuhn(digits)) continue
    return digits.length + count - 1
  }
  return -1
}
