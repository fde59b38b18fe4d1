import { redact } from '../privacy/redact.js'
import { InvalidInputError } from '../errors.js'
import type { TopicTrends } from './trend-types.js'

/**
 * Fewest messages a topic needs to appear on a public page: a smaller group could point at the
 * one customer who wrote it (k-anonymity with k = 5, the usual floor for published counts).
 */
export const PUBLIC_MIN_TOPIC_MESSAGES = 5
/**
 * Fewest messages of a topic that must contain a label term for it to be shown: a word one or
 * two people used (a name the redactor missed, a street) is theirs, not the topic's.
 */
export const PUBLIC_MIN_TERM_MESSAGES = 3

/** One topic on a public status page: counts and a redacted label, nothing from single messages. */
export interface PublicTopic {
  readonly label: string
  readonly kind: 'known' | 'emerging'
  readonly messages: number
  readonly latestWindowMessages: number
  readonly spiking: boolean
  readonly spikeStartedAt?: string
  /** 0..1, rounded to whole percent. */
  readonly negativeShare: number
}

/** The privacy-safe view of a `topicTrends` result. */
export interface PublicSummary {
  readonly window: TopicTrends['window']
  readonly timeZone: string
  readonly from: string
  readonly to: string
  readonly totalMessages: number
  /** Topics with at least PUBLIC_MIN_TOPIC_MESSAGES messages, highest priority first. */
  readonly topics: readonly PublicTopic[]
  /** Messages in topics too small to show. */
  readonly otherMessages: number
}

const PERCENT = 100

/**
 * A summary for a public status page: aggregate counts and, per topic, the canonical question
 * (known topics) or the label terms many of its messages share (emerging ones), both redacted.
 * No message text, author or id is copied; topics under PUBLIC_MIN_TOPIC_MESSAGES messages are
 * only counted.
 * @example
 * publicSummary(topicTrends(messages, { window: 'hour' })).topics[0]
 * //=> { label: 'Störung · Internet · Berlin', kind: 'emerging', messages: 42, latestWindowMessages: 24, spiking: true, spikeStartedAt: '2024-03-04T14:00+01:00', negativeShare: 0.71 }
 */
export function publicSummary(trends: TopicTrends): PublicSummary {
  const shape = trends as { topics?: unknown; windows?: unknown } | null
  if (typeof shape !== 'object' || shape === null || !Array.isArray(shape.topics) || !Array.isArray(shape.windows)) {
    throw new InvalidInputError([{ path: 'trends', message: 'must be the result of topicTrends()' }], 'invalid publicSummary input')
  }
  const latest = trends.windows.length - 1
  const topics: PublicTopic[] = []
  let otherMessages = 0
  for (const topic of trends.topics) {
    if (topic.volume < PUBLIC_MIN_TOPIC_MESSAGES) {
      otherMessages += topic.volume
      continue
    }
    const label = topic.kind === 'known' ? topic.label : topic.terms.filter((t) => t.messages >= PUBLIC_MIN_TERM_MESSAGES).map((t) => t.surface).join(' · ')
    const negative = topic.windows.reduce((sum, w) => sum + w.negativeShare * w.volume, 0)
    topics.push({
      label: redact(label).text || '(unlabelled topic)',
      kind: topic.kind,
      messages: topic.volume,
      latestWindowMessages: topic.windows.find((w) => w.window === latest)?.volume ?? 0,
      spiking: topic.spike !== null,
      ...(topic.spike ? { spikeStartedAt: topic.spike.startedAt } : {}),
      negativeShare: Math.round((negative / topic.volume) * PERCENT) / PERCENT,
    })
  }
  return {
    window: trends.window,
    timeZone: trends.timeZone,
    from: trends.windows[0]?.start ?? '',
    to: trends.windows[latest]?.start ?? '',
    totalMessages: trends.totals.messages,
    topics,
    otherMessages,
  }
}
