import { describe, expect, it } from 'vitest'
import { ibanDetector, isValidIbanChecksum } from '../../../src/privacy/detectors/iban.js'
import type { Detector } from '../../../src/privacy/detectors/detection.js'
const found = (detector: Detector, text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end))

describe('ibanDetector', () => {
  it.each([
    ['IBAN: DE44 5596 7651 0229 7632 18', ['DE44 5596 7651 0229 7632 18']],
    ['Konto DE09173678699481033307.', ['DE09173678699481033307']],
    ['de09 1736 7869 9481 0333 07 (klein geschrieben)', ['de09 1736 7869 9481 0333 07']],
    ['AT63 8842 8079 8136 0257 BIC XYZ', ['AT63 8842 8079 8136 0257']],
    ['CH07 2505 5678 8284 9182 0, Schweiz', ['CH07 2505 5678 8284 9182 0']],
    ['NL20 INGB 4019 2367 58', ['NL20 INGB 4019 2367 58']],
    ['IT75 X093 7500 5490 0000 9966 545', ['IT75 X093 7500 5490 0000 9966 545']],
    // checksum, country or length wrong
    ['DE44 5596 7651 0229 7632 19', []],
    ['XX44 5596 7651 0229 7632 18', []],
    ['DE44559676510229763218999', []],
    ['RR123456789DE', []],
  ])('%j → %j', (text, expected) => {
    expect(found(ibanDetector, text)).toEqual(expected)
  })

  it.each([
    ['DE44559676510229763218', true],
    ['DE45559676510229763218', false],
    ['DE4455967651022976321!', false],
  ])('isValidIbanChecksum(%j) → %s', (iban, valid) => {
    expect(isValidIbanChecksum(iban)).toBe(valid)
  })
})
