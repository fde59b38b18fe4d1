import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { topSlots } from '../../src/matching/retrieve.js'

/** The reference: sort everything, best score first, lower slot first on ties. */
function sortedTop(scores: ReadonlyMap<number, number>, limit: number): number[] {
  return [...scores].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit).map(([slot]) => slot)
}

describe('topSlots', () => {
  it('keeps the best slots, best first, lower slot first on equal scores', () => {
    const scores = new Map([[7, 0.5], [3, 0.9], [9, 0.5], [1, 0.2], [4, 0.5]])
    expect(topSlots(scores, 3)).toEqual([3, 4, 7])
    expect(topSlots(scores, 10)).toEqual([3, 4, 7, 9, 1])
    expect(topSlots(scores, 0)).toEqual([])
  })

  it('selects exactly what a full sort would, for any scores and limit', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(500), fc.integer({ min: 0, max: 20 })), { maxLength: 300 }), fc.nat(60), (entries, limit) => {
        const scores = new Map(entries.map(([slot, score]) => [slot, score / 4]))
        expect(topSlots(scores, limit)).toEqual(sortedTop(scores, limit))
      }),
    )
  })
})
