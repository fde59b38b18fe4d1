import { describe, expect, it } from 'vitest'
import { textCues } from '../../src/trends/text-cues.js'

describe('textCues', () => {
  it.each([
    ['Zug fällt aus 😡', { polarity: -0.7, personal: true, exclamations: 0 }],
    ['Danke 👍👍', { polarity: 1.2, personal: true, exclamations: 0 }],
    ['Schon wieder :(', { polarity: -0.5, personal: true, exclamations: 0 }],
    ['Super :-) !!', { polarity: 0.4, personal: true, exclamations: 2 }],
    ['Ich liebe dich ❤️', { polarity: 0.6, personal: true, exclamations: 0 }],
    ['Endstand 1:0 (siehe oben) https://t.co/x:D', { polarity: 0, personal: false, exclamations: 0 }],
    ['', { polarity: 0, personal: false, exclamations: 0 }],
  ] as const)('%s', (text, expected) => {
    const cues = textCues(text)
    expect({ ...cues, polarity: Math.round(cues.polarity * 10) / 10 }).toEqual(expected)
  })

  it('a pictograph without a listed polarity still marks the text as personal', () => {
    expect(textCues('Zug 🚆')).toEqual({ polarity: 0, personal: true, exclamations: 0 })
  })
})
