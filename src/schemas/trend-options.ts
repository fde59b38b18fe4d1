import { z } from 'zod'
import type { MatchResult } from '../types.js'

/**
 * Confidence from which a message joins an emerging topic: the calibrated confidence of the
 * topic's first message "answering" it, at the level from which `match` suggests a thread
 * (about SUGGEST_MIN_CONFIDENCE). Lower values merge unrelated complaints that share one word
 * ("Bahn"); above ~0.8 only near-copies join and one incident splits into many topics.
 */
export const DEFAULT_JOIN_MIN_CONFIDENCE = 0.54
/**
 * Fewest messages in a window for a spike: below it a Poisson tail is tiny for any count over a
 * near-empty baseline (3 messages after a quiet week), and nobody staffs up for three posts.
 */
export const DEFAULT_MIN_SPIKE_MESSAGES = 5
/**
 * Poisson upper-tail probability under which a window's count is a spike: one false alarm per
 * ~1,000 topic-windows of steady traffic (a day of hourly windows for 40 topics).
 */
export const DEFAULT_SPIKE_MAX_P_VALUE = 0.001
/** Channels whose posts anyone can read; their reach counts as public. */
export const DEFAULT_PUBLIC_CHANNELS = ['twitter', 'facebook', 'community'] as const

/** The part of a FaqIndex that topicTrends uses (any `createFaqIndex` result fits). */
export interface TopicIndex {
  match(question: string, options?: { limit?: number; lang?: 'de' | 'en' }): MatchResult
}

const isValidTimeZone = (name: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

const handle = z.string().min(2).max(100)

/**
 * Options of `topicTrends`.
 * @example
 * topicTrends(messages, { window: 'hour', brand: '@fernwerk_hilfe', watch: ['Störung', 'Glasfaser'], index })
 */
export const TrendOptionsSchema = z.strictObject({
  /** Length of one time window. @default 'day' */
  window: z.enum(['hour', 'day', 'week']).default('day'),
  /** IANA time zone the windows start in (days at local midnight, weeks on Monday). @default 'Europe/Berlin' */
  timeZone: z
    .string()
    .refine(isValidTimeZone, { message: 'must be an IANA time zone name such as Europe/Berlin' })
    .default('Europe/Berlin'),
  /** Language of messages without `lang`. @default 'de' */
  language: z.enum(['de', 'en']).default('de'),
  /** Answered threads: a message that matches one (decision not 'new') belongs to that known topic. */
  index: z
    .custom<TopicIndex>((v) => typeof v === 'object' && v !== null && typeof (v as { match?: unknown }).match === 'function', {
      message: 'must be a FaqIndex (an object with match())',
    })
    .optional(),
  /** The brand's own handle(s), e.g. '@fernwerk_hilfe': mentions make a message a 'mention' case; the brand's own posts are replies, not topics. */
  brand: z.union([handle, z.array(handle).min(1).max(100)]).optional(),
  /** Words or phrases to watch for without a mention ('proactive' case); compared after analysis, so spelling variants count. @default [] */
  watch: z.array(z.string().min(1).max(200)).max(1_000).default([]),
  /** Channels whose posts are public. @default ['twitter', 'facebook', 'community'] */
  publicChannels: z.array(z.string().min(1).max(100)).max(100).default([...DEFAULT_PUBLIC_CHANNELS]),
  /** Confidence (0..1) from which a message joins an emerging topic. @default DEFAULT_JOIN_MIN_CONFIDENCE (0.54) */
  joinMinConfidence: z.number().min(0).max(1).default(DEFAULT_JOIN_MIN_CONFIDENCE),
  /** Fewest messages in a window for a spike. @default DEFAULT_MIN_SPIKE_MESSAGES (5) */
  minSpikeMessages: z.number().int().min(1).max(1_000_000).default(DEFAULT_MIN_SPIKE_MESSAGES),
  /** Poisson tail probability below which a window is a spike. @default DEFAULT_SPIKE_MAX_P_VALUE (0.001) */
  spikeMaxPValue: z.number().gt(0).lt(1).default(DEFAULT_SPIKE_MAX_P_VALUE),
  /** 'negation': our service lexicon over natural's, with clause-bounded negation, intensifiers, emoji and report damping (src/trends/score-sentiment.ts); 'lexicon': natural's analyzer alone. @default 'negation' */
  sentiment: z.enum(['negation', 'lexicon']).default('negation'),
  /** End of the analysed period (ISO 8601); the latest window contains it. @default the newest message's time */
  now: z.iso.datetime({ offset: true, local: true }).optional(),
  /** Called with (done, total) while messages are processed; at most every 1%. */
  onProgress: z.custom<(done: number, total: number) => void>((v) => typeof v === 'function', { message: 'must be a function' }).optional(),
})

export type TrendOptions = z.input<typeof TrendOptionsSchema>
export type ResolvedTrendOptions = z.output<typeof TrendOptionsSchema>
