import { Option, type Command } from 'commander'
import { createProgressReporter, progressModeFor } from '../output/progress.js'
import { buildIndexFromCorpus } from '../load-index.js'
import { debugOption, type CommonOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import { writeFileAtomic } from '../write-file-atomic.js'

interface IndexCommandOptions extends CommonOptions {
  readonly output: string
  readonly lang: 'de' | 'en' | 'auto'
  readonly skipInvalid?: boolean
  readonly quiet?: boolean
}

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
    .action(async (corpus: string, options: IndexCommandOptions) => {
      const startedMs = performance.now()
      const progress = createProgressReporter(progressModeFor(terminal.stderr, options.quiet ?? false), terminal.stderr, 'indexing', 'threads')
      let built
      try {
        built = await buildIndexFromCorpus(corpus, { language: options.lang, skipInvalid: options.skipInvalid ?? false, onProgress: (done, total) => progress.update(done, total) })
      } finally {
        progress.stop()
      }
      const text = JSON.stringify(built.index.toJSON())
      await writeFileAtomic(options.output, text)
      if (options.quiet) return
      const seconds = ((performance.now() - startedMs) / 1000).toFixed(1)
      const skipped = built.skipped > 0 ? `, ${built.skipped} invalid rows skipped` : ''
      terminal.stdout.write(`Indexed ${built.index.size} threads from ${corpus} into ${options.output} (${formatBytes(Buffer.byteLength(text))}${skipped}) in ${seconds} s.\n`)
    })
}

function formatBytes(sizeBytes: number): string {
  if (sizeBytes < 1024) return `${sizeBytes} B`
  if (sizeBytes < 1024 * 1024) return `${(sizeBytes / 1024).toFixed(1)} kB`
  return `${(sizeBytes / 1024 / 1024).toFixed(1)} MB`
}
