import type { FaqIndexImpl } from '../faq-index/faq-index.js'
import type { StoredThread } from '../store/stored-thread.js'
import type { PairProfile } from './pair-profile.js'
import { duplicateProbability } from './duplicate-probability.js'
import { DUPLICATE_WEIGHTS } from './duplicate-weights.js'
import { rankAnswers, storedThreadEvidence } from './answer-evidence.js'
import { storedProfile } from './stored-profile.js'

/**
 * The duplicate probability of two indexed threads (`findDuplicates`), by their question profiles
 * and, when exactly one of them has an answer, by how that answer ranks among the index's answers
 * for the other question (answerRank, as `findSimilar` scores a new question): a question still
 * waiting for an answer meets the answered thread that answers it. The ranking costs one search
 * per unanswered thread (and makes the index build the answer postings it touches), so it runs
 * only for pairs below `minSimilarity` that the evidence could lift over it, once per thread (at
 * 100k threads, ranking for every unanswered thread in a pair above it too made findDuplicates 5x
 * slower). Pairs the questions already join keep their question score; two answered threads (or
 * two unanswered ones) score by their questions alone. Each search scores every answer holding a
 * query term, so the total grows faster than the corpus: `findDuplicates` asks for it only with
 * `answers: true`.
 * `a` and `b` index `records` and `profiles`.
 */
export function createStoredPairScorer(
  index: FaqIndexImpl,
  records: readonly StoredThread[],
  profiles: readonly PairProfile[],
  minSimilarity: number,
  /** Whether to search answers at all (`findDuplicates`' `answers` option). */
  useAnswers: boolean,
): (a: number, b: number) => number {
  const answered = records.map((r) => r.answerTerms.length > 0)
  const ranksOf = new Map<number, ReadonlyMap<number, number>>()
  // The most the answer evidence can add to the logit; below this the search cannot change the verdict.
  const largestGain = DUPLICATE_WEIGHTS.answerKnown + Math.max(0, DUPLICATE_WEIGHTS.answerRank)
  const lowestWorthLooking = logit(minSimilarity) - largestGain
  return (a, b) => {
    const questionsOnly = duplicateProbability(profiles[a]!, profiles[b]!)
    if (!useAnswers || answered[a] === answered[b] || questionsOnly >= minSimilarity || logit(questionsOnly) < lowestWorthLooking) return questionsOnly
    const withEvidence = (i: number): PairProfile => {
      if (answered[i]) return { ...profiles[i]!, answers: storedThreadEvidence(index, records[i]!) }
      let answerRanks = ranksOf.get(i)
      if (!answerRanks) ranksOf.set(i, (answerRanks = rankAnswers(index, storedProfile(records[i]!))))
      return { ...profiles[i]!, answers: { threadSlot: undefined, answerRanks } }
    }
    return duplicateProbability(withEvidence(a), withEvidence(b))
  }
}

function logit(p: number): number {
  return Math.log(p / (1 - p))
}
