import { InvalidArgumentError, Option, type Command } from 'commander'
import type { Language } from '../../types.js'
import { debugOption, type CommonOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import { DEFAULT_MIN_SIMILARITY } from '../../schemas/duplicate-options.js'

const EXAMPLES = `
Examples:
  $ faqmatch eval corpus/de-service
  $ faqmatch eval ./my-corpus --html report.html           open report.html to pick the threshold
  $ faqmatch eval threads.jsonl queries.jsonl --json > report.json
  $ faqmatch eval ./my-corpus --reuse-min-confidence 0.8 --limit-worst 50
  $ faqmatch eval ./my-corpus --duplicates 0.7                 also list near-identical threads

The corpus is a folder with threads.(jsonl|json|csv) and queries.(jsonl|json|csv), or a threads
file and a queries file. Each query is {"id", "text", "relevant": [thread ids]}; "relevant": []
means no thread answers it, and the right decision is "new".
The report: hit@1, hit@5, MRR@k; how many queries would be auto-answered ("reuse") and how many
of those wrongly; out-of-scope queries correctly "new"; the same per tag; precision and coverage
of auto-answering for thresholds 0 to 1; and the most confident wrong top matches.
With --json, stdout holds only the report as JSON. The HTML report is written to a temporary file
and renamed. On a terminal, progress goes to stderr.`

/** Matches `match()`'s limit (1..100): MRR@k cannot look deeper than the matches returned. */
const MAX_K = 100
const MAX_WORST = 10_000

function integerFrom(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value)
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`It must be a whole number from ${min} to ${max}.`)
    return n
  }
}

function parseConfidence(value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('It must be a number from 0 to 1.')
  return n
}

export interface EvalCommandOptions extends CommonOptions {
  readonly json?: boolean
  readonly html?: string
  readonly k: number
  readonly limitWorst: number
  readonly lang?: Language | 'auto'
  readonly reuseMinConfidence?: number
  readonly suggestMinConfidence?: number
  readonly skipInvalid?: boolean
  /** `true` without a value, else the minimum similarity. */
  readonly duplicates?: boolean | number
}

/**
 * `faqmatch eval <corpus> [queries]`: builds an index from the corpus threads, matches the labelled
 * queries and prints the evaluation (a table, or JSON), optionally also as an HTML page.
 */
export function registerEvalCommand(program: Command, terminal: Terminal): Command {
  return program
    .command('eval')
    .description('measure how well a corpus answers labelled queries, and how many auto-answers would be wrong')
    .argument('<corpus>', 'corpus folder (threads.* and queries.*) or threads file (.jsonl, .json, .csv)')
    .argument('[queries]', 'labelled queries file, when <corpus> is a threads file or to replace the folder\'s queries')
    .option('--json', 'print the report as JSON on stdout (and nothing else there)')
    .option('--html <file>', 'also write the report as a self-contained HTML page with the threshold chart')
    .addOption(new Option('-k, --k <n>', `cut-off of MRR@k (1-${MAX_K})`).argParser(integerFrom(1, MAX_K)).default(10))
    .addOption(new Option('--limit-worst <n>', 'how many worst misses to list').argParser(integerFrom(0, MAX_WORST)).default(20))
    .addOption(new Option('--reuse-min-confidence <c>', 'evaluate auto-answering at this confidence (default: 0.9)').argParser(parseConfidence))
    .addOption(new Option('--suggest-min-confidence <c>', 'evaluate suggestions from this confidence (default: the fitted SUGGEST_MIN_CONFIDENCE)').argParser(parseConfidence))
    .addOption(new Option('-l, --lang <lang>', 'language of the index (default: the threads\' "lang" if they share one, "auto" if they differ, else de)').choices(['de', 'en', 'auto']))
    .addOption(new Option('--duplicates [min-similarity]', `also list duplicate-looking threads (duplicate probability 0-1, default ${DEFAULT_MIN_SIMILARITY})`).argParser(parseConfidence))
    .option('--skip-invalid', 'leave out corpus rows that do not validate instead of failing')
    .addOption(debugOption())
    .addHelpText('after', EXAMPLES)
    .action(async (corpus: string, queries: string | undefined, options: EvalCommandOptions) => runEval(corpus, queries, options, terminal))
}

