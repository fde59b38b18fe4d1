import { describe, expect, it } from 'vitest'
import { editDistance } from '../../src/analysis/edit-distance.js'

describe('editDistance', () => {
  it.each([
    ['index', 'index', 0],
    ['idnex', 'index', 1], // a swap of neighbours is one edit
    ['dedup', 'dedupe', 1],
    ['trends', 'redact', 5],
    ['', 'ask', 3],
  ])('%s → %s: %i', (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits)
    expect(editDistance(b, a)).toBe(edits)
  })
})
