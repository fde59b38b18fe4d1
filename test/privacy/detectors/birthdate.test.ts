import { describe, expect, it } from 'vitest'
import { birthdateDetector } from '../../../src/privacy/detectors/birthdate.js'
import type { Detector } from '../../../src/privacy/detectors/detection.js'
const found = (detector: Detector, text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end))

describe('birthdateDetector', () => {
  it.each([
    ['Ich bin geboren am 03.07.1985.', ['03.07.1985']],
    ['Geburtsdatum: 3. Juli 1985', ['3. Juli 1985']],
    ['geb. 3.7.85, wohnhaft in', ['3.7.85']],
    ['Mein Geburtstag ist am 23.11.1990', ['23.11.1990']],
    ['Date of birth: 07/03/1985', ['07/03/1985']],
    ['DOB 1988-04-19', ['1988-04-19']],
    ['Born on May 3, 1992', ['May 3, 1992']],
    ['born 3rd May 1992', ['3rd May 1992']],
    // a date without its label, impossible dates, no year
    ['Rechnung vom 12.03.2024', []],
    ['geboren am 32.13.1985', []],
    ['Mein Geburtstag ist am 3. Mai', []],
    ['geb. Müller', []],
  ])('%j → %j', (text, expected) => {
    expect(found(birthdateDetector, text)).toEqual(expected)
  })
})
