/** Shared domain types. Option types live with their zod schemas in `schemas/`. */

/** Languages with a dedicated analysis chain. */
export type Language = 'de' | 'en'

/** What an app should do with a question. */
export type Decision = 'reuse' | 'suggest' | 'new'

/** An answered thread as stored in the index (after redaction). */
export interface Thread {
  readonly id: string
  readonly question: string
  readonly answer: string
  readonly lang?: Language
  readonly variants?: readonly string[]
  readonly tags?: readonly string[]
  readonly channel?: string
  readonly createdAt?: string
  readonly url?: string
  readonly meta?: Readonly<Record<string, unknown>>
}

/** One ranked answer candidate for a question. */
export interface Match {
  readonly threadId: string
  /** Re-ranked score; only comparable within one result. */
  readonly score: number
  /** Calibrated probability (0..1) that this thread answers the question. */
  readonly confidence: number
  readonly thread: Thread
  /** Analyzed query terms that the thread also contains. */
  readonly matchedTerms: readonly string[]
}

/** The answer to `match()`: a decision and the ranked matches, best first. */
export interface MatchResult {
  readonly decision: Decision
  readonly matches: readonly Match[]
  /** Language the question was analyzed in. */
  readonly lang: Language
}
