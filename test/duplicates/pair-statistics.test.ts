import { describe, expect, it } from 'vitest'
import { entryWeight, PRIOR_DOCUMENTS, STOP_WORD_PRIOR, UNIFORM_STATISTICS, type PairStatistics } from '../../src/duplicates/pair-statistics.js'

const corpus = (documentCount: number, df: Record<string, number>): PairStatistics => ({
  documentCount,
  documentFrequency: (term) => df[term] ?? 0,
  wordFrequency: (word) => df[word] ?? 0,
  gramFrequency: (gram) => df[gram] ?? 0,
})

describe('entryWeight', () => {
  it('without a corpus: the prior, a stop word weighing less than a term', () => {
    expect(entryWeight(UNIFORM_STATISTICS, 'vertrag', 'term')).toBe(1)
    expect(entryWeight(UNIFORM_STATISTICS, 'wie', 'stopWord')).toBe(STOP_WORD_PRIOR)
  })

  it('with a large corpus: a rare term weighs more than a common one, close to the scaled idf', () => {
    const statistics = corpus(100_000, { vertrag: 50_000, rufnummer: 10 })
    const common = entryWeight(statistics, 'vertrag', 'term')
    const rare = entryWeight(statistics, 'rufnummer', 'term')
    expect(common).toBeLessThan(rare)
    expect(common).toBeCloseTo(Math.log(3) / Math.log(100_001), 2)
  })

  it('an unseen term counts as seen once (the highest weight)', () => {
    const statistics = corpus(1000, { vertrag: 10 })
    expect(entryWeight(statistics, 'neu', 'term')).toBeGreaterThan(entryWeight(statistics, 'vertrag', 'term'))
  })

  it(`a corpus of a few questions stays near the prior (blended with ${PRIOR_DOCUMENTS} prior questions)`, () => {
    const statistics = corpus(3, { wie: 3 })
    expect(Math.abs(entryWeight(statistics, 'wie', 'stopWord') - STOP_WORD_PRIOR)).toBeLessThan(0.1)
  })
})
