import { text as readStream } from 'node:stream/consumers'
import { Option, type Command } from 'commander'
import type { Redaction } from '../../privacy/redaction.js'
import { readTextFile } from '../read-text-file.js'
import { DEFAULT_REDACT_FIELDS, formatOfFile, REDACT_FORMATS, type RedactFormat } from '../redaction/redacted-file.js'
import { redactFileText } from '../redaction/redact-file.js'
import { debugOption, type CommonOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import { writeFileAtomic } from '../write-file-atomic.js'

/** The file argument that means "read stdin". */
const STDIN_PATH = '-'

interface RedactCommandOptions extends CommonOptions {
  readonly output?: string
  readonly format?: RedactFormat
  readonly fields: string
  readonly names?: boolean
  readonly quiet?: boolean
}

const EXAMPLES = `
Examples:
  $ faqmatch redact mails.txt > mails.redacted.txt
  $ faqmatch redact threads.jsonl -o threads.redacted.jsonl
  $ faqmatch redact export.csv -o export.redacted.csv --fields question,answer --names
  $ cat message.txt | faqmatch redact -

Personal data (e-mail, IBAN, card and phone numbers, addresses, customer/contract numbers, IPs,
birth dates; names after greetings with --names) becomes placeholders such as ⟨EMAIL⟩.
The format follows the file extension unless --format is given:
  text   the whole file
  jsonl  one JSON object per line; the string (or string array) fields named by --fields
  json   an object or an array of objects; the fields named by --fields
  csv    the columns whose header is named by --fields (every cell if no header matches);
         quoting, delimiter (, or ;) and line endings are kept
A summary ("redacted 3 values: email 2, phone 1") goes to stderr unless --quiet.`

/** `faqmatch redact <file>`: redacts personal data in a text, JSONL, JSON or CSV file. */
export function registerRedactCommand(program: Command, terminal: Terminal): Command {
  return program
    .command('redact')
    .description('replace personal data in a text, JSONL, JSON or CSV file with placeholders')
    .argument('<file>', `file to redact ("${STDIN_PATH}" reads stdin)`)
    .option('-o, --output <file>', 'write the redacted file here instead of stdout')
    .addOption(new Option('-f, --format <format>', 'file format (default: from the extension, else text)').choices(REDACT_FORMATS))
    .option('--fields <names>', 'comma-separated fields/columns to redact in JSONL, JSON and CSV', DEFAULT_REDACT_FIELDS.join(','))
    .option('--names', 'also redact names after greetings and sign-offs (may hit brand names)')
    .option('-q, --quiet', 'no summary on stderr')
    .addOption(debugOption())
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, options: RedactCommandOptions) => {
      const input = file === STDIN_PATH ? await readStream(terminal.stdin) : await readTextFile(file)
      const format = options.format ?? (file === STDIN_PATH ? 'text' : formatOfFile(file))
      const fields = options.fields.split(',').map((field) => field.trim()).filter(Boolean)
      const redacted = redactFileText(input, format, { fields, names: options.names ?? false, file: file === STDIN_PATH ? 'stdin' : file })
      if (options.output !== undefined) await writeFileAtomic(options.output, redacted.text)
      else terminal.stdout.write(redacted.text)
      if (!options.quiet) terminal.stderr.write(summary(redacted.redactions) + '\n')
    })
}

/** "faqmatch: redacted 3 values (email 2, phone 1)". */
function summary(redactions: readonly Redaction[]): string {
  if (redactions.length === 0) return 'faqmatch: no personal data found.'
  const counts = new Map<string, number>()
  for (const { kind } of redactions) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  const byKind = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind, count]) => `${kind} ${count}`)
  return `faqmatch: redacted ${redactions.length} ${redactions.length === 1 ? 'value' : 'values'} (${byKind.join(', ')}).`
}
