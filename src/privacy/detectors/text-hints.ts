/**
 * Cheap necessary conditions for detectors (`Detector#mayOccurIn`): one quick scan that rules a
 * detector out before its regexes run. Most customer texts hold no digit, and every number-based
 * kind (IBAN, card, phone, address, customer id, birth date, IPv4) needs one.
 */

// A regex, not a charCodeAt loop: V8 scans it natively (~10x faster on texts built by concatenation).
const ASCII_DIGIT = /[0-9]/

/** True when `text` holds an ASCII digit: the `\d` every number-based pattern starts from. */
export function hasAsciiDigit(text: string): boolean {
  return ASCII_DIGIT.test(text)
}
