import { describe, expect, it } from 'vitest'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { loadPiiMessages } from '../privacy/pii-fixture.js'

// Every labelled personal value of the privacy test set (names are opt-in, so they are left out).
const messages = loadPiiMessages()
const rawValues = messages.flatMap((m) => m.spans.filter((s) => s.kind !== 'name').map((s) => m.text.slice(s.start, s.end)))

// A value counts as leaked when it stands alone, not inside a longer token: "123456789" is also part
// of a parcel tracking number elsewhere in the set, which is not personal data.
const leaked = (text: string) => rawValues.filter((value) => new RegExp(`(?<![\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text))

describe('no raw value from the privacy test set leaks through the index', () => {
  const index = createFaqIndex({ language: 'auto' })
  index.addAll(messages.map((m, i) => ({ id: `m${i}`, question: m.text, answer: `Antwort an: ${m.text}`, variants: [m.text] })))

  it('has values to look for', () => expect(rawValues.length).toBeGreaterThan(100))

  it('the snapshot contains none of them', () => {
    const snapshot = JSON.stringify(index.toJSON())
    expect(leaked(snapshot)).toEqual([])
  })

  it('match results for every message contain none of them', () => {
    const results = JSON.stringify(messages.map((m) => index.match(m.text.slice(0, 2000), { limit: 3 })))
    expect(leaked(results)).toEqual([])
  })
})
