import { describe, expect, it } from 'vitest'
import { detectAfterCue } from '../../../src/privacy/detectors/detect-after-cue.js'

const accept = (match: RegExpExecArray) => match[0].length

describe('detectAfterCue', () => {
  it.each([
    ['Nr. 123 und Nr. 456', [{ kind: 'id', start: 4, end: 7 }, { kind: 'id', start: 16, end: 19 }]],
    ['Nr. abc', []],
    ['123 ohne Nr.', []],
  ])('%j → %j', (text, expected) => {
    expect(detectAfterCue(text, 'id', /Nr\. /g, /\d+/y, accept)).toEqual(expected)
  })

  it('skips values the accept function rejects', () => {
    expect(detectAfterCue('Nr. 12', 'id', /Nr\. /g, /\d+/y, () => 0)).toEqual([])
  })
})
