import { describe, expect, it } from 'vitest'
import { LazyTermFields, type PostingRows } from '../../src/store/lazy-term-fields.js'

// Two terms, three fields: term 0 is in fields 0 (slots 1, 4) and 2 (slot 4); term 1 in field 1 (slot 2).
const rows: PostingRows = {
  fieldCount: 3,
  rowStarts: Int32Array.from([0, 2, 2, 3, 3, 4, 4]),
  slots: Int32Array.from([1, 4, 4, 2]),
  frequencies: Int32Array.from([2, 1, 1, 3]),
}
const plain = (entries: Array<[number, Array<[number, number]>]>) => new Map(entries.map(([field, postings]) => [field, new Map(postings)]))

describe('LazyTermFields', () => {
  it('reads as the plain Map of its postings through every Map method MiniSearch uses', () => {
    const expected = plain([[0, [[1, 2], [4, 1]]], [2, [[4, 1]]]])
    expect(new LazyTermFields(rows, 0).get(0)).toEqual(expected.get(0))
    expect(new LazyTermFields(rows, 0).size).toBe(2)
    expect(new LazyTermFields(rows, 0).has(1)).toBe(false)
    expect([...new LazyTermFields(rows, 0)]).toEqual([...expected])
    expect([...new LazyTermFields(rows, 0).keys()]).toEqual([0, 2])
    expect([...new LazyTermFields(rows, 1).entries()]).toEqual([...plain([[1, [[2, 3]]]])])
    const visited: number[] = []
    new LazyTermFields(rows, 1).forEach((_, field) => visited.push(field))
    expect(visited).toEqual([1])
  })

  it('keeps its postings when MiniSearch adds or removes a field first (set, delete)', () => {
    const added = new LazyTermFields(rows, 1)
    added.set(0, new Map([[7, 1]]))
    expect([...added.keys()]).toEqual([1, 0])
    const removed = new LazyTermFields(rows, 0)
    expect(removed.delete(2)).toBe(true)
    expect([...removed.keys()]).toEqual([0])
  })
})
