import { describe, expect, it } from 'vitest'
import { emailDetector } from '../../../src/privacy/detectors/email.js'
import type { Detector } from '../../../src/privacy/detectors/detection.js'
const found = (detector: Detector, text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end))

describe('emailDetector', () => {
  it.each([
    ['Schreiben Sie an max.mustermann@web.de.', ['max.mustermann@web.de']],
    ['Kontakt: k.yilmaz@t-online.de, Tel …', ['k.yilmaz@t-online.de']],
    ['jürgen.müller@gmx.de ist meine Adresse', ['jürgen.müller@gmx.de']],
    ['(anna+shop@mail.example.co.uk)', ['anna+shop@mail.example.co.uk']],
    ['mailto:info@firma.de', ['info@firma.de']],
    // not addresses
    ['@telekom_hilft hilft', []],
    ['max@localhost', []],
    ['a@a@a@a', []],
    ['Preis 5@10 €', []],
  ])('%j → %j', (text, expected) => {
    expect(found(emailDetector, text)).toEqual(expected)
  })
})
