import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { PII_KINDS } from '../../src/schemas/redact-options.js'
import { parseSource, toJsonl } from '../fixtures/pii/build-messages.mjs'
import { FIXTURE_DIR, loadPiiMessages } from './pii-fixture.js'

const source = readFileSync(`${FIXTURE_DIR}messages.src.txt`, 'utf8')
const messages = loadPiiMessages()

describe('test/fixtures/pii/messages.jsonl', () => {
  it('is built from messages.src.txt (run build-messages.mjs after editing the source)', () => {
    expect(readFileSync(`${FIXTURE_DIR}messages.jsonl`, 'utf8')).toBe(toJsonl(parseSource(source)))
  })

  it('holds at least 150 messages in German and English, with unique ids', () => {
    expect(messages.length).toBeGreaterThanOrEqual(150)
    expect(new Set(messages.map((m) => m.id)).size).toBe(messages.length)
    expect(messages.filter((m) => m.lang === 'de').length).toBeGreaterThan(100)
    expect(messages.filter((m) => m.lang === 'en').length).toBeGreaterThan(40)
  })

  it('has many hard negatives: messages with numbers but nothing to redact', () => {
    const negatives = messages.filter((m) => m.spans.length === 0 && /\d/.test(m.text))
    expect(negatives.length).toBeGreaterThanOrEqual(50)
  })

  it('marks every span exactly: the span text is the marked text of the source', () => {
    const marked = [...source.slice(source.indexOf('\n### ')).matchAll(/\[\[([a-z-]+):([^\]]+)\]\]/g)].map((m) => `${m[1]}|${m[2]}`)
    const spans = messages.flatMap((m) => m.spans.map((s) => `${s.kind}|${m.text.slice(s.start, s.end)}`))
    expect(spans).toEqual(marked)
  })

  it.each(messages.map((m) => [m.id, m] as const))('%s: spans are known kinds, in range, ordered, trimmed, not overlapping', (_id, message) => {
    let previousEnd = 0
    for (const span of message.spans) {
      expect(PII_KINDS).toContain(span.kind)
      expect(span.start).toBeGreaterThanOrEqual(previousEnd)
      expect(span.end).toBeLessThanOrEqual(message.text.length)
      const text = message.text.slice(span.start, span.end)
      expect(text.trim()).toBe(text)
      previousEnd = span.end
    }
  })
})
