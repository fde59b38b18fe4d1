import { InvalidArgumentError, Option, type Command } from 'commander'
import { debugOption } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import type { DedupeCommandOptions } from './run-dedupe.js'
import { DEFAULT_MIN_SIMILARITY } from '../../schemas/duplicate-options.js'

const EXAMPLES = `
Examples:
  $ faqmatch dedupe corpus/de-service
  $ faqmatch dedupe threads.jsonl --min-similarity 0.7
  $ faqmatch dedupe threads.csv --json --quiet > clusters.json
  $ faqmatch dedupe ./my-corpus --lang auto --skip-invalid
  $ faqmatch dedupe community.jsonl --answers

The corpus is a folder with threads.jsonl, threads.json or threads.csv, or one such file.
A cluster is a group of threads that ask the same question: its canonical thread (the one to keep)
first, then the others with their best duplicate score (0-1). Every member is a duplicate of the
thread that founded the cluster, so clusters do not chain unrelated threads together.
With --answers, an unanswered thread next to an answered one also counts how well that answer
fits its question (one search per such thread: minutes at 100k threads).
With --json, stdout holds only the clusters as a JSON array:
  [{ "id", "canonicalThreadId", "threadIds", "pairs": [{ "a", "b", "score" }] }]
Progress goes to stderr: a bar on a terminal, a line every 10% otherwise, nothing with --quiet.`

function parseSimilarity(value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('It must be a number from 0 to 1.')
  return n
}

/** `faqmatch dedupe <corpus>`: finds clusters of threads that ask the same question. */
export function registerDedupeCommand(program: Command, terminal: Terminal): Command {
  return program
    .command('dedupe')
    .description('find groups of duplicate threads in a corpus (to merge into one)')
    .argument('<corpus>', 'corpus folder or file (.jsonl, .json, .csv)')
    .addOption(new Option('-m, --min-similarity <p>', 'smallest duplicate probability (0-1) that joins two threads; higher: fewer, surer merges').argParser(parseSimilarity).default(DEFAULT_MIN_SIMILARITY))
    .addOption(new Option('-l, --lang <lang>', 'language of threads without a "lang" field (default: the threads\' "lang" if they share one, "auto" if they differ, else de)').choices(['de', 'en', 'auto']))
    .option('--answers', 'also rank answers for unanswered threads: finds more duplicates of answered threads (slower on large corpora)')
    .option('--json', 'print the clusters as JSON on stdout (and nothing else there)')
    .option('--skip-invalid', 'leave out corpus rows that do not validate instead of failing')
    .option('-q, --quiet', 'no progress and no summary on stderr')
    .addOption(debugOption())
    .addHelpText('after', EXAMPLES)
    .action(async (corpus: string, options: DedupeCommandOptions) => (await import('./run-dedupe.js')).runDedupe(corpus, options, terminal))
}
