import { describe, expect, it } from 'vitest'
import { InvalidInputError } from '../../src/errors.js'
import { PLACEHOLDER_PATTERN, placeholderFor } from '../../src/privacy/placeholder.js'
import { PII_KINDS } from '../../src/schemas/redact-options.js'

describe('placeholderFor', () => {
  it.each([
    ['email', '⟨EMAIL⟩'],
    ['iban', '⟨IBAN⟩'],
    ['card', '⟨CARD⟩'],
    ['phone', '⟨PHONE⟩'],
    ['address', '⟨ADDRESS⟩'],
    ['customer-id', '⟨CUSTOMER_ID⟩'],
    ['ip', '⟨IP⟩'],
    ['birthdate', '⟨BIRTHDATE⟩'],
    ['name', '⟨NAME⟩'],
    ['ticket_id', '⟨TICKET_ID⟩'],
  ])('%s → %s', (kind, expected) => {
    expect(placeholderFor(kind)).toBe(expected)
  })

  it.each(PII_KINDS)('the placeholder of %s matches PLACEHOLDER_PATTERN as a whole', (kind) => {
    expect(new RegExp(`^${PLACEHOLDER_PATTERN}$`).test(placeholderFor(kind))).toBe(true)
  })

  it.each(['', 'e mail', 'kind1', 'ä', 'x'.repeat(31)])('rejects %j with InvalidInputError', (kind) => {
    expect(() => placeholderFor(kind)).toThrow(InvalidInputError)
  })
})

describe('PLACEHOLDER_PATTERN', () => {
  it.each([
    ['Ruf mich an: ⟨PHONE⟩', ['⟨PHONE⟩']],
    ['⟨CUSTOMER_ID⟩⟨IBAN⟩', ['⟨CUSTOMER_ID⟩', '⟨IBAN⟩']],
    ['⟨phone⟩ ⟨⟩ <PHONE>', []],
  ])('%j → %j', (text, expected) => {
    expect(text.match(new RegExp(PLACEHOLDER_PATTERN, 'g')) ?? []).toEqual(expected)
  })
})
