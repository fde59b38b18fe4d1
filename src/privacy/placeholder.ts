import { InvalidInputError } from '../errors.js'
import { KIND_NAME_PATTERN } from '../schemas/redact-options.js'

/**
 * RegExp source matching any default placeholder: `⟨`, capitals or `_`, `⟩`
 * (U+27E8/U+27E9, brackets that customer text practically never contains).
 * Tokenizers use it to keep a placeholder as one token; `redact()` uses it to leave
 * placeholders alone, which makes redaction idempotent.
 * @example
 * new RegExp(PLACEHOLDER_PATTERN, 'g').test('Meine Nummer: ⟨PHONE⟩') //=> true
 */
export const PLACEHOLDER_PATTERN = '\u27E8[A-Z_]{1,30}\u27E9'

/**
 * The default placeholder for a kind: upper case, `-` becomes `_`. Stable across versions,
 * so redacted texts stored today still match texts redacted tomorrow.
 * Throws `InvalidInputError` for a kind that is not 1–30 letters, `-` or `_`.
 * @example
 * placeholderFor('phone') //=> '⟨PHONE⟩'
 * placeholderFor('customer-id') //=> '⟨CUSTOMER_ID⟩'
 */
export function placeholderFor(kind: string): string {
  if (typeof kind !== 'string' || !KIND_NAME_PATTERN.test(kind)) {
    const got = typeof kind === 'string' ? JSON.stringify(kind) : typeof kind
    throw new InvalidInputError([{ path: 'kind', message: `must be 1–30 letters, "-" or "_", starting with a letter (got ${got})` }], 'invalid placeholder kind')
  }
  return `\u27E8${kind.toUpperCase().replace(/-/g, '_')}\u27E9`
}
