import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { foldGerman, stripDiacritics } from '../../src/analysis/filters/fold-german.js'

describe('foldGerman', () => {
  it.each([
    // every spelling of an umlaut meets
    ['passwörter', 'passworter'],
    ['passwoerter', 'passworter'],
    ['passworter', 'passworter'],
    ['kündigung', 'kundigung'],
    ['kuendigung', 'kundigung'],
    ['ärger', 'arger'],
    ['aerger', 'arger'],
    ['größe', 'grosse'],
    ['groesse', 'grosse'],
    // ß → ss
    ['weißbier', 'weissbier'],
    ['straße', 'strasse'],
    // other diacritics are stripped
    ['café', 'cafe'],
    ['señor', 'senor'],
  ])('%s → %s', (input, expected) => {
    expect(foldGerman(input)).toBe(expected)
  })

  it.each([
    // "ue" after a vowel or q is no umlaut (Lucene's rule): these keep it
    ['dauer', 'dauer'],
    ['feuer', 'feuer'],
    ['steuer', 'steuer'],
    ['quelle', 'quelle'],
    ['queue', 'queue'],
    ['neue', 'neue'],
  ])('keeps the ue of %s', (input, expected) => {
    expect(foldGerman(input)).toBe(expected)
  })

  it('folds "aktuell" consistently on both sides (documented limit)', () => {
    expect(foldGerman('aktuell')).toBe('aktull')
    expect(foldGerman('aktuelle')).toBe(foldGerman('aktuelle'))
  })

  it('is idempotent, also on random strings', () => {
    expect(foldGerman(foldGerman('kuee'))).toBe(foldGerman('kuee'))
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'e', 'o', 'u', 'q', 'k', 'ä', 'ß', 'é', 'x') , maxLength: 30 }), (s) => foldGerman(foldGerman(s)) === foldGerman(s)),
      { seed: 42, numRuns: 500 },
    )
  })

  it('stripDiacritics keeps English ue/oe (true, shoe)', () => {
    expect(stripDiacritics('true shoe café')).toBe('true shoe cafe')
  })

  it.each([['Größe', 'Große'], ['ÄÖÜäöü', 'AOUaou'], ['naïve', 'naive'], ['u\u0308ber', 'uber']])('stripDiacritics(%j) → %j', (input, expected) => {
    expect(stripDiacritics(input)).toBe(expected)
  })

  it('stripDiacritics takes umlauts apart as NFD, dropping the marks and NFC would (fast path = reference)', () => {
    const reference = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC')
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'U', 'ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß', 'é', '\u0308', '\u0301', 'ø', ' '), maxLength: 20 }), (s) => stripDiacritics(s) === reference(s)),
      { seed: 43, numRuns: 2000 },
    )
  })
})
