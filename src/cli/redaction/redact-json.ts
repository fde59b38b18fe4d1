import type { Redaction } from '../../privacy/redaction.js'
import { InputDataError } from '../errors.js'
import type { RedactedFile, RedactFileOptions } from './redacted-file.js'
import { redactRecord } from './redact-record.js'

/**
 * Redacts a JSON file holding one object or an array of objects (a `threads.json`), and writes it
 * back with two-space indentation.
 */
export function redactJson(text: string, options: RedactFileOptions): RedactedFile {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new InputDataError(options.file, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, 'Fix the file, or use --format text.')
  }
  const found: Redaction[] = []
  const redactItem = (item: unknown, where: string): unknown => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new InputDataError(where, 'expected a JSON object', 'Give an object or an array of objects, or use --format text.')
    }
    return redactRecord(item as Record<string, unknown>, options.fields, options.names, found)
  }
  const redacted = Array.isArray(value) ? value.map((item, i) => redactItem(item, `${options.file} [${i}]`)) : redactItem(value, options.file)
  return { text: JSON.stringify(redacted, null, 2) + '\n', redactions: found }
}
