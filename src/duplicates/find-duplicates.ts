import type { ThreadInput } from '../schemas/thread.js'
import type { FaqIndex } from '../faq-index/faq-index.js'
import { FaqIndexImpl } from '../faq-index/faq-index.js'
import { createFaqIndex } from '../faq-index/create-faq-index.js'
import { InvalidInputError } from '../errors.js'
import { checksum } from '../analysis/fingerprint.js'
import { FindDuplicatesOptionsSchema, type FindDuplicatesOptions } from '../schemas/duplicate-options.js'
import { parseInput } from '../schemas/to-input-error.js'
import { createStoredPairScorer } from './stored-pair-score.js'
import { storedProfile } from './stored-profile.js'
import { createPairProfiler } from './pair-profile.js'
import { storeStatistics } from './pair-statistics.js'
import { candidatePairs } from './candidate-pairs.js'
import { canonicalThread } from './canonical-thread.js'
import { UnionFind } from './union-find.js'

/** A group of threads that ask the same question, to merge into one. */
export interface DuplicateCluster {
  /** Stable id: derived from the member ids, the same across runs and input orders. */
  readonly id: string
  readonly canonicalThreadId: string
  /** Member ids, canonical first, then by id. */
  readonly threadIds: readonly string[]
  /** The scored pairs that joined the cluster, best first. */
  readonly pairs: ReadonlyArray<{ readonly a: string; readonly b: string; readonly score: number }>
}

const PROGRESS_STEPS = 100

/**
 * Groups a corpus into duplicate clusters (2+ threads), largest first. Candidate pairs come from an
 * inverted index over the analyzed questions (`candidatePairs`: each thread's top `neighbours` by
 * idf cosine, common words not walked), never all n² pairs; each is scored with the model of
 * `duplicateScore`, weighted by the index's question statistics, from the terms the index already
 * holds (no re-analysis), and, for an unanswered thread next to an answered one, by how that
 * answer ranks for the unanswered question (with `answers: true`; stored-pair-score.ts).
 * Pairs at or above `minSimilarity` are joined with union-find, strongest first, but a thread
 * joins a cluster only if it is a duplicate of the thread that founded it (no chaining).
 * Canonical thread: has a non-empty answer, then most confirmations, then the oldest `createdAt`,
 * then the smallest id. Cluster ids hash the sorted member ids; threads are compared in id order, so
 * the clusters, their ids and scores do not change with the input order.
 * Accepts an index or an array of threads (indexed on the fly, redaction on).
 * Cost: linear in the threads (bounded postings per thread); see benchmarks/results/duplicates.md
 * for 1k / 10k / 100k threads.
 * @example
 * findDuplicates([
 *   { id: 'a', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Im Kundencenter.' },
 *   { id: 'b', question: 'Rechnungsadresse ändern, wie geht das?' },
 *   { id: 'c', question: 'Router blinkt rot' },
 * ]).map((c) => c.threadIds) //=> [['a', 'b']]
 */
export function findDuplicates(indexOrThreads: FaqIndex | readonly ThreadInput[], options: FindDuplicatesOptions = {}): DuplicateCluster[] {
  const { minSimilarity, lang, neighbours, answers: useAnswers, onProgress } = parseInput(FindDuplicatesOptionsSchema, options, 'options', 'invalid findDuplicates options')
  const index = toIndex(indexOrThreads, lang)
  // In id order, not insertion order: profile vocabulary, neighbour ties and the join order then
  // depend only on which threads there are, so the clusters do not change with the input order.
  const records = [...index.store.all()].sort((x, y) => (x.thread.id < y.thread.id ? -1 : x.thread.id > y.thread.id ? 1 : 0))
  // Every profile once, weighted by the index's question statistics (no re-analysis: the store
  // holds the analyzed terms and words).
  const toPairProfile = createPairProfiler(storeStatistics(index.store))
  const profiles = records.map((record) => toPairProfile(storedProfile(record)))
  const step = Math.max(1, Math.floor(records.length / PROGRESS_STEPS))
  const scorePair = createStoredPairScorer(index, records, profiles, minSimilarity, useAnswers)
  const candidates: Array<{ a: number; b: number; score: number }> = []
  // Pairs are scored as each thread makes them known, so progress covers the scoring (with
  // `answers: true`, the answer searches take most of the time at 100k threads).
  candidatePairs(profiles, neighbours, (done, known) => {
    for (const [a, b] of known) {
      const score = scorePair(a, b)
      if (score >= minSimilarity) candidates.push({ a, b, score })
    }
    if (onProgress && (done % step === 0 || done === records.length)) onProgress(done, records.length)
  })
  const { sets, pairs } = joinAroundLeaders(candidates, minSimilarity, (a, b) => scorePair(Math.min(a, b), Math.max(a, b)))
  return buildClusters(records.map((r) => r.thread), pairs, sets, (id) => index.confirmations(id))
}