/** The index language: `--lang`, else the one `lang` all threads share, `auto` for several, else German. */
export function corpusLanguage(threads: readonly { readonly lang?: Language | undefined }[], given?: Language | 'auto'): Language | 'auto' {
  if (given) return given
  const langs = new Set(threads.map((t) => t.lang).filter((l): l is Language => l !== undefined))
  if (langs.size === 0) return 'de'
  return langs.size === 1 ? [...langs][0]! : 'auto'
}

/** Loads the corpus, builds the index, evaluates and writes the report. The library loads on first use, so help stays fast. */
async function runEval(corpusPath: string, queriesPath: string | undefined, options: EvalCommandOptions, terminal: Terminal): Promise<void> {
  const [{ loadCorpus }, { createFaqIndex }, { evaluate }, { renderTable }, { renderHtml }, { withProgress }, { formatJson }, { writeFileAtomic }, { InputDataError }] =
    await Promise.all([
      import('../../corpus/load-corpus.js'),
      import('../../faq-index/create-faq-index.js'),
      import('../../evaluation/evaluate.js'),
      import('../../evaluation/render/render-table.js'),
      import('../../evaluation/render/render-html.js'),
      import('../output/progress.js'),
      import('../output/json.js'),
      import('../write-file-atomic.js'),
      import('../errors.js'),
    ])
  const skipInvalid = options.skipInvalid ?? false
  const corpus = await loadCorpus(corpusPath, { skipInvalid })
  const separate = queriesPath === undefined ? undefined : await loadCorpus(queriesPath, { skipInvalid, kind: 'queries' })
  const queries = separate ? separate.queries : corpus.queries
  const skippedRows = corpus.skipped.length + (separate?.skipped.length ?? 0)
  if (corpus.threads.length === 0) throw new InputDataError(corpusPath, 'no threads', 'Give a corpus folder with threads.jsonl, .json or .csv, or a threads file.')
  if (queries.length === 0) {
    throw new InputDataError(queriesPath ?? corpusPath, 'no labelled queries', 'Add queries.jsonl (or .json, .csv) to the folder, or name a queries file: faqmatch eval <threads> <queries>.')
  }

  // Progress only on a terminal: in logs and pipes, the report is all that is wanted.
  const mode = terminal.stderr.isTTY ? 'bar' : 'off'
  const index = createFaqIndex({ language: corpusLanguage(corpus.threads, options.lang) })
  withProgress(mode, terminal.stderr, 'indexing', 'threads', (onProgress) => index.addAll(corpus.threads, { onProgress }))
  const report = withProgress(mode, terminal.stderr, 'matching', 'queries', (onProgress) =>
    evaluate(index, queries, {
      k: options.k,
      worst: options.limitWorst,
      ...(options.reuseMinConfidence !== undefined ? { reuseMinConfidence: options.reuseMinConfidence } : {}),
      ...(options.suggestMinConfidence !== undefined ? { suggestMinConfidence: options.suggestMinConfidence } : {}),
      onProgress,
      ...(options.duplicates !== undefined ? { duplicates: options.duplicates === true ? true : { minSimilarity: Number(options.duplicates) } } : {}),
    }),
  )

  if (options.html !== undefined) await writeFileAtomic(options.html, renderHtml(report))
  if (options.json) {
    terminal.stdout.write(formatJson(report))
    return
  }
  const skipped = skippedRows > 0 ? `\n${skippedRows} invalid corpus ${skippedRows === 1 ? 'row' : 'rows'} skipped.` : ''
  const html = options.html !== undefined ? `\nHTML report written to ${options.html}.` : ''
  terminal.stdout.write(renderTable(report) + skipped + html + (skipped || html ? '\n' : ''))
}
