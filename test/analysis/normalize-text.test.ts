import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeText, sourceEndOf, sourceStartOf } from '../../src/analysis/normalize-text.js'

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
    const normalized = normalizeText(input)
    const i = normalized.text.indexOf('ö')
    expect(input.slice(sourceStartOf(normalized, i), sourceEndOf(normalized, i))).toBe('o\u0308')
  })

  it('leaves the offset maps out when the text needs no normalizing (identity)', () => {
    expect(normalizeText('Rechnungsadresse ändern bitte').sourceStart).toBeUndefined()
    expect(normalizeText('Rechnung ändern ').text).toBe('Rechnung ändern')
    expect(normalizeText(' Rechnung').sourceStart).toBeDefined()
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

  it('U+00C0–U+00FF are their own NFKC form (the fast path copies them)', () => {
    for (let code = 0xc0; code <= 0xff; code++) {
      const char = String.fromCharCode(code)
      expect(char.normalize('NFKC')).toBe(char)
    }
  })

  it('the fast paths give the text and offsets of the cluster-by-cluster rules', () => {
    const piece = fc.constantFrom('a', 'Z', ' ', '  ', '\n', '\t', 'ä', 'ß', 'É', '×', 'ÿ', '\u0308', '\u0301', '\u200B', '\u00A0', '“', '`', '–', '６', 'ﬁ', 'Ā', '😀', '.', '-')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (input) => {
        const fast = normalizeText(input)
        const slow = normalizeByClusters(input)
        expect(fast.text).toBe(slow.text)
        expect(Array.from({ length: fast.text.length }, (_, i) => sourceStartOf(fast, i))).toEqual(slow.starts)
        expect(Array.from({ length: fast.text.length }, (_, i) => sourceEndOf(fast, i))).toEqual(slow.ends)
      }),
      { seed: 11, numRuns: 2000 },
    )
  })
})

/** The normalization rules applied to one character cluster at a time, with no fast path: the reference. */
function normalizeByClusters(input: string): { text: string; starts: number[]; ends: number[] } {
  const cluster = /[^\p{M}][\p{M}]*|[\p{M}]+/ysu
  const quotes: Record<string, string> = { '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2039': "'", '\u203A': "'", '\u00B4': "'", '`': "'" }
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  let lastWasSpace = true
  for (let i = 0; i < input.length; ) {
    cluster.lastIndex = i
    const found = cluster.exec(input)![0]
    const end = i + found.length
    let out: string
    if (/[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u202A-\u202E]/u.test(found)) out = ''
    else if (/\s/u.test(found)) out = ' '
    else if (quotes[found] !== undefined) out = quotes[found]!
    else if (/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/u.test(found)) out = '-'
    else out = found.normalize('NFKC')
    if (out === ' ' && lastWasSpace) out = ''
    if (out !== '') lastWasSpace = out === ' '
    for (let k = 0; k < out.length; k++) {
      starts.push(i)
      ends.push(end)
    }
    text += out
    i = end
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1)
    starts.pop()
    ends.pop()
  }
  return { text, starts, ends }
}

