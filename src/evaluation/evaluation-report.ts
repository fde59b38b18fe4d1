import type { Decision } from '../types.js'

/**
 * Shapes of the report `evaluate` returns. Plain data only (numbers, strings, arrays, `null`), so
 * `JSON.stringify(report)` is the whole report and `JSON.parse` gives it back unchanged.
 * Shares are 0..1; `null` means "no query to measure on" (never NaN).
 */

/** How well the right thread is ranked, over the queries some thread answers. */
export interface RankingMetrics {
  /** Share of answerable queries whose top match is relevant. */
  readonly hitAt1: number | null
  /** Share of answerable queries with a relevant thread among the first five matches. */
  readonly hitAt5: number | null
  /** Mean reciprocal rank of the first relevant thread, 0 when it is not among the first k. */
  readonly mrrAtK: number | null
}

/** What the decisions would have done, counted per query. */
export interface DecisionStats {
  /** Queries answered automatically (decision `reuse`). */
  readonly reuse: number
  /** Auto-answers that were wrong: the top match is not relevant, or no thread answers the query. */
  readonly reuseWrong: number
  /** Of `reuseWrong`: queries no thread answers (`relevant: []`) that were auto-answered anyway. */
  readonly reuseOutOfScope: number
  /** Share of auto-answers that were right; `null` without auto-answers. */
  readonly reusePrecision: number | null
  /** Share of all queries that were auto-answered. */
  readonly reuseCoverage: number | null
  /** Queries shown to an agent with suggestions (decision `suggest`). */
  readonly suggest: number
  /** Of `suggest`: the top suggestion is relevant. */
  readonly suggestCorrect: number
  /** Queries treated as new (decision `new`). */
  readonly new: number
  /** Of `new`: queries no thread answers, correctly treated as new. */
  readonly outOfScopeNew: number
  /** Of `new`: queries a thread answers, but the confidence was too low to show it. */
  readonly answerableNew: number
}

/** Query counts, ranking metrics and decisions of a set of queries (all of them, or one tag's). */
export interface GroupEvaluation {
  /** Number of queries. */
  readonly queries: number
  /** Queries with at least one relevant thread. */
  readonly answerable: number
  /** Queries no thread answers (`relevant: []`); the right decision is `new`. */
  readonly outOfScope: number
  readonly metrics: RankingMetrics
  readonly decisions: DecisionStats
}

/** A tag's evaluation: queries with this tag, or whose relevant thread has it. */
export interface TagEvaluation extends GroupEvaluation {
  readonly tag: string
}

/** One point of the precision/coverage curve: auto-answer every query whose top confidence is ≥ threshold. */
export interface ThresholdPoint {
  /** Confidence threshold: 0..1 in steps of 0.05, plus the report's own thresholds. */
  readonly threshold: number
  /** Queries whose top match reaches the threshold. */
  readonly autoAnswered: number
  /** Of those, the top match is not relevant (or no thread answers the query). */
  readonly wrong: number
  /** Share of all queries auto-answered. */
  readonly coverage: number
  /** Share of auto-answers that are right; `null` when none reaches the threshold. */
  readonly precision: number | null
}

/** A thread the query should have found, and where it ended up. */
export interface ExpectedThread {
  readonly threadId: string
  readonly question: string
  /** 1-based rank among the first k matches, `null` when it is not among them. */
  readonly rank: number | null
}

/** A query whose top match is wrong (or, out of scope, was not treated as `new`), with what won instead. */
export interface WorstMiss {
  readonly queryId: string
  readonly text: string
  readonly tags: readonly string[]
  /** The relevant threads; empty for a query no thread answers. */
  readonly expected: readonly ExpectedThread[]
  /** The top match that is not relevant. */
  readonly winner: { readonly threadId: string; readonly question: string; readonly confidence: number }
  readonly decision: Decision
}

/** Threads that look like the same question (from `findDuplicates`): merge them, or queries split between them. */
export interface DuplicateThreadGroup {
  /** Stable id of the group (the same across runs). */
  readonly id: string
  /** The thread to keep. */
  readonly canonicalThreadId: string
  /** All threads of the group, canonical first. */
  readonly threadIds: readonly string[]
  /** Their questions, in `threadIds` order. */
  readonly questions: readonly string[]
  /** Highest duplicate probability (0..1) of a pair in the group. */
  readonly maxSimilarity: number
}

/** The result of `evaluate`: what a content team needs to trust, or fix, its corpus and thresholds. */
export interface EvaluationReport {
  /** Cut-off of MRR@k. */
  readonly k: number
  /** The thresholds the decisions were made with. */
  readonly thresholds: { readonly reuseMinConfidence: number; readonly suggestMinConfidence: number }
  /** Threads in the index. */
  readonly threads: number
  /** All queries together. */
  readonly overall: GroupEvaluation
  /** Per tag of the queries and of their relevant threads; most queries first. */
  readonly tags: readonly TagEvaluation[]
  /** Precision and coverage of auto-answering for thresholds 0, 0.05, …, 1 and the two in use, ascending. */
  readonly curve: readonly ThresholdPoint[]
  /**
   * Wrong top matches, the most confident first: answerable queries with an irrelevant thread on
   * top, and out-of-scope queries that were not treated as `new`.
   */
  readonly worstMisses: readonly WorstMiss[]
  /** Misses in all (`worstMisses` lists the first `worst` of them). */
  readonly misses: number
  /** Duplicate-looking threads in the index, largest group first; only with the `duplicates` option. */
  readonly duplicates?: { readonly minSimilarity: number; readonly groups: readonly DuplicateThreadGroup[] }
}
