import { redact } from '../../privacy/redact.js'
import type { Redaction } from '../../privacy/redaction.js'

/**
 * A copy of a JSON record with the string values of `fields` redacted (string arrays such as
 * `variants` element by element); other keys and their order stay as they are.
 */
export function redactRecord(record: Readonly<Record<string, unknown>>, fields: readonly string[], names: boolean, found: Redaction[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...record }
  for (const field of fields) {
    const value = copy[field]
    if (typeof value === 'string') copy[field] = redactString(value, names, found)
    else if (Array.isArray(value)) copy[field] = value.map((item: unknown) => (typeof item === 'string' ? redactString(item, names, found) : item))
  }
  return copy
}

/** `redact(text)` that collects the redactions into `found`. */
export function redactString(text: string, names: boolean, found: Redaction[]): string {
  const result = redact(text, { names })
  found.push(...result.redactions)
  return result.text
}
