import { describe, expect, it } from 'vitest'
import { detectUserPattern } from '../../../src/privacy/detectors/user-pattern.js'

describe('detectUserPattern', () => {
  it.each([
    ['Ticket TK-123456 offen', /TK-\d{6}/, [{ kind: 'ticket-id', start: 7, end: 16 }]],
    ['TK-1 TK-2', /TK-\d/g, [{ kind: 'ticket-id', start: 0, end: 4 }, { kind: 'ticket-id', start: 5, end: 9 }]],
    ['tk-1', /TK-\d/i, [{ kind: 'ticket-id', start: 0, end: 4 }]],
    ['abc', /x*/, []],
  ])('%j with %s', (text, pattern, expected) => {
    expect(detectUserPattern(text, 'ticket-id', pattern)).toEqual(expected)
  })
})
