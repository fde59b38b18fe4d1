import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { WORD, plainWordEnd, tokenize } from '../../src/analysis/tokenize/tokenize.js'

const terms = (text: string) => tokenize(text).map((t) => `${t.text}:${t.kind}${t.derived ? '*' : ''}`)

describe('tokenize', () => {
  it.each([
    ['words and numbers', 'Rechnung vom 12.03.2024 über 49,99 €', ['Rechnung:word', 'vom:word', '12.03.2024:number', 'über:word', '49,99:number']],
    ['hyphenated words stay one term, parts searchable', 'WLAN-Router', ['WLANRouter:word', 'WLAN:word*', 'Router:word*']],
    ['E-Mail meets Email', 'E-Mail', ['EMail:word', 'Mail:word*']],
    ['product with model number', 'iPhone 6', ['iphone6:product', 'iPhone:word*']],
    ['product with ! and number', 'FRITZ!Box 7590', ['fritzbox7590:product', 'FRITZBox:word*', '7590:product*']],
    ['all-caps product', 'DSL 16000', ['dsl16000:product', 'DSL:word*', '16000:product*']],
    ['letter-digit model', 'Galaxy S23', ['galaxys23:product', 'Galaxy:word*']],
    ['glued model', '5G', ['5g:product']],
    ['plain noun before a count is no product', 'Paket 3', ['Paket:word', '3:number']],
    ['mention', '@fernwerk_hilfe hilfe', ['@fernwerk_hilfe:mention', 'hilfe:word']],
    ['camel-case hashtag yields its words', '#TelekomStörung', ['#TelekomStörung:hashtag', 'Telekom:word*', 'Störung:word*']],
    ['e-mail address', 'an max.muster@example.de schreiben', ['an:word', 'max.muster@example.de:email', 'schreiben:word']],
    ['url without trailing dot', 'siehe https://example.de/hilfe.', ['siehe:word', 'https://example.de/hilfe:url']],
    ['placeholder', 'IBAN ⟨IBAN⟩ falsch', ['IBAN:word', '⟨IBAN⟩:placeholder', 'falsch:word']],
    ['emoji dropped', 'Router 😡😡 kaputt', ['Router:word', 'kaputt:word']],
    ['contraction kept for the lemmatizer', "can't login", ["can't:word", 'login:word']],
    ['url without scheme', 'auf www.example.de/hilfe', ['auf:word', 'www.example.de/hilfe:url']],
    ['words starting like a url are words', 'wie habe ich http www', ['wie:word', 'habe:word', 'ich:word', 'http:word', 'www:word']],
    ['a lowercase word after a product word is no model', 'iPhone lädt', ['iPhone:word', 'lädt:word']],
    ['letters and digits glued are a product, digits alone a number', 'Paket M10 und 2024', ['Paket:word', 'm10:product', 'und:word', '2024:number']],
  ])('%s', (_what, input, expected) => {
    expect(terms(input)).toEqual(expected)
  })

  it.each([[''], ['   '], ['?!… ---'], ['😀🙈']])('no tokens for %j', (input) => {
    expect(tokenize(input)).toEqual([])
  })

  it('offsets point at the surface form, also after NFC and zero-width removal', () => {
    const input = 'Passwo\u0308rter\u200B vergessen, iPhone 6!'
    for (const token of tokenize(input).filter((t) => !t.derived)) {
      expect(input.slice(token.start, token.end).normalize('NFC').replace(/\u200B/g, '')).toMatch(/^(Passwörter|vergessen|iPhone 6)$/)
    }
    const product = tokenize(input).find((t) => t.kind === 'product')!
    expect(input.slice(product.start, product.end)).toBe('iPhone 6')
  })

  it('derived parts share the span and position of their token', () => {
    const [whole, ...parts] = tokenize('WLAN-Router')
    for (const part of parts) expect([part.start, part.end, part.position]).toEqual([whole!.start, whole!.end, whole!.position])
  })

  it('never throws on random strings (marks, emoji, surrogates, digits glued to letters)', () => {
    const unit = fc.oneof(fc.constantFrom('\u0308', '\uD83D', '\uDE00', '😀', '⟨', '⟩', '@', '#', '!', '-', ' ', '7', 'a', 'Ü', 'ß', '.', 'http://', 'x@y.de'), fc.string({ maxLength: 3 }))
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('')
        for (const t of tokenize(text)) if (t.start < 0 || t.end > text.length || t.start >= t.end) return false
        return true
      }),
      { seed: 1, numRuns: 500 },
    )
  })
})

describe('plainWordEnd (the tokenizer fast path)', () => {
  /** Where the WORD pattern's match from `at` ends (at when none). */
  const patternEnd = (text: string, at: number) => {
    WORD.lastIndex = at
    return WORD.test(text) ? WORD.lastIndex : at
  }

  it.each([
    ['Rechnungsadresse ändern', 0, 16],
    ['Grüße, Anna', 0, 5],
    ['Straße', 0, 6],
    ['iPhone 6', 0, 6],
    ['E-Mail', 0, 0], // a joiner follows: the pattern decides
    ['S23', 0, 0], // a digit follows
    ['Passwo\u0308rter', 0, 0], // a combining mark follows
    ['z.B. heute', 0, 0],
  ])('%j from %i → %i', (text, at, expected) => {
    expect(plainWordEnd(text, at)).toBe(expected)
  })

  it('ends where the WORD pattern ends whenever it claims a word', () => {
    const piece = fc.constantFrom('a', 'Z', 'ä', 'ß', 'É', 'ÿ', '×', '÷', ' ', '.', ',', '-', "'", '!', '&', '?', '7', '\u0308', 'ª', 'µ', '²', 'Ā', 'ж', '😀', '@', '#')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), fc.nat(30), (text, start) => {
        const at = Math.min(start, text.length)
        const end = plainWordEnd(text, at)
        return end === at || end === patternEnd(text, at)
      }),
      { seed: 5, numRuns: 5000 },
    )
  })

  it('leaves words longer than the pattern takes in one part to the pattern', () => {
    const long = 'a'.repeat(250)
    expect(plainWordEnd(long, 0)).toBe(0)
    expect(tokenize(long).map((t) => t.text.length)).toEqual([201, 49])
  })
})
