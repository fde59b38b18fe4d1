import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../../src/errors.js'
import { redact } from '../../src/privacy/redact.js'
import { loadPiiMessages } from './pii-fixture.js'

describe('redact', () => {
  it.each([
    // German first: one message, several kinds
    ['Hallo, meine Kundennummer ist 123456789, Rückruf bitte unter 0171 1234567.', 'Hallo, meine Kundennummer ist ⟨CUSTOMER_ID⟩, Rückruf bitte unter ⟨PHONE⟩.'],
    ['Neue IBAN: DE44 5596 7651 0229 7632 18', 'Neue IBAN: ⟨IBAN⟩'],
    ['Karte 4173 3546 7643 6797 abgelehnt', 'Karte ⟨CARD⟩ abgelehnt'],
    ['Neue Adresse: Hauptstraße 12, 10115 Berlin', 'Neue Adresse: ⟨ADDRESS⟩'],
    ['Bitte an max.mustermann@web.de schicken', 'Bitte an ⟨EMAIL⟩ schicken'],
    ['geboren am 14.02.1979, IP 84.132.17.201', 'geboren am ⟨BIRTHDATE⟩, IP ⟨IP⟩'],
    // hard negatives stay as they are
    ['FRITZ!Box 7590, Firmware 7.57, DSL 16000, 49,99 € am 12.03.2024', 'FRITZ!Box 7590, Firmware 7.57, DSL 16000, 49,99 € am 12.03.2024'],
    ['Tarif L 10 GB, 3 Bestellungen, seit 2019, Router 192.168.178.1', 'Tarif L 10 GB, 3 Bestellungen, seit 2019, Router 192.168.178.1'],
    ['Hotline 0800 330 1000 ist besetzt', 'Hotline 0800 330 1000 ist besetzt'],
    // English
    ['My order number is 112-7744190-3321, call +44 20 7946 0958', 'My order number is ⟨CUSTOMER_ID⟩, call ⟨PHONE⟩'],
    // empty and placeholder-only input
    ['', ''],
    ['   ', '   '],
  ])('%j → %j', (input, expected) => {
    expect(redact(input).text).toBe(expected)
  })

  it('keeps the longest detection when two overlap (the IBAN, not the phone-like digits inside it)', () => {
    const result = redact('IBAN DE44 5596 7651 0229 7632 18')
    expect(result.redactions.map((r) => r.kind)).toEqual(['iban'])
  })

  it('never returns overlapping redactions', () => {
    for (const message of loadPiiMessages()) {
      const { redactions } = redact(message.text, { names: true })
      for (let i = 1; i < redactions.length; i++) expect(redactions[i]!.start).toBeGreaterThanOrEqual(redactions[i - 1]!.end)
    }
  })
})

describe('redact: offsets', () => {
  it.each(loadPiiMessages().map((m) => [m.id, m.text] as const))('%s: original.slice(start, end) === value', (_id, text) => {
    const { redactions } = redact(text, { names: true, includeValues: true })
    for (const redaction of redactions) expect(text.slice(redaction.start, redaction.end)).toBe(redaction.value)
  })

  it('rebuilds the redacted text from the offsets and placeholders', () => {
    const text = 'Kd.-Nr. 998877665, Mail k.yilmaz@t-online.de, Tel 0176 98765432'
    const { text: redacted, redactions } = redact(text)
    let rebuilt = ''
    let at = 0
    for (const r of redactions) {
      rebuilt += text.slice(at, r.start) + `⟨${r.kind.toUpperCase().replace('-', '_')}⟩`
      at = r.end
    }
    expect(rebuilt + text.slice(at)).toBe(redacted)
  })

  it('leaves out value unless includeValues is true', () => {
    expect(redact('Mail: max@web.de').redactions).toEqual([{ kind: 'email', start: 6, end: 16 }])
    expect(redact('Mail: max@web.de', { includeValues: true }).redactions).toEqual([{ kind: 'email', start: 6, end: 16, value: 'max@web.de' }])
  })
})

describe('redact: idempotence', () => {
  it.each(loadPiiMessages().map((m) => [m.id, m.text] as const))('%s: redacting twice changes nothing more', (_id, text) => {
    const once = redact(text, { names: true }).text
    const twice = redact(once, { names: true })
    expect(twice.text).toBe(once)
    expect(twice.redactions).toEqual([])
  })

  it('never redacts a placeholder, also not with a pattern that would match it', () => {
    expect(redact('Kunde ⟨CUSTOMER_ID⟩ ruft an', { patterns: [{ kind: 'secret', pattern: /[A-Z_]{5,}/ }] }).text).toBe('Kunde ⟨CUSTOMER_ID⟩ ruft an')
  })
})

