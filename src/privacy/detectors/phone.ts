import type { Detection, Detector } from './detection.js'
import { hasAsciiDigit } from './text-hints.js'

/**
 * Where a phone number may start: `+` and a digit, `(` before `0`, or `0`, not glued to a
 * word, a number or a decimal/date separator. The rest is read by a scanner, not a regex,
 * so grouping rules are explicit and the cost per start is bounded by `MAX_PHONE_CHARS`.
 */
const PHONE_START = /(?<![\p{L}\p{N}+.,/-])(?:\+(?=\d)|\((?=0)|0)/gu

/** Longest written phone number we read, "+49 (0) 171 / 123 45 67 - 89" and some slack. */
const MAX_PHONE_CHARS = 40
/** E.164 caps numbers at 15 digits; 8 is the shortest international number worth redacting. */
const MIN_INTERNATIONAL_DIGITS = 8
const MAX_INTERNATIONAL_DIGITS = 15
/** German numbers with trunk 0: "030 12345" (8) up to long mobile numbers with extension (13). */
const MIN_NATIONAL_DIGITS = 7
const MAX_NATIONAL_DIGITS = 13
/** A subscriber block at least this long ends the number; only a dashed extension may follow. */
const BLOCK_DIGITS = 5

interface Group {
  readonly end: number
  readonly digits: number
  /** `(0)` in "+49 (0)30 …": the optional trunk prefix, not counted. */
  readonly trunk: boolean
  /** `(030)` or `(555)`. */
  readonly parenthesized: boolean
  /** Separator before this group: ' ', '-', '/' or '' (glued to a parenthesis). */
  readonly separator: string
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9'
const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\u00A0' || char === '\u202F'

/**
 * Phone numbers, German and international: "+49 171 1234567", "0049 30 1234567",
 * "0171 1234567", "(030) 123 45 67", "030/1234567", "+49 (0)30 1234567-0", "+44 20 7946 0958".
 * Not prices, dates, years, versions, postal codes or model numbers: a national number must start
 * with 0 and an area code of 3–6 digits, and the digit count must fit the numbering plan.
 * Limits: numbers written without the leading 0 ("171 1234567") are not found.
 * @example
 * phoneDetector.detect('Rückruf bitte unter 0171 1234567.') //=> [{ kind: 'phone', start: 20, end: 32 }]
 */
export const phoneDetector: Detector = {
  kind: 'phone',
  mayOccurIn: hasAsciiDigit,
  detect(text: string): Detection[] {
    const found: Detection[] = []
    const pattern = new RegExp(PHONE_START)
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) {
      const start = match.index
      const end = phoneEnd(text, start)
      if (end > 0) {
        found.push({ kind: 'phone', start, end })
        pattern.lastIndex = end
      } else {
        pattern.lastIndex = start + 1
      }
    }
    return found
  },
}

/** End offset of the phone number starting at `start`, or -1. */
export function phoneEnd(text: string, start: number): number {
  let at = start
  let international = false
  if (text[at] === '+') {
    international = true
    at++
  } else if (text[at] === '0' && text[at + 1] === '0' && isDigit(text[at + 2]) && text[at + 2] !== '0') {
    international = true
    at += 2
  } else {
    // Trunk 0 and a non-zero digit: "0171", "(030)"; "00" without a country code is no number.
    const zeroAt = text[at] === '(' ? at + 1 : at
    if (text[zeroAt] !== '0' || !isDigit(text[zeroAt + 1]) || text[zeroAt + 1] === '0') return -1
  }
  const limit = Math.min(text.length, start + MAX_PHONE_CHARS)
  const groups = readGroups(text, at, limit)
  const accepted = acceptedGroups(groups, international)
  if (accepted.length === 0 || isServiceNumber(text.slice(start, accepted[accepted.length - 1]!.end))) return -1
  const end = accepted[accepted.length - 1]!.end
  const next = text[end]
  if (next !== undefined && /[\p{L}\p{N}]/u.test(next)) return -1
  if ((next === '.' || next === ',') && isDigit(text[end + 1])) return -1
  return end
}

function readGroups(text: string, from: number, limit: number): Group[] {
  const groups: Group[] = []
  let at = from
  let separator = ''
  while (at < limit) {
    const group = readGroup(text, at, limit, separator)
    if (group === undefined) break
    groups.push(group)
    at = group.end
    const next = readSeparator(text, at, group)
    if (next === undefined) break
    separator = next.separator
    at = next.end
  }
  return groups
}

function readGroup(text: string, at: number, limit: number, separator: string): Group | undefined {
  if (isDigit(text[at])) {
    let end = at
    while (end < limit && isDigit(text[end])) end++
    return { end, digits: end - at, trunk: false, parenthesized: false, separator }
  }
  if (text[at] !== '(') return undefined
  if (text.startsWith('(0)', at)) return { end: at + 3, digits: 0, trunk: true, parenthesized: true, separator }
  let end = at + 1
  if (text[end] === '+') end++
  const digitsStart = end
  while (end < limit && isDigit(text[end]) && end - digitsStart < 6) end++
  if (end === digitsStart || text[end] !== ')') return undefined
  return { end: end + 1, digits: end - digitsStart, trunk: false, parenthesized: true, separator }
}

/** One separator between groups: ' ', '-', '/', ' / ', ' - ', or none next to a parenthesis. */
function readSeparator(text: string, at: number, previous: Group): { end: number; separator: string } | undefined {
  const startsGroup = (index: number) => isDigit(text[index]) || text[index] === '('
  if (previous.parenthesized && isDigit(text[at])) return { end: at, separator: '' }
  if (text[at] === '(' && !previous.parenthesized) return { end: at, separator: '' }
  const char = text[at]
  if (isSpace(char)) {
    const after = text[at + 1]
    if ((after === '/' || after === '-') && isSpace(text[at + 2]) && startsGroup(at + 3)) return { end: at + 3, separator: after }
    if (startsGroup(at + 1)) return { end: at + 1, separator: ' ' }
    return undefined
  }
  if ((char === '-' || char === '/') && startsGroup(at + 1)) return { end: at + 1, separator: char }
  return undefined
}

/**
 * The longest prefix of groups that reads as one phone number, or [] when none does.
 * Stops before a group that only a list of numbers would have (a lone digit, a second block).
 */
function acceptedGroups(groups: readonly Group[], international: boolean): Group[] {
  const kept: Group[] = []
  let slashes = 0
  let sawBlock = false
  for (const [index, group] of groups.entries()) {
    if (index > 0) {
      if (group.separator === '/' && (++slashes > 1 || index > (international ? 2 : 1))) break
      if (sawBlock && !(group.separator === '-' && group.digits <= 4)) break
      // A lone digit is an area code only right after the country code (Vienna: "+43 1 …").
      if (group.separator === ' ' && group.digits < 2 && !group.trunk && !(international && index === 1)) break
      if (group.parenthesized && !group.trunk && index > (international ? 2 : 0)) break
    }
    kept.push(group)
    if (index > 0 && group.digits >= BLOCK_DIGITS) sawBlock = true
  }
  while (kept.length > 0 && !isPhoneNumber(kept, international)) kept.pop()
  return kept
}

function isPhoneNumber(groups: readonly Group[], international: boolean): boolean {
  const counted = groups.filter((group) => !group.trunk)
  const first = counted[0]
  if (first === undefined) return false
  const total = counted.reduce((sum, group) => sum + group.digits, 0)
  if (international) {
    if (groups[0]!.trunk) return false
    if (counted.length === 1) return total >= MIN_INTERNATIONAL_DIGITS && total <= MAX_INTERNATIONAL_DIGITS
    return first.digits <= 3 && total >= MIN_INTERNATIONAL_DIGITS && total <= MAX_INTERNATIONAL_DIGITS
  }
  if (groups.some((group) => group.trunk)) return false
  if (counted.length === 1) return first.digits >= 9 && total <= MAX_NATIONAL_DIGITS
  // The area code: 0 plus 2–5 digits ("030", "0171", "033203").
  return first.digits >= 3 && first.digits <= 6 && total >= MIN_NATIONAL_DIGITS && total <= MAX_NATIONAL_DIGITS
}

/**
 * Toll-free, shared-cost and premium numbers (0800, 0180x, 0900, 0137/0138, also as +49 …)
 * belong to companies, not customers; redacting "Hotline 0800 330 1000" would hide a useful answer.
 */
export function isServiceNumber(written: string): boolean {
  const digits = written.replace(/\(0\)/g, '').replace(/\D/g, '')
  const national = digits.startsWith('0049') ? digits.slice(4) : digits.startsWith('49') && written.trimStart().startsWith('+') ? digits.slice(2) : digits.replace(/^0/, '')
  return /^(?:800|180|900|137|138)/.test(national)
}
