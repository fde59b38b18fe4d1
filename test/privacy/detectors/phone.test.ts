import { describe, expect, it } from 'vitest'
import { isServiceNumber, phoneDetector } from '../../../src/privacy/detectors/phone.js'
import type { Detector } from '../../../src/privacy/detectors/detection.js'
const found = (detector: Detector, text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end))

describe('phoneDetector', () => {
  it.each([
    // German formats
    ['Rückruf bitte unter 0171 1234567.', ['0171 1234567']],
    ['Tel. 0171-1234567', ['0171-1234567']],
    ['(030) 123 45 67 tagsüber', ['(030) 123 45 67']],
    ['Fax 030/1234567', ['030/1234567']],
    ['Fax 089 / 123 456 78', ['089 / 123 456 78']],
    ['Festnetz 06221 345678', ['06221 345678']],
    ['01711234567', ['01711234567']],
    // international
    ['+49 171 1234567', ['+49 171 1234567']],
    ['+49 (0)30 1234567-0', ['+49 (0)30 1234567-0']],
    ['0049 89 12345678', ['0049 89 12345678']],
    ['+4915112345678 per WhatsApp', ['+4915112345678']],
    ['+44 20 7946 0958', ['+44 20 7946 0958']],
    ['+43 1 234 5678 in Wien', ['+43 1 234 5678']],
    ['+1 (555) 123-4567', ['+1 (555) 123-4567']],
    ['+41 44 668 18 00 (Schweiz)', ['+41 44 668 18 00']],
    ['(0171 1234567)', ['0171 1234567']],
    // the number ends where the list of numbers starts
    ['0171 1234567 12 Monate', ['0171 1234567']],
    // not phone numbers
    ['Preis 49,99 €', []],
    ['am 12.03.2024', []],
    ['seit 2019', []],
    ['Firmware 7.57 und 07.29', []],
    ['FRITZ!Box 7590, DSL 16000', []],
    ['3 Bestellungen', []],
    ['PLZ 01067 Dresden', []],
    ['Rechnung 03/2024 und 01/02/2024', []],
    ['Fehler 0x80070005', []],
    ['Sendung 00340434161234567890', []],
    ['0,99 € pro Minute', []],
    ['auf 030 umstellen', []],
    ['Hotline 0800 330 1000', []],
    ['+49 800 3301000', []],
  ])('%j → %j', (text, expected) => {
    expect(found(phoneDetector, text)).toEqual(expected)
  })

  it.each([
    ['0800 330 1000', true],
    ['01805 123456', true],
    ['+49 900 123456', true],
    ['0171 1234567', false],
    ['+44 800 1234567', false],
  ])('isServiceNumber(%j) → %s', (number, expected) => {
    expect(isServiceNumber(number)).toBe(expected)
  })
})
