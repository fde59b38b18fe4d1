import type { Decision } from '../types.js'
import type { MessageCase } from './message-cases.js'
import type { TimeWindow, WindowUnit } from './time-buckets.js'
import type { LabelTerm } from './topic-label.js'

/** One topic's numbers in one time window. */
export interface TopicWindowStats {
  /** Index into `TopicTrends.windows`. */
  readonly window: number
  readonly volume: number
  /** Share (0..1) of all messages of the window. */
  readonly share: number
  /** Messages nobody in the input replied to (no message has them as `inReplyTo`). */
  readonly unanswered: number
  /** Mean sentiment score, −1..1. */
  readonly meanSentiment: number
  /** Share (0..1) of the window's messages read as negative. */
  readonly negativeShare: number
  /** Messages on public channels. */
  readonly publicMessages: number
  /** Sum of followers and shares of the public messages. */
  readonly publicReach: number
}

/** A topic whose latest window is a spike. */
export interface TopicSpike {
  /** Start of the first window of the ongoing spike (local time with offset). */
  readonly startedAt: string
  readonly startWindow: number
  /** Messages in the latest window. */
  readonly count: number
  /** Expected messages per window before the spike (EWMA). */
  readonly baseline: number
  /** P(X ≥ count) under Poisson(baseline). */
  readonly pValue: number
}

/** A recurring (known) or new (emerging) topic with its time series, spike and priority. */
export interface TopicTrend {
  /** 'known:<threadId>' or 'emerging:<n>'. */
  readonly id: string
  /** 'known': an answered thread of `options.index` matches its messages; 'emerging': a cluster of unanswered messages. */
  readonly kind: 'known' | 'emerging'
  readonly threadId?: string
  /** The thread's question (known) or the characteristic terms (emerging), redacted. */
  readonly label: string
  /** Characteristic terms by tf-idf against all messages. */
  readonly terms: readonly LabelTerm[]
  readonly volume: number
  readonly messageIds: readonly string[]
  /** Windows with at least one message of the topic, oldest first. */
  readonly windows: readonly TopicWindowStats[]
  readonly spike: TopicSpike | null
  /** 0..1; see `priorityScore`. */
  readonly priority: number
  /** Why the topic ranks where it does, most important first. */
  readonly reasons: readonly string[]
}

/** Per message: where it went and how it reads. */
export interface MessageTrend {
  readonly id: string
  readonly topicId: string
  readonly window: number
  readonly cases: readonly MessageCase[]
  /** −1..1 */
  readonly sentiment: number
  readonly negative: boolean
  readonly answered: boolean
  /** The index's decision for the message, when `options.index` was given. */
  readonly decision?: Decision
}

/** The result of `topicTrends`. */
export interface TopicTrends {
  readonly window: WindowUnit
  readonly timeZone: string
  /** Every window from the oldest message to `now`, empty ones included. */
  readonly windows: readonly TimeWindow[]
  /** Highest priority first. */
  readonly topics: readonly TopicTrend[]
  /** In input order; the brand's own posts are left out. */
  readonly messages: readonly MessageTrend[]
  readonly totals: {
    readonly messages: number
    readonly perWindow: readonly number[]
    readonly cases: Readonly<Record<MessageCase, number>>
    /** Messages the clustering sent to its FaqIndex (the others were clear by term overlap). */
    readonly clusterIndexQueries: number
  }
}
