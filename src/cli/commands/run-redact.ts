import { buffer as readStream } from 'node:stream/consumers'
import { decodeText } from '../../corpus/decode-text.js'
import type { Redaction } from '../../privacy/redaction.js'
import { readDecodedFile } from '../read-text-file.js'
import { formatOfFile, STDIN_PATH, type RedactFormat } from '../redaction/redacted-file.js'
import { redactFileText } from '../redaction/redact-file.js'
import type { CommonOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import { writeFileAtomic } from '../write-file-atomic.js'

export interface RedactCommandOptions extends CommonOptions {
  readonly output?: string
  readonly format?: RedactFormat
  readonly fields: string
  readonly names?: boolean
  readonly quiet?: boolean
}

/** Redacts `file` (or stdin) in its format, writes the result, and reports what was redacted on stderr. */
export async function runRedact(file: string, options: RedactCommandOptions, terminal: Terminal): Promise<void> {
  const input = file === STDIN_PATH ? decodeText(await readStream(terminal.stdin)) : await readDecodedFile(file)
  const format = options.format ?? (file === STDIN_PATH ? 'text' : formatOfFile(file))
  const fields = options.fields.split(',').map((field) => field.trim()).filter(Boolean)
  const redacted = redactFileText(input.text, format, { fields, names: options.names ?? false, file: file === STDIN_PATH ? 'stdin' : file })
  // The output is UTF-8 (placeholders such as ⟨EMAIL⟩ have no Windows-1252 code): a CSV that came
  // as Windows-1252 gets a BOM, so Excel reads the redacted file's umlauts right.
  const text = format === 'csv' && input.encoding === 'windows-1252' ? '\uFEFF' + redacted.text : redacted.text
  if (options.output !== undefined) await writeFileAtomic(options.output, text)
  else terminal.stdout.write(text)
  if (!options.quiet) terminal.stderr.write(summary(redacted.redactions) + '\n')
}

/** "faqmatch: redacted 3 values (email 2, phone 1)". */
function summary(redactions: readonly Redaction[]): string {
  if (redactions.length === 0) return 'faqmatch: no personal data found.'
  const counts = new Map<string, number>()
  for (const { kind } of redactions) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  const byKind = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind, count]) => `${kind} ${count}`)
  return `faqmatch: redacted ${redactions.length} ${redactions.length === 1 ? 'value' : 'values'} (${byKind.join(', ')}).`
}
