import type { Redaction } from '../../privacy/redaction.js'
import { InputDataError } from '../errors.js'
import type { RedactedFile, RedactFileOptions } from './redacted-file.js'
import { redactRecord } from './redact-record.js'

/**
 * Redacts JSON Lines: each line is one object whose `fields` are redacted. Lines without personal
 * data and blank lines are written back byte for byte; line endings are kept.
 * A line that is no JSON object throws InputDataError with its line number.
 */
export function redactJsonl(text: string, options: RedactFileOptions): RedactedFile {
  const found: Redaction[] = []
  const lines = text.split(/(?<=\n)/)
  const out = lines.map((raw, i) => {
    const ending = raw.endsWith('\r\n') ? '\r\n' : raw.endsWith('\n') ? '\n' : ''
    const line = raw.slice(0, raw.length - ending.length)
    if (line.trim() === '') return raw
    let record: unknown
    try {
      record = JSON.parse(line)
    } catch {
      throw new InputDataError(`${options.file} line ${i + 1}`, 'not valid JSON', 'Fix the line, or use --format text to redact the file as plain text.')
    }
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new InputDataError(`${options.file} line ${i + 1}`, 'expected a JSON object', 'Write one object per line, or use --format text.')
    }
    const before = found.length
    const redacted = redactRecord(record as Record<string, unknown>, options.fields, options.names, found)
    return found.length === before ? raw : JSON.stringify(redacted) + ending
  })
  return { text: out.join(''), redactions: found }
}
