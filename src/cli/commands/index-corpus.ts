import { Option, type Command } from 'commander'
import { debugOption } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import type { IndexCommandOptions } from './run-index.js'

const EXAMPLES = `
Examples:
  $ faqmatch index corpus/de-service -o index.json
  $ faqmatch index threads.csv -o index.json --skip-invalid
  $ faqmatch index threads.jsonl -o index.json --quiet && faqmatch "Router blinkt rot" --index index.json

The corpus is a folder with threads.jsonl, threads.json or threads.csv, or one such file; each
thread needs id and question, and may have answer, lang, variants, tags, channel, createdAt, url.
The snapshot is written to a temporary file and renamed, so a failed run leaves no partial file.
Progress goes to stderr: a bar on a terminal, a line every 10% otherwise, nothing with --quiet.`

/** `faqmatch index <corpus> -o <file>`: builds an index from a corpus and saves its snapshot. */
export function registerIndexCommand(program: Command, terminal: Terminal): Command {
  return program
    .command('index')
    .description('build an index from a corpus and save it as a snapshot (for --index)')
    .argument('<corpus>', 'corpus folder or file (.jsonl, .json, .csv)')
    .requiredOption('-o, --output <file>', 'where to write the snapshot (JSON)')
    .addOption(new Option('-l, --lang <lang>', 'language of threads without a "lang" field ("auto" detects it per thread)').choices(['de', 'en', 'auto']).default('de'))
    .option('--skip-invalid', 'leave out corpus rows that do not validate instead of failing')
    .option('-q, --quiet', 'print nothing, not even progress')
    .addOption(debugOption())
    .addHelpText('after', EXAMPLES)
    .action(async (corpus: string, options: IndexCommandOptions) => (await import('./run-index.js')).runIndex(corpus, options, terminal))
}
