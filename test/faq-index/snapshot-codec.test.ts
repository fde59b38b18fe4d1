import { describe, expect, it } from 'vitest'
import { decodeIds, encodeIds } from '../../src/faq-index/snapshot-codec.js'

describe('snapshot id encoding', () => {
  it.each([
    [[], ''],
    [[0, 1, 44], undefined],
    [[45, 2024, 2025, 91124, 4_100_624, 1_000_000_000], undefined],
  ])('%j survives a round trip', (ids, text) => {
    const encoded = encodeIds(ids)
    if (text !== undefined) expect(encoded).toBe(text)
    expect(decodeIds(encoded, 0, encoded.length, Infinity)).toEqual(ids)
  })

  it('frequent ids cost one character, ids below 2025 two', () => {
    expect(encodeIds([44]).length).toBe(1)
    expect(encodeIds([2024]).length).toBe(2)
  })

  it.each([
    ['a foreign character', 'ä'],
    ['a number cut off', encodeIds([5000]).slice(0, 2)],
    ['a quote', '"'],
  ])('damage is reported, not guessed: %s', (_what, text) => {
    expect(decodeIds(text, 0, text.length, Infinity)).toBeUndefined()
  })

  it('an id beyond the dictionary is damage', () => {
    const text = encodeIds([10])
    expect(decodeIds(text, 0, text.length, 10)).toBeUndefined()
  })
})
