import type { ThreadInput } from '../schemas/thread.js'
import type { FaqIndex } from '../faq-index/faq-index.js'
import { FaqIndexImpl } from '../faq-index/faq-index.js'
import { rankCandidates } from '../matching/rank-candidates.js'
import { InvalidInputError } from '../errors.js'
import { FindSimilarOptionsSchema, type FindSimilarOptions } from '../schemas/duplicate-options.js'
import { parseInput } from '../schemas/to-input-error.js'
import { duplicateProbability } from './duplicate-probability.js'
import { storedProfile } from './stored-profile.js'
import { createPairProfiler } from './pair-profile.js'
import { storeStatistics } from './pair-statistics.js'
import { rankAnswers, storedThreadEvidence } from './answer-evidence.js'

/** An existing thread that a question duplicates. */
export interface SimilarThread {
  readonly threadId: string
  /** Duplicate probability (0..1), the model of `duplicateScore`. */
  readonly score: number
}

/**
 * The existing threads a new question (or thread) duplicates, most similar first, so an app can
 * warn before it is published. The question is analyzed (and redacted) like `match` does; the
 * candidates are its matches, re-scored with the duplicate model. A thread passed in is never
 * reported as its own duplicate (same id).
 * @example
 * findSimilar(index, 'Rechnungsadresse ändern – wie?').map((s) => s.threadId) //=> ['rechnungsadresse']
 */
export function findSimilar(index: FaqIndex, threadOrQuestion: string | ThreadInput, options: FindSimilarOptions = {}): SimilarThread[] {
  const { limit, minSimilarity } = parseInput(FindSimilarOptionsSchema, options, 'options', 'invalid findSimilar options')
  if (!(index instanceof FaqIndexImpl)) throw new InvalidInputError([{ path: 'index', message: 'must be an index from createFaqIndex/loadFaqIndex' }], 'invalid findSimilar input')
  const question = typeof threadOrQuestion === 'string' ? threadOrQuestion : (threadOrQuestion as { question?: unknown } | null)?.question
  const ownId = typeof threadOrQuestion === 'object' && threadOrQuestion ? threadOrQuestion.id : undefined
  const lang = typeof threadOrQuestion === 'object' && threadOrQuestion ? threadOrQuestion.lang : undefined
  const { profile, lang: questionLang } = index.profileQuestion(question as string, lang)
  // Weighted by the index's question statistics, like findDuplicates.
  const toPairProfile = createPairProfiler(storeStatistics(index.store))
  // The new question's fit to every answer (one search): an answered thread it fits best is
  // evidence beyond shared question words (pair-features.ts, answerRank).
  const questionPair = toPairProfile(profile, { threadSlot: undefined, answerRanks: rankAnswers(index, profile) })
  return rankCandidates(index.store, profile, questionLang)
    .filter((c) => c.record.thread.id !== ownId)
    .map((c) => ({ threadId: c.record.thread.id, score: duplicateProbability(questionPair, toPairProfile(storedProfile(c.record), storedThreadEvidence(index, c.record))) }))
    .filter((s) => s.score >= minSimilarity)
    .sort((a, b) => b.score - a.score || (a.threadId < b.threadId ? -1 : 1))
    .slice(0, limit)
}
