import { Option, type Command } from 'commander'
import { DEFAULT_REDACT_FIELDS, REDACT_FORMATS, STDIN_PATH } from '../redaction/redacted-file.js'
import { debugOption } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import type { RedactCommandOptions } from './run-redact.js'


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
    .action(async (file: string, options: RedactCommandOptions) => (await import('./run-redact.js')).runRedact(file, options, terminal))
}
