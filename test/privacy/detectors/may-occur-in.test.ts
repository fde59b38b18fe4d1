import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BUILTIN_DETECTORS } from '../../../src/privacy/detectors/builtin-detectors.js'
import { hasAsciiDigit } from '../../../src/privacy/detectors/text-hints.js'
import { loadPiiMessages } from '../pii-fixture.js'

/** Fixed seed: a failure reproduces; change it to explore. */
const SEED = 20261123

const detectors = Object.values(BUILTIN_DETECTORS)
const messages = loadPiiMessages().map((m) => m.text)
// The same messages with every digit (or "@", ":") gone: real text on which the quick test says no.
const stripped = messages.flatMap((text) => [text.replace(/\d/g, ''), text.replace(/[\d@:]/g, ''), text.replace(/\d/g, '０')])

describe('Detector#mayOccurIn: false only when detect finds nothing', () => {
  it.each(detectors.map((d) => [d.kind, d] as const))('%s, on the fixture messages and their digitless copies', (_kind, detector) => {
    for (const text of [...messages, ...stripped]) {
      if (!detector.mayOccurIn(text)) expect(detector.detect(text)).toEqual([])
    }
  })

  it.each(detectors.map((d) => [d.kind, d] as const))('%s, on random strings (seeded)', (_kind, detector) => {
    const piece = fc.constantFrom(' ', '\n', '0', '7', '+', '@', '.', ',', '-', '/', '(', ':', 'a', 'F', 'ß', '\u00A0', '٣', '０', 'DE', 'Straße', 'Kundennummer', 'geboren am', 'Viele Grüße', 'web.de', 'Berlin', '::')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        if (!detector.mayOccurIn(text)) expect(detector.detect(text)).toEqual([])
      }),
      { seed: SEED, numRuns: 1000 },
    )
  })

  it('is true for a text with something to find', () => {
    const found = detectors.filter((d) => messages.some((text) => d.mayOccurIn(text) && d.detect(text).length > 0)).map((d) => d.kind)
    expect(found.sort()).toEqual(detectors.map((d) => d.kind).sort())
  })
})

describe('hasAsciiDigit', () => {
  it.each([
    ['Kundennummer 123', true],
    ['9', true],
    ['keine Ziffer', false],
    ['', false],
    ['٣ und ０ sind keine ASCII-Ziffern', false],
  ])('%j → %s', (text, expected) => {
    expect(hasAsciiDigit(text)).toBe(expected)
  })
})

describe('birthdate: the cue stems', () => {
  it.each(['geboren am 03.07.1985', 'Geb. 3.7.85', 'Geburtsdatum: 1985-07-03', 'Geburtstag 3. Juli 1985', 'date of birth: 07/03/1985', 'D.O.B. 3 July 1985', 'DOB 1985-07-03', 'born on July 3rd, 1985', 'birthday 3.7.1985'])('%j may hold a birth date', (text) => {
    const detector = Object.values(BUILTIN_DETECTORS).find((d) => d.kind === 'birthdate')!
    expect(detector.mayOccurIn(text)).toBe(true)
    expect(detector.detect(text).length).toBe(1)
  })
})
