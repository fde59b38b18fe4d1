import { describe, expect, it } from 'vitest'
import { cardDetector, isValidLuhn } from '../../../src/privacy/detectors/card.js'
import type { Detector } from '../../../src/privacy/detectors/detection.js'
const found = (detector: Detector, text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end))

describe('cardDetector', () => {
  it.each([
    ['Karte 4173 3546 7643 6797 abgelehnt', ['4173 3546 7643 6797']],
    ['5170-1611-0187-3365 belastet', ['5170-1611-0187-3365']],
    ['Mastercard 5536864000351768', ['5536864000351768']],
    ['Amex 3761 957357 90051', ['3761 957357 90051']],
    ['Karte 4173 3546 7643 6797 12/27', ['4173 3546 7643 6797']],
    ['Maestro 6759165677991919185', ['6759165677991919185']],
    // Luhn fails, wrong issuer digit, odd grouping, too long, too short
    ['4173 3546 7643 6798', []],
    ['1234 5678 9012 3456', []],
    ['4173 35 4676 436797', []],
    ['Sendung 00340434161234567890', []],
    ['Bestellung 417335467643', []],
  ])('%j → %j', (text, expected) => {
    expect(found(cardDetector, text)).toEqual(expected)
  })

  it.each([
    ['4173354676436797', true],
    ['4173354676436798', false],
  ])('isValidLuhn(%j) → %s', (digits, valid) => {
    expect(isValidLuhn(digits)).toBe(valid)
  })
})
