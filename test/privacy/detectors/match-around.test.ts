import { describe, expect, it } from 'vitest'
import { matchAround } from '../../../src/privacy/detectors/match-around.js'

const anchorsOf = (text: string, char: string) => [...text].flatMap((c, i) => (c === char ? [i] : []))

describe('matchAround', () => {
  it.each([
    ['a@b.de und c@d.de', /\w+@\w+\.de/g, ['a@b.de', 'c@d.de']],
    ['x@ y@z.de', /\w+@\w+\.de/g, ['y@z.de']],
    ['kein Treffer @', /\w+@\w+\.de/g, []],
    ['', /\w+@\w+\.de/g, []],
  ])('%j → %j', (text, pattern, expected) => {
    expect(matchAround(text, anchorsOf(text, '@'), pattern, 64).map((m) => m[0])).toEqual(expected)
  })

  it('keeps lookbehinds working: the search runs on the full text', () => {
    const text = 'xa@b.de'
    expect(matchAround(text, [2], /(?<![a-z])a@b\.de/g, 1)).toEqual([])
  })
})
