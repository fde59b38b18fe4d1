import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeText } from '../../src/analysis/normalize-text.js'

describe('normalizeText', () => {
  it.each([
    ['decomposed umlaut becomes one code point', 'Passwo\u0308rter', 'Passwörter'],
    ['zero-width space removed', 'Kün\u200Bdigung', 'Kündigung'],
    ['soft hyphen removed', 'Rechnungs\u00ADadresse', 'Rechnungsadresse'],
    ['typographic quotes', '„Kündigung“ ‚bitte‘', '"Kündigung" \'bitte\''],
    ['dashes', 'WLAN–Router — kaputt', 'WLAN-Router - kaputt'],
    ['whitespace runs and NBSP', '  Router \u00A0\n\t blinkt  ', 'Router blinkt'],
    ['fullwidth digits (NFKC)', 'iPhone ６', 'iPhone 6'],
  ])('%s', (_what, input, expected) => {
    expect(normalizeText(input).text).toBe(expected)
  })

  it.each([[''], ['   '], ['\u200B\u200B']])('empty for %j', (input) => {
    expect(normalizeText(input).text).toBe('')
  })

  it('maps every output character back into the input', () => {
    const input = 'Mein  Passwo\u0308rter\u200B-Problem'
    const { text, sourceStart, sourceEnd } = normalizeText(input)
    const i = text.indexOf('ö')
    expect(input.slice(sourceStart[i], sourceEnd[i])).toBe('o\u0308')
  })

  it('is idempotent on random strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const once = normalizeText(s).text
        return normalizeText(once).text === once
      }),
      { seed: 7, numRuns: 500 },
    )
  })
})
