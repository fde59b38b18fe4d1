import { publicSummary } from '../../trends/public-summary.js'
import { topicTrends } from '../../trends/topic-trends.js'
import type { TopicTrends } from '../../trends/trend-types.js'
import type { TopicIndex } from '../../schemas/trend-options.js'
import { InputDataError } from '../errors.js'
import { buildIndexFromCorpus, readIndexSnapshot } from '../load-index.js'
import { paletteFor, type Palette } from '../output/colors.js'
import { progressModeFor, withProgress, withProgressAsync } from '../output/progress.js'
import { formatJson } from '../output/json.js'
import { formatTable } from '../output/table.js'
import { readTextFile } from '../read-text-file.js'
import { parseMessagesJsonl } from '../read-messages.js'
import type { CommonOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'

export interface TrendsCommandOptions extends CommonOptions {
  readonly window: 'hour' | 'day' | 'week'
  readonly timeZone: string
  readonly brand?: readonly string[]
  readonly watch?: readonly string[]
  readonly corpus?: string
  readonly index?: string
  readonly lang: 'de' | 'en'
  readonly limit: number
  readonly json?: boolean
  readonly public?: boolean
  readonly skipInvalid?: boolean
  readonly quiet?: boolean
}

/** Topic labels longer than this are shortened in the listing. */
const LABEL_CHARS = 90

/** Reads and validates the messages, runs topicTrends (with the index's threads as known topics) and prints the result. */
export async function runTrends(messagesPath: string, options: TrendsCommandOptions, terminal: Terminal): Promise<void> {
  const messages = parseMessagesJsonl(await readTextFile(messagesPath), messagesPath)
  if (messages.length === 0) throw new InputDataError(messagesPath, 'no messages', 'Write one message per line: {"id", "text", "createdAt"}.')
  const mode = progressModeFor(terminal.stderr, options.quiet ?? false)
  let index: TopicIndex | undefined
  if (options.index !== undefined) index = (await readIndexSnapshot(options.index)).index
  else if (options.corpus !== undefined) {
    const corpus = options.corpus
    index = (await withProgressAsync(mode, terminal.stderr, 'indexing', 'threads', (onProgress) => buildIndexFromCorpus(corpus, { language: options.lang, skipInvalid: options.skipInvalid ?? false, onProgress }))).index
  }

  const brand = options.brand === undefined ? undefined : options.brand.length === 1 ? options.brand[0]! : [...options.brand]
  // topicTrends passes over the messages twice (analysis, then topics): two steps a message.
  const trends = withProgress(mode, terminal.stderr, 'analyzing', 'steps', (onProgress) =>
    topicTrends(messages, {
      window: options.window,
      timeZone: options.timeZone,
      language: options.lang,
      watch: [...(options.watch ?? [])],
      ...(brand !== undefined ? { brand } : {}),
      ...(index ? { index } : {}),
      onProgress,
    }),
  )
  if (options.public) terminal.stdout.write(formatJson(publicSummary(trends)))
  else if (options.json) terminal.stdout.write(formatJson(trends))
  else terminal.stdout.write(formatTrends(trends, options.limit, paletteFor(terminal.stdout, terminal.env)))
}

/** The ranked topics as a person reads them: a table, then why each ranks where it does. */
export function formatTrends(trends: TopicTrends, limit: number, colors: Palette): string {
  const first = trends.windows[0]?.start ?? ''
  const last = trends.windows.at(-1)?.start ?? ''
  const period = first === last ? first : `${first} … ${last}`
  const count = trends.totals.messages
  const lines = [
    `${count} ${count === 1 ? 'message' : 'messages'} in ${trends.windows.length} ${trends.window} ${trends.windows.length === 1 ? 'window' : 'windows'} (${trends.timeZone}, ${period}); ${trends.topics.length} ${trends.topics.length === 1 ? 'topic' : 'topics'}.`,
  ]
  if (trends.topics.length === 0) return lines.join('\n') + '\n'
  const shown = trends.topics.slice(0, limit)
  const header = ['#', 'Priority', 'Volume', 'Spike since', 'Kind', 'Topic'].map((title) => colors.dim(title))
  const rows = shown.map((topic, i) => [
    String(i + 1),
    topic.priority.toFixed(2),
    String(topic.volume),
    topic.spike ? colors.red(topic.spike.startedAt) : '–',
    topic.kind,
    shorten(topic.label),
  ])
  lines.push('', formatTable([header, ...rows], { align: ['right', 'right', 'right', 'left', 'left', 'left'] }))
  lines.push('', colors.bold('Why:'))
  shown.forEach((topic, i) => {
    lines.push(`  ${i + 1}. ${topic.reasons.length > 0 ? topic.reasons.join('; ') : colors.dim('(no particular reason)')}`)
  })
  if (trends.topics.length > shown.length) lines.push('', colors.dim(`${trends.topics.length - shown.length} more topics; show them with --limit ${trends.topics.length}.`))
  return lines.join('\n') + '\n'
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length <= LABEL_CHARS ? oneLine : oneLine.slice(0, LABEL_CHARS - 1) + '…'
}
