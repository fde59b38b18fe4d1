import { describe, expect, it } from 'vitest'
import { answeredNeighbours, neighbourCosine, neighbourEvidence, ANSWERED_NEIGHBOURS, NEIGHBOUR_COSINE_MEAN } from '../../src/duplicates/answered-neighbours.js'
import { duplicateScore } from '../../src/duplicates/duplicate-score.js'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import type { FaqIndexImpl } from '../../src/faq-index/faq-index.js'

// Two FAQ entries whose answers use the user's words: "gefährdet" and "Risikogruppe" meet only
// through the answer of 'risiko'; 'unanswered' is an open question and never a neighbour.
const threads = [
  { id: 'risiko', question: 'Welche Personengruppen haben einen schweren Verlauf?', answer: 'Gefährdet sind ältere Menschen und Personen mit Vorerkrankungen: die Risikogruppe.' },
  { id: 'masken', question: 'Ist ein Mund-Nasen-Schutz sinnvoll?', answer: 'Masken schützen andere vor Tröpfchen.' },
  { id: 'impfung', question: 'Gibt es einen Impfstoff?', answer: 'Ein Impfstoff wird entwickelt.' },
  { id: 'unanswered', question: 'Wer ist gefährdet und gehört zur Risikogruppe?', answer: '' },
]
const index = createFaqIndex({ language: 'de', redact: false })
index.addAll(threads)
const impl = index as FaqIndexImpl
const neighboursOf = (text: string) => answeredNeighbours(impl, impl.profileQuestion(text, 'de').profile)
const idsOf = (text: string) => [...neighboursOf(text).keys()].map((slot) => impl.store.at(slot)!.thread.id)

describe('answeredNeighbours', () => {
  it.each([
    ['Wer ist gefährdet?', ['risiko']],
    ['Helfen Masken?', ['masken']],
    ['Wann kommt ein Impfstoff?', ['impfung']],
    // No known word: no neighbours, not an error.
    ['Xylophon', []],
  ])('%s -> %j (answered threads only, by question and answer)', (text, ids) => {
    expect(idsOf(text)).toEqual(ids)
  })

  it(`keeps at most ${ANSWERED_NEIGHBOURS}`, () => {
    const big = createFaqIndex({ language: 'de', redact: false })
    big.addAll(Array.from({ length: 3 * ANSWERED_NEIGHBOURS }, (_, i) => ({ id: `t${i}`, question: `Frage ${i} zum Vertrag`, answer: 'Der Vertrag gilt.' })))
    const neighbours = answeredNeighbours(big as FaqIndexImpl, (big as FaqIndexImpl).profileQuestion('Vertrag', 'de').profile)
    expect(neighbours.size).toBe(ANSWERED_NEIGHBOURS)
  })
})

describe('neighbourCosine', () => {
  it.each([
    ['same neighbours, same weights', [[1, 2], [2, 1]], [[1, 2], [2, 1]], 1],
    ['no shared neighbour', [[1, 1]], [[2, 1]], 0],
    ['one side has none', [[1, 1]], [], 0],
  ] as const)('%s', (_why, a, b, expected) => {
    expect(neighbourCosine(new Map(a.map(([s, w]) => [s, w])), new Map(b.map(([s, w]) => [s, w])))).toBeCloseTo(expected, 12)
  })

  it('is exactly symmetric and 0 without neighbours', () => {
    const a = neighboursOf('Wer ist gefährdet?')
    const b = neighboursOf('Welche Personengruppen sind Risikogruppe?')
    expect(neighbourCosine(a, b)).toBe(neighbourCosine(b, a))
    expect(neighbourCosine(undefined, b)).toBe(0)
  })
})

describe('neighbourEvidence', () => {
  // Centred: missing evidence (no index, no answers) counts as an average pair, not as a mismatch.
  it.each([
    ['both known, same neighbours', new Map([[1, 1]]), new Map([[1, 1]]), 1 - NEIGHBOUR_COSINE_MEAN],
    ['both known, none shared', new Map([[1, 1]]), new Map([[2, 1]]), -NEIGHBOUR_COSINE_MEAN],
    ['one side unknown', new Map([[1, 1]]), undefined, 0],
    ['one side without neighbours', new Map([[1, 1]]), new Map(), 0],
  ] as const)('%s', (_why, a, b, expected) => {
    expect(neighbourEvidence(a, b)).toBeCloseTo(expected, 12)
  })
})

describe('duplicateScore with answered neighbours', () => {
  // No shared term: only the answer of 'risiko' links "gefährdet" to "schweren Verlauf".
  const faq = 'Welche Personengruppen haben einen schweren Verlauf?'
  const user = 'Wer ist gefährdet?'

  it('a paraphrase without a shared word scores higher with the index than without, and above an unrelated FAQ question', () => {
    const withIndex = duplicateScore(faq, user, { lang: 'de', index })
    expect(withIndex).toBeGreaterThan(duplicateScore(faq, user, { lang: 'de' }))
    expect(withIndex).toBeGreaterThan(duplicateScore('Gibt es einen Impfstoff?', user, { lang: 'de', index }))
  })
})
