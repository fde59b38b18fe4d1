import { beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findDuplicates, type DuplicateCluster } from '../../src/duplicates/find-duplicates.js'
import { loadCorpus } from '../../src/corpus/load-corpus.js'
import type { ThreadInput } from '../../src/schemas/thread.js'

/**
 * The clusters depend on which threads there are, not on the order they come in: answered threads
 * of the bundled corpus plus its customer questions as unanswered threads (many near ties among
 * their neighbours, where insertion order used to decide).
 */
let pool: ThreadInput[] = []

beforeAll(async () => {
  const { threads, queries } = await loadCorpus('corpus/de-service')
  pool = [...threads.slice(0, 120), ...queries.slice(0, 90).map((q, i) => ({ id: `frage-${i}`, question: q.text, answer: '' }))]
})

const canonical = (clusters: DuplicateCluster[]) => clusters.map((c) => ({ id: c.id, canonical: c.canonicalThreadId, members: c.threadIds, pairs: c.pairs }))

describe('findDuplicates and input order', () => {
  it.each([[{}], [{ answers: true }]])('%j: any permutation of the threads gives the same clusters, ids and scores', (options) => {
    const expected = canonical(findDuplicates(pool, { lang: 'de', ...options }))
    expect(expected.length).toBeGreaterThan(5)
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
        expect(canonical(findDuplicates(shuffled, { lang: 'de', ...options }))).toEqual(expected)
      }),
      { numRuns: 4, seed: 0x6f726465 },
    )
  })
})
