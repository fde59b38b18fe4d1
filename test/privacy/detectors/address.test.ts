import { describe, expect, it } from 'vitest'
import { addressDetector } from '../../../src/privacy/detectors/address.js'
import { resolveOverlaps } from '../../../src/privacy/resolve-overlaps.js'
import type { Detector } from '../../../src/privacy/detectors/detection.js'
const found = (detector: Detector, text: string) => detector.detect(text).map((d) => text.slice(d.start, d.end))
/** The detector reports a street and its merged address; redact() keeps the longest. */
const kept = (text: string) => resolveOverlaps(addressDetector.detect(text), text.length, () => 0).map((d) => text.slice(d.start, d.end))

describe('addressDetector', () => {
  it.each([
    ['Neue Adresse: Hauptstraße 12, 10115 Berlin', ['Hauptstraße 12, 10115 Berlin']],
    ['Am Markt 3a, 04109 Leipzig', ['Am Markt 3a, 04109 Leipzig']],
    ['Karl-Marx-Allee 84', ['Karl-Marx-Allee 84']],
    ['Berliner Straße 5', ['Berliner Straße 5']],
    ['Goethestr. 21 statt Packstation', ['Goethestr. 21']],
    ['Wilhelmstraße 112a, 65183 Wiesbaden', ['Wilhelmstraße 112a, 65183 Wiesbaden']],
    ['Lindenweg 7\n33602 Bielefeld', ['Lindenweg 7\n33602 Bielefeld']],
    ['Unter den Linden 77.', ['Unter den Linden 77']],
    ['Umzug nach 70173 Stuttgart', ['70173 Stuttgart']],
    ['Ich wohne in 12345 Musterdorf', ['12345 Musterdorf']],
    ['Lieferung nach 1010 Wien', ['1010 Wien']],
    ['I moved to 221 Baker Street', ['221 Baker Street']],
    // not addresses
    ['16000 Kunden sind betroffen', []],
    ['In 12345 Fällen hilft ein Neustart', []],
    ['Im Januar 2024 wurde doppelt abgebucht', []],
    ['Am Montag 3 Geräte bestellt', []],
    ['Speicherplatz 5 GB', []],
    ['Arbeitsplatz 2 hat kein LAN', []],
    ['Platz 3 in der Warteschlange', []],
    ['seit 2024 Berlin', []],
  ])('%j → %j', (text, expected) => {
    expect(kept(text)).toEqual(expected)
  })

  it('reports the street alone as well as the merged address', () => {
    expect(found(addressDetector, 'Hauptstraße 12, 10115 Berlin')).toEqual(['Hauptstraße 12', 'Hauptstraße 12, 10115 Berlin'])
  })
})
