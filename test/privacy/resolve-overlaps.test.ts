import { describe, expect, it } from 'vitest'
import { resolveOverlaps } from '../../src/privacy/resolve-overlaps.js'

const rankOf = (kind: string) => ['iban', 'customer-id', 'phone'].indexOf(kind)

describe('resolveOverlaps', () => {
  it.each([
    ['the longest wins', [{ kind: 'phone', start: 5, end: 17 }, { kind: 'iban', start: 0, end: 27 }], [{ kind: 'iban', start: 0, end: 27 }]],
    ['on equal spans the lower rank wins', [{ kind: 'phone', start: 0, end: 9 }, { kind: 'customer-id', start: 0, end: 9 }], [{ kind: 'customer-id', start: 0, end: 9 }]],
    ['partial overlap: the longer one only', [{ kind: 'phone', start: 0, end: 10 }, { kind: 'phone', start: 8, end: 12 }], [{ kind: 'phone', start: 0, end: 10 }]],
    ['disjoint spans come back sorted', [{ kind: 'phone', start: 10, end: 12 }, { kind: 'iban', start: 0, end: 5 }], [{ kind: 'iban', start: 0, end: 5 }, { kind: 'phone', start: 10, end: 12 }]],
    ['empty spans are dropped', [{ kind: 'phone', start: 3, end: 3 }], []],
  ])('%s', (_why, candidates, expected) => {
    expect(resolveOverlaps(candidates, 30, (d) => rankOf(d.kind))).toEqual(expected)
  })

  it('drops candidates that touch a blocked span (an existing placeholder)', () => {
    expect(resolveOverlaps([{ kind: 'phone', start: 0, end: 8 }, { kind: 'phone', start: 10, end: 12 }], 20, () => 0, [{ kind: 'placeholder', start: 5, end: 9 }])).toEqual([
      { kind: 'phone', start: 10, end: 12 },
    ])
  })
})