describe('redact: options', () => {
  it.each([
    [{ kinds: ['email' as const] }, 'Tel 0171 1234567, ⟨EMAIL⟩'],
    [{ kinds: ['phone' as const] }, 'Tel ⟨PHONE⟩, max@web.de'],
    [{ kinds: [] }, 'Tel 0171 1234567, max@web.de'],
    [{ placeholder: (kind: string) => `[${kind}]` }, 'Tel [phone], [email]'],
  ])('%o', (options, expected) => {
    expect(redact('Tel 0171 1234567, max@web.de', options).text).toBe(expected)
  })

  it('runs user patterns, copies the RegExp (lastIndex untouched) and lets them win ties', () => {
    const pattern = /TK-\d{6}/
    const result = redact('Ticket TK-123456 und TK-654321', { patterns: [{ kind: 'ticket-id', pattern }] })
    expect(result.text).toBe('Ticket ⟨TICKET_ID⟩ und ⟨TICKET_ID⟩')
    expect(result.redactions.map((r) => r.kind)).toEqual(['ticket-id', 'ticket-id'])
    expect(pattern.lastIndex).toBe(0)
    const tie = redact('Kundennummer 4711-0815', { patterns: [{ kind: 'legacy-id', pattern: /\d{4}-\d{4}/g }] })
    expect(tie.text).toBe('Kundennummer ⟨LEGACY_ID⟩')
  })

  it('ignores empty matches of a user pattern', () => {
    expect(redact('abc', { patterns: [{ kind: 'nothing', pattern: /x*/ }] })).toEqual({ text: 'abc', redactions: [] })
  })

  it.each([
    ['Viele Grüße\nAnna Schmidt', { names: true }, 'Viele Grüße\n⟨NAME⟩'],
    ['Viele Grüße\nAnna Schmidt', {}, 'Viele Grüße\nAnna Schmidt'],
    ['Hallo Herr Müller, danke!', { kinds: ['name' as const] }, 'Hallo Herr ⟨NAME⟩, danke!'],
    ['Best regards, John Smith', { names: true, kinds: [] }, 'Best regards, ⟨NAME⟩'],
  ])('names are opt-in: %j with %o', (text, options, expected) => {
    expect(redact(text, options).text).toBe(expected)
  })
})

describe('redact: bad input', () => {
  const error = (run: () => unknown): InvalidInputError => {
    try {
      run()
    } catch (caught) {
      return caught as InvalidInputError
    }
    throw new Error('expected an error')
  }

  it.each([
    [() => redact(42 as unknown as string), 'redact() needs a string', [{ path: 'text', message: 'must be a string (got number)' }]],
    [() => redact(null as unknown as string), 'redact() needs a string', [{ path: 'text', message: 'must be a string (got null)' }]],
    [() => redact('x', { kinds: ['mail' as 'email'] }), 'invalid redact() options', [{ path: 'options.kinds[0]' }]],
    [() => redact('x', { nmaes: true } as object), 'invalid redact() options', [{ path: 'options' }]],
    [() => redact('x', { names: 'yes' as unknown as boolean }), 'invalid redact() options', [{ path: 'options.names' }]],
    [() => redact('x', { patterns: [{ kind: 'ticket id', pattern: /x/ }] }), 'invalid redact() options', [{ path: 'options.patterns[0].kind' }]],
    [() => redact('x', { patterns: [{ kind: 'ticket', pattern: 'TK-\\d+' as unknown as RegExp }] }), 'invalid redact() options', [{ path: 'options.patterns[0].pattern', message: 'must be a RegExp' }]],
    [() => redact('x', { placeholder: '[X]' as unknown as () => string }), 'invalid redact() options', [{ path: 'options.placeholder', message: 'must be a function (kind) => string' }]],
    [() => redact('a@b.de', { placeholder: (() => 1) as unknown as () => string }), 'invalid redact() options', [{ path: 'options.placeholder' }]],
  ])('%#: throws InvalidInputError with the issue path', (run, what, issues) => {
    const thrown = error(run)
    expect(thrown).toBeInstanceOf(InvalidInputError)
    expect(thrown.code).toBe('INVALID_INPUT')
    expect(thrown.message).toMatch(new RegExp(`^faqmatch: ${what.replace(/[()]/g, '\\$&')} \\(.*\\)\\. Fix the listed fields and call again\\.$`))
    expect(thrown.issues).toMatchObject(issues)
  })

  it('names what it got in the message', () => {
    expect(error(() => redact(42 as unknown as string)).message).toMatchInlineSnapshot(`"faqmatch: redact() needs a string (text: must be a string (got number)). Fix the listed fields and call again."`)
    expect(error(() => redact('x', { kinds: ['mail' as 'email'] })).message).toMatch(/^faqmatch: invalid redact\(\) options \(options\.kinds\[0\]: /)
  })
})