/**
 * Joins pairs into clusters without chaining: strongest pairs first, every cluster keeps the thread
 * that founded it as its leader, and a thread joins only if it is itself a duplicate of that leader
 * (A≈B and B≈C does not make A≈C: plain transitive closure glued whole topics into one cluster).
 */
function joinAroundLeaders(
  candidates: Array<{ a: number; b: number; score: number }>,
  minSimilarity: number,
  similarity: (a: number, b: number) => number,
): { sets: UnionFind; pairs: Array<{ a: number; b: number; score: number }> } {
  const sets = new UnionFind()
  const leaderOf = new Map<number, number>()
  const pairs: Array<{ a: number; b: number; score: number }> = []
  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  for (const pair of candidates) {
    const leaderA = leaderOf.get(pair.a)
    const leaderB = leaderOf.get(pair.b)
    if (leaderA === undefined && leaderB === undefined) {
      leaderOf.set(pair.a, pair.a)
      leaderOf.set(pair.b, pair.a)
    } else if (leaderA !== undefined && leaderB !== undefined) {
      continue // both already placed: clusters never merge
    } else {
      const leader = (leaderA ?? leaderB)!
      const newcomer = leaderA === undefined ? pair.a : pair.b
      if (newcomer !== leader && similarity(newcomer, leader) < minSimilarity) continue
      leaderOf.set(newcomer, leader)
    }
    sets.union(pair.a, pair.b)
    pairs.push(pair)
  }
  return { sets, pairs }
}

function toIndex(indexOrThreads: FaqIndex | readonly ThreadInput[], lang: 'de' | 'en' | 'auto'): FaqIndexImpl {
  if (indexOrThreads instanceof FaqIndexImpl) return indexOrThreads
  if (Array.isArray(indexOrThreads)) {
    const index = createFaqIndex({ language: lang }) as FaqIndexImpl
    index.addAll(indexOrThreads)
    return index
  }
  throw new InvalidInputError([{ path: 'indexOrThreads', message: 'must be an index from createFaqIndex/loadFaqIndex or an array of threads' }], 'invalid findDuplicates input')
}

function buildClusters(
  threads: ReadonlyArray<import('../types.js').Thread>,
  pairs: ReadonlyArray<{ a: number; b: number; score: number }>,
  sets: UnionFind,
  confirmations: (id: string) => number,
): DuplicateCluster[] {
  const members = new Map<number, number[]>()
  const pairsOf = new Map<number, Array<{ a: number; b: number; score: number }>>()
  for (const pair of pairs) {
    const root = sets.find(pair.a)
    if (!pairsOf.has(root)) pairsOf.set(root, [])
    pairsOf.get(root)!.push(pair)
    for (const slot of [pair.a, pair.b]) {
      if (!members.has(root)) members.set(root, [])
      const list = members.get(root)!
      if (!list.includes(slot)) list.push(slot)
    }
  }
  const clusters: DuplicateCluster[] = []
  for (const [root, slots] of members) {
    const group = slots.map((s) => threads[s]!)
    const canonical = canonicalThread(group, confirmations)
    const ids = group.map((t) => t.id).sort()
    clusters.push({
      id: `dup-${checksum(ids.join('\u0000'))}`,
      canonicalThreadId: canonical.id,
      threadIds: [canonical.id, ...ids.filter((id) => id !== canonical.id)],
      pairs: pairsOf
        .get(root)!
        .map((p) => {
          const [a, b] = [threads[p.a]!.id, threads[p.b]!.id].sort() as [string, string]
          return { a, b, score: p.score }
        })
        .sort((x, y) => y.score - x.score || (x.a + x.b < y.a + y.b ? -1 : 1)),
    })
  }
  return clusters.sort((x, y) => y.threadIds.length - x.threadIds.length || (x.id < y.id ? -1 : 1))
}
