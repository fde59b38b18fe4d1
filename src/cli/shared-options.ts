import { InvalidArgumentError, Option } from 'commander'

/** Most matches `match()` returns; its schema allows 1..100. */
const MAX_LIMIT = 100
/** Matches shown when `--limit` is not given: enough to compare, short enough to read. */
export const DEFAULT_LIMIT = 5

/** Options every command accepts. */
export interface CommonOptions {
  readonly debug?: boolean
}

/** Options of the commands that answer questions (`ask`, `repl`). */
export interface AnswerOptions extends CommonOptions {
  readonly corpus?: string
  readonly index?: string
  readonly limit: number
  readonly lang?: 'de' | 'en'
  readonly json?: boolean
  readonly skipInvalid?: boolean
}

function parseLimit(value: string): number {
  const limit = Number(value)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new InvalidArgumentError(`It must be a whole number from 1 to ${MAX_LIMIT}.`)
  return limit
}

/** `--debug`: stack traces on errors. On every command, so it works in any position. */
export const debugOption = () => new Option('--debug', 'print stack traces on errors')

/** The options of `ask` and `repl`: where the threads come from, and how to answer. */
export function answerOptions(): Option[] {
  return [
    new Option('-c, --corpus <dir|file>', 'answer from this corpus (threads.jsonl/.json/.csv, or a folder with one) instead of the bundled German corpus').conflicts('index'),
    new Option('-i, --index <snapshot.json>', 'answer from an index snapshot written by "faqmatch index" (fast: nothing is analyzed again)').conflicts('corpus'),
    new Option('-n, --limit <n>', `how many matches to show (1-${MAX_LIMIT})`).argParser(parseLimit).default(DEFAULT_LIMIT),
    new Option('-l, --lang <lang>', 'analyze the question as German or English (default: the index language, German)').choices(['de', 'en']),
    new Option('--json', 'print the result as JSON on stdout (and nothing else there)'),
    new Option('--skip-invalid', 'leave out corpus rows that do not validate instead of failing (with --corpus)'),
    debugOption(),
  ]
}
