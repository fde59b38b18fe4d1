import { describe, expect, it } from 'vitest'
import { candidatePairs, MAX_WALKED_POSTINGS } from '../../src/duplicates/candidate-pairs.js'
import { createPairProfiler } from '../../src/duplicates/pair-profile.js'
import { UNIFORM_STATISTICS } from '../../src/duplicates/pair-statistics.js'
import { createAnalyzer } from '../../src/analysis/analyzer.js'
import { profileText } from '../../src/matching/text-profile.js'

const analyzer = createAnalyzer({ language: 'de' })
const profilesOf = (texts: readonly string[]) => {
  const toPairProfile = createPairProfiler(UNIFORM_STATISTICS)
  return texts.map((t) => toPairProfile(profileText(analyzer, t)))
}

describe('candidatePairs', () => {
  const texts = ['Rechnungsadresse ändern', 'Wie ändere ich die Rechnungsadresse?', 'Passwort vergessen', 'Passwort zurücksetzen', 'Router blinkt rot']

  it('pairs each question with the ones sharing its terms, each unordered pair once, a < b', () => {
    // The router shares nothing: no pair. 0–1 share two terms, 2–3 one.
    expect(candidatePairs(profilesOf(texts), 10)).toEqual([
      [0, 1],
      [2, 3],
    ])
  })

  it('keeps only the nearest `neighbours` of each question', () => {
    const many = ['Vertrag kündigen', 'Vertrag kündigen bitte', 'Vertrag sofort kündigen', 'Vertrag verlängern', 'Vertrag Tarif']
    const pairs = candidatePairs(profilesOf(many), 1)
    // Question 0's nearest is 1 (same terms); nobody lists a pair twice.
    expect(pairs).toContainEqual([0, 1])
    expect(new Set(pairs.map((p) => p.join(' '))).size).toBe(pairs.length)
    expect(pairs.length).toBeLessThanOrEqual(many.length)
  })

  it('walks a very common term only for questions that have nothing rarer (bounded cost)', () => {
    // Every question shares "vertrag"; 1 and the last also share the rare "rufnummer".
    const common = Array.from({ length: MAX_WALKED_POSTINGS + 5 }, (_, i) => `Vertrag ${i}`)
    const texts = ['Vertrag Rufnummer', ...common, 'Vertrag Rufnummer mitnehmen']
    const pairs = candidatePairs(profilesOf(texts), 3)
    expect(pairs).toContainEqual([0, texts.length - 1])
  })

  it('reports progress per question', () => {
    const done: number[] = []
    candidatePairs(profilesOf(texts), 2, (n) => done.push(n))
    expect(done).toEqual([1, 2, 3, 4, 5])
  })
})
