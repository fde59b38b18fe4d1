import { describe, expect, it } from 'vitest'
import { redact } from '../../src/privacy/redact.js'
import { loadPiiMessages, scoreByKind } from './pii-fixture.js'

/** Behaviour bars from issue 8: leaking an e-mail, IBAN, card or phone number is the costly error. */
const MIN_RECALL = 0.98
const MIN_PRECISION = 0.95

const messages = loadPiiMessages()
const scores = scoreByKind(messages, (text) => redact(text, { names: true }).redactions)

describe('redact() on the labelled fixture set (exact spans, names on)', () => {
  it.each(['email', 'iban', 'card', 'phone'])('recall of %s is at least 0.98', (kind) => {
    const score = scores.get(kind)!
    const recall = score.truePositives / (score.truePositives + score.falseNegatives)
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL)
  })

  it('overall precision is at least 0.95', () => {
    let truePositives = 0
    let falsePositives = 0
    for (const score of scores.values()) {
      truePositives += score.truePositives
      falsePositives += score.falsePositives
    }
    expect(truePositives / (truePositives + falsePositives)).toBeGreaterThanOrEqual(MIN_PRECISION)
  })

  it('redacts no names by default (names are opt-in)', () => {
    const kinds = new Set(messages.flatMap((m) => redact(m.text).redactions.map((r) => r.kind)))
    expect(kinds.has('name')).toBe(false)
  })
})
