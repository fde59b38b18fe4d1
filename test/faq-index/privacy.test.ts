import { describe, expect, it } from 'vitest'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'

const RAW = ['max.mustermann@example.de', 'DE89 3704 0044 0532 0130 00', '0171 1234567']

describe('the index redacts by default', () => {
  const index = createFaqIndex({ language: 'de' })
  index.add({
    id: 'iban',
    question: 'Meine IBAN DE89 3704 0044 0532 0130 00 ist falsch hinterlegt',
    answer: 'Wir haben die IBAN korrigiert. Rückfragen an max.mustermann@example.de oder 0171 1234567.',
  })

  it('stored thread, match result and snapshot contain no raw value', () => {
    const result = index.match('IBAN DE89 3704 0044 0532 0130 00 falsch')
    const everything = JSON.stringify([index.get('iban'), result, index.toJSON()])
    for (const raw of RAW) expect(everything).not.toContain(raw)
    expect(index.get('iban')!.answer).toContain('⟨EMAIL⟩')
  })

  it('a redacted question and a raw one match each other', () => {
    expect(index.match('meine IBAN ⟨IBAN⟩ ist falsch').matches[0]!.threadId).toBe('iban')
    expect(index.match('IBAN DE44 5001 0517 5407 3249 31 ist falsch').matches[0]!.threadId).toBe('iban')
  })

  it('turning it off is explicit', () => {
    const plain = createFaqIndex({ redact: false })
    plain.add({ id: 'x', question: 'Mail an max.mustermann@example.de', answer: '' })
    expect(plain.get('x')!.question).toContain('max.mustermann@example.de')
  })
})
