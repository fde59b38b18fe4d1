import { InvalidArgumentError, Option, type Command } from 'commander'
import { debugOption } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import type { TrendsCommandOptions } from './run-trends.js'

const EXAMPLES = `
Examples:
  $ faqmatch trends messages.jsonl
  $ faqmatch trends messages.jsonl --window hour --brand @fernwerk_hilfe --watch Störung,Glasfaser
  $ faqmatch trends messages.jsonl --index index.json --json > trends.json
  $ faqmatch trends messages.jsonl --corpus corpus/de-service --public

The messages file is JSON Lines: one message per line, at least
  {"id": "tw-1", "text": "Störung Internet in Berlin", "createdAt": "2024-03-04T08:12:00+01:00"}
and optionally channel, author, reach, inReplyTo, mentions, hashtags, lang. A line that is not
a valid message stops the run with its line number (exit code 3).
With --corpus or --index, messages that an answered thread matches belong to that known topic;
the others are clustered into emerging topics. Topics are ranked by priority (spike, volume,
negativity, public reach, whether an answer exists).
--limit cuts the listing for people; --json prints the whole topicTrends result, --public the
privacy-safe summary (counts and redacted labels, topics of at least 5 messages) as JSON.
Progress goes to stderr: a bar on a terminal, a line every 10% otherwise, nothing with --quiet.`

const MAX_LIMIT = 1_000

function parseLimit(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT) throw new InvalidArgumentError(`It must be a whole number from 1 to ${MAX_LIMIT}.`)
  return n
}

function parseTimeZone(value: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value })
    return value
  } catch {
    throw new InvalidArgumentError('It must be an IANA time zone name such as Europe/Berlin.')
  }
}

function parseList(value: string): string[] {
  const items = value.split(',').map((item) => item.trim()).filter(Boolean)
  if (items.length === 0) throw new InvalidArgumentError('It must name at least one word, separated by commas.')
  return items
}

function parseBrand(value: string): string[] {
  const handles = parseList(value)
  if (handles.some((h) => h.length < 2)) throw new InvalidArgumentError('Each handle needs at least 2 characters, e.g. @fernwerk_hilfe.')
  return handles
}

/** `faqmatch trends <messages.jsonl>`: ranks the topics of customer messages by priority. */
export function registerTrendsCommand(program: Command, terminal: Terminal): Command {
  return program
    .command('trends')
    .description('find recurring and emerging topics in customer messages, with spikes and priority')
    .argument('<messages>', 'messages file, JSON Lines (one message per line)')
    .addOption(new Option('-w, --window <unit>', 'length of one time window').choices(['hour', 'day', 'week']).default('day'))
    .addOption(new Option('--time-zone <zone>', 'IANA time zone the windows start in').argParser(parseTimeZone).default('Europe/Berlin'))
    .addOption(new Option('--brand <handles>', 'the brand\'s own handle(s), comma-separated; its posts are replies, mentions of it are cases').argParser(parseBrand))
    .addOption(new Option('--watch <words>', 'comma-separated words or phrases to watch for without a mention').argParser(parseList))
    .addOption(new Option('-c, --corpus <dir|file>', 'answered threads as known topics, from this corpus').conflicts('index'))
    .addOption(new Option('-i, --index <snapshot.json>', 'answered threads as known topics, from a snapshot written by "faqmatch index"').conflicts('corpus'))
    .addOption(new Option('-l, --lang <lang>', 'language of messages without "lang" (and of threads read with --corpus)').choices(['de', 'en']).default('de'))
    .addOption(new Option('-n, --limit <n>', `how many topics to list (1-${MAX_LIMIT}; not with --json/--public)`).argParser(parseLimit).default(10))
    .addOption(new Option('--json', 'print the whole result as JSON on stdout (and nothing else there)').conflicts('public'))
    .addOption(new Option('--public', 'print the privacy-safe public summary as JSON instead').conflicts('json'))
    .option('--skip-invalid', 'leave out corpus rows that do not validate instead of failing (with --corpus)')
    .option('-q, --quiet', 'no progress on stderr')
    .addOption(debugOption())
    .addHelpText('after', EXAMPLES)
    .action(async (messages: string, options: TrendsCommandOptions) => (await import('./run-trends.js')).runTrends(messages, options, terminal))
}
