import { z } from 'zod'
import { DEFAULT_MAX_QUERY_CHARS } from './index-options.js'

/**
 * Longest message text accepted: the default question limit of `match`, so every message can be
 * matched against an index as it is. Social posts are far shorter (germeval 2017 dev: ≤ 1,002).
 */
export const MAX_MESSAGE_CHARS = DEFAULT_MAX_QUERY_CHARS

const nonNegativeCount = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)

/**
 * One customer message from a public or private channel, as given to `topicTrends`.
 * Mentions and hashtags are also read from the text (the tokenizer's `mention`/`hashtag` tokens);
 * the fields add what a platform reports beside the text.
 * @example
 * { id: 'tw-1', text: '@fernwerk_hilfe Störung Internet in Berlin seit 8 Uhr #störung', createdAt: '2024-03-04T08:12:00+01:00', channel: 'twitter', reach: { followers: 250 } }
 */
export const MessageSchema = z.strictObject({
  /** Stable id of the message (1–200 characters). */
  id: z.string().min(1, { message: 'must not be empty' }).max(200),
  /** The message text. */
  text: z
    .string()
    .max(MAX_MESSAGE_CHARS, { message: `must be at most ${MAX_MESSAGE_CHARS} characters` })
    .refine((s) => s.trim().length > 0, { message: 'must not be empty' }),
  /** ISO 8601 time the message was posted; without an offset it is read as UTC. */
  createdAt: z.iso.datetime({ offset: true, local: true }),
  /** Where it was posted: 'twitter', 'facebook', 'community', 'email' or any other channel name. */
  channel: z.string().min(1).max(100).optional(),
  /** Who posted it (handle or name); never appears in any summary. */
  author: z.string().min(1).max(200).optional(),
  /** Audience of the post: followers and shares, or one number (followers). */
  reach: z.union([nonNegativeCount, z.strictObject({ followers: nonNegativeCount.optional(), shares: nonNegativeCount.optional() })]).optional(),
  /** Id of the message this one replies to; a message with a reply counts as answered. */
  inReplyTo: z.string().min(1).max(200).optional(),
  /** Handles the platform reports as mentioned ('@fernwerk_hilfe'; the '@' is optional). */
  mentions: z.array(z.string().min(1).max(100)).max(100).optional(),
  /** Hashtags the platform reports ('#störung'; the '#' is optional). */
  hashtags: z.array(z.string().min(1).max(200)).max(100).optional(),
  /** Language of the text; the options' language when missing. */
  lang: z.enum(['de', 'en']).optional(),
})

/** A message as accepted by `topicTrends`. */
export type MessageInput = z.input<typeof MessageSchema>
/** A validated message. */
export type Message = z.output<typeof MessageSchema>
