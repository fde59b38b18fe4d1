import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { lcsLength, orderFeatures } from '../../src/matching/word-order.js'

const words = (text: string) => text.split(' ')

describe('word order features', () => {
  it('tells swapped roles from the same order when the words are the same', () => {
    const query = words('2015 verlor tapia gegen michel soro')
    const sameOrder = orderFeatures(query, words('mai 2015 verlor tapia gegen michel soro'))
    const swapped = orderFeatures(query, words('2015 verlor michel soro gegen tapia'))
    expect(sameOrder).toEqual([1, 1])
    expect(swapped[0]).toBeLessThan(1)
    expect(swapped[0]).toBeCloseTo(4 / 6)
  })

  it('is zero without shared words or on empty input', () => {
    expect(orderFeatures(words('rechnung ändern'), words('passwort vergessen'))).toEqual([0, 0])
    expect(orderFeatures([], words('passwort'))).toEqual([0, 0])
  })

  it('counts the longest common subsequence, bounded by both lengths and symmetric', () => {
    expect(lcsLength(words('a b c d'), words('b a c d'))).toBe(3)
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }), fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }), (a, b) => {
        const n = lcsLength(a, b)
        expect(n).toBe(lcsLength(b, a))
        expect(n).toBeLessThanOrEqual(Math.min(a.length, b.length))
      }),
    )
  })
})
