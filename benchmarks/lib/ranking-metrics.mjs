// Ranking quality of one result list against the set of relevant ids. With several relevant
// threads (paraphrase clusters) the first relevant one counts, as usual for MRR and hit@k.

/** 1/rank of the first relevant id within the first k, else 0. */
export function reciprocalRankAt(rankedIds, relevant, k) {
  const wanted = relevant instanceof Set ? relevant : new Set(relevant)
  const n = Math.min(k, rankedIds.length)
  for (let i = 0; i < n; i++) if (wanted.has(rankedIds[i])) return 1 / (i + 1)
  return 0
}

/** 1 when a relevant id is within the first k, else 0. */
export function hitAt(rankedIds, relevant, k) {
  return reciprocalRankAt(rankedIds, relevant, k) > 0 ? 1 : 0
}

/**
 * Accumulates MRR@10, hit@1 and hit@5 over queries. Queries without relevant threads are counted
 * apart: no ranking can be right for them, so they would only dilute the means.
 */
export function createRankingScorer() {
  let scored = 0, unanswerable = 0, rr = 0, h1 = 0, h5 = 0
  return {
    add(rankedIds, relevant) {
      if (relevant.length === 0) { unanswerable++; return }
      scored++
      rr += reciprocalRankAt(rankedIds, relevant, 10)
      h1 += hitAt(rankedIds, relevant, 1)
      h5 += hitAt(rankedIds, relevant, 5)
    },
    result() {
      const mean = (x) => (scored ? x / scored : 0)
      return { queries: scored, unanswerable, mrr10: mean(rr), hit1: mean(h1), hit5: mean(h5) }
    },
  }
}

/** Checks the metrics on a hand-made example; throws when one is wrong. */
export function selfCheckRankingMetrics() {
  const eq = (got, want, what) => {
    if (Math.abs(got - want) > 1e-12) throw new Error(`metrics self-check: ${what} is ${got}, expected ${want}`)
  }
  eq(reciprocalRankAt(['a', 'b', 'c'], ['c'], 10), 1 / 3, 'RR of rank 3')
  eq(reciprocalRankAt(['a', 'b', 'c'], ['b', 'c'], 10), 1 / 2, 'RR with two relevant')
  eq(reciprocalRankAt(['a', 'b', 'c'], ['c'], 2), 0, 'RR beyond k')
  eq(reciprocalRankAt([], ['c'], 10), 0, 'RR of an empty list')
  eq(hitAt(['a', 'b'], ['a'], 1), 1, 'hit@1')
  eq(hitAt(['x', 'a'], ['a'], 1), 0, 'hit@1 miss')
  const ranks = Array.from({ length: 12 }, (_, i) => `d${i}`)
  eq(reciprocalRankAt(ranks, ['d10'], 10), 0, 'RR at rank 11 with k=10')
  eq(reciprocalRankAt(ranks, ['d9'], 10), 1 / 10, 'RR at rank 10')
  const scorer = createRankingScorer()
  scorer.add(['a', 'b'], ['a']) // rr 1, h1 1, h5 1
  scorer.add(['a', 'b', 'c', 'd', 'e', 'f'], ['f']) // rr 1/6, h1 0, h5 0
  scorer.add(['a', 'b', 'c'], ['c']) // rr 1/3, h1 0, h5 1
  scorer.add(['a'], []) // unanswerable: excluded
  const r = scorer.result()
  eq(r.queries, 3, 'scored queries')
  eq(r.unanswerable, 1, 'unanswerable queries')
  eq(r.mrr10, (1 + 1 / 6 + 1 / 3) / 3, 'MRR@10')
  eq(r.hit1, 1 / 3, 'hit@1 mean')
  eq(r.hit5, 2 / 3, 'hit@5 mean')
}
