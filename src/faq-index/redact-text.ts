import { redact } from '../privacy/redact.js'

/** The index's redaction: every default detector, typed placeholders, values never kept. */
export function redactText(text: string): string {
  return text ? redact(text).text : text
}
