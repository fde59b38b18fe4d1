import { describe, expect, it } from 'vitest'
import { makeToken, withText, type Token } from '../../src/analysis/token.js'

const plain: Token = { text: 'Rechnung', start: 4, end: 12, position: 1, kind: 'word' }
const derived: Token = { ...plain, derived: true }
const keyword: Token = { ...plain, kind: 'product', keyword: true }
const both: Token = { ...derived, keyword: true }

describe('withText: the spread it replaces, written out', () => {
  it.each([
    ['plain', plain],
    ['derived', derived],
    ['keyword', keyword],
    ['derived keyword', both],
  ])('%s token: same value and key order as { ...token, text }', (_what, token) => {
    expect(JSON.stringify(withText(token, 'rechnung'))).toBe(JSON.stringify({ ...token, text: 'rechnung' }))
  })

  it('sets derived and keyword like { ...token, text, derived: true } and { ...token, keyword: true }', () => {
    expect(JSON.stringify(withText(plain, 'rech', true))).toBe(JSON.stringify({ ...plain, text: 'rech', derived: true }))
    expect(JSON.stringify(withText(derived, derived.text, true, true))).toBe(JSON.stringify({ ...derived, keyword: true }))
  })

  it('leaves the given token unchanged', () => {
    withText(plain, 'x', true, true)
    expect(plain).toEqual({ text: 'Rechnung', start: 4, end: 12, position: 1, kind: 'word' })
  })
})

describe('makeToken', () => {
  it('sets flags only when true', () => {
    expect(Object.keys(makeToken('a', 0, 1, 0, 'word', false, false))).toEqual(['text', 'start', 'end', 'position', 'kind'])
    expect(Object.keys(makeToken('a', 0, 1, 0, 'word', true, true))).toEqual(['text', 'start', 'end', 'position', 'kind', 'derived', 'keyword'])
  })
})
