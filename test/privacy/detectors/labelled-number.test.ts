import { describe, expect, it } from 'vitest'
import { labelledNumberDetector } from '../../../src/privacy/detectors/labelled-number.js'
import type { Detector } from '../../../src/privacy/detectors/detection.js'
const found = (detector: Detector, text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end))

describe('labelledNumberDetector', () => {
  it.each([
    ['Meine Kundennummer ist 123456789.', ['123456789']],
    ['Kundennr. 88123401 – bitte prüfen', ['88123401']],
    ['Kunden-Nr.: 4711-0815-23', ['4711-0815-23']],
    ['Kd.-Nr. 998877665', ['998877665']],
    ['Vertragsnummer: VN-2023-884512.', ['VN-2023-884512']],
    ['Bestellnummer 302-4471123-0093', ['302-4471123-0093']],
    ['Rechnungsnummer lautet RE-2024-031177', ['RE-2024-031177']],
    ['Bestellung #40021877', ['40021877']],
    ['Kundennummer 123 456 789, Vertrag', ['123 456 789']],
    ['my order number is 112-7744190-3321', ['112-7744190-3321']],
    ['Customer ID: C-7781-2231.', ['C-7781-2231']],
    ['Invoice no. INV-2024-00318', ['INV-2024-00318']],
    ['account number ACC-0098812', ['ACC-0098812']],
    // a label without a number
    ['Kundennummer habe ich nicht zur Hand', []],
    ['neue Vertragsnummer folgt per Post', []],
    ['Bestellnummer A1', []],
    ['Rechnung 03/2024', []],
  ])('%j → %j', (text, expected) => {
    expect(found(labelledNumberDetector, text)).toEqual(expected)
  })
})
