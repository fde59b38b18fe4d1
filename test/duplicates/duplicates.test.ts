import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { duplicateScore } from '../../src/duplicates/duplicate-score.js'
import { findDuplicates } from '../../src/duplicates/find-duplicates.js'
import { findSimilar } from '../../src/duplicates/find-similar.js'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { InvalidInputError } from '../../src/errors.js'

describe('duplicateScore', () => {
  const paraphrase = duplicateScore('Wie ändere ich meine Rechnungsadresse?', 'Rechnungsadresse ändern – wie geht das?')

  it('a German paraphrase scores high, an unrelated pair low', () => {
    expect(paraphrase).toBeGreaterThan(0.5)
    expect(duplicateScore('Wie ändere ich meine Rechnungsadresse?', 'Mein Router blinkt rot')).toBeLessThan(0.25)
  })

  it.each([
    ['another product model', 'Akku vom iPhone 6 tauschen', 'Akku vom iPhone 7 tauschen'],
    ['a negation on one side', 'Ich will meinen Vertrag kündigen', 'Ich will meinen Vertrag nicht kündigen'],
  ])('%s pulls the score below a true paraphrase', (_what, a, b) => {
    expect(duplicateScore(a, b)).toBeLessThan(paraphrase)
    expect(duplicateScore(a, b)).toBeLessThan(0.5)
  })

  it('is symmetric', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''), (a, b) => duplicateScore(a, b, { lang: 'de' }) === duplicateScore(b, a, { lang: 'de' })),
      { seed: 5, numRuns: 100 },
    )
  })

  it.each([
    [['', 'Frage'], 'a: must not be empty'],
    [[42, 'Frage'], 'a: must be a string, got number'],
  ])('bad input %j: InvalidInputError', (args, message) => {
    const call = () => duplicateScore(...(args as [string, string]))
    expect(call).toThrow(InvalidInputError)
    expect(call).toThrow(message)
  })
})

const THREADS = [
  { id: 'adresse-1', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Im Kundencenter unter Meine Daten.', createdAt: '2025-02-01T10:00:00Z' },
  { id: 'adresse-2', question: 'Rechnungsadresse ändern, wie geht das?', answer: '', createdAt: '2025-01-01T10:00:00Z' },
  { id: 'adresse-3', question: 'Wie kann ich die Rechnungsadresse ändern?', answer: 'Kundencenter, Meine Daten.', createdAt: '2025-03-01T10:00:00Z' },
  { id: 'passwort-1', question: 'Passwort vergessen, was tun?', answer: 'Link auf der Anmeldeseite.' },
  { id: 'passwort-2', question: 'Ich habe mein Passwort vergessen', answer: '' },
  { id: 'router', question: 'Router blinkt rot', answer: 'Neu starten.' },
  { id: 'iphone6', question: 'Akku vom iPhone 6 tauschen', answer: 'Im Shop.' },
  { id: 'iphone7', question: 'Akku vom iPhone 7 tauschen', answer: 'Termin buchen.' },
]

describe('findDuplicates', () => {
  const clusters = findDuplicates(THREADS, { lang: 'de' })

  it('groups the same questions, largest first, with the canonical thread by the documented rule', () => {
    expect(clusters.map((c) => c.threadIds)).toEqual([
      // answered first, then oldest: adresse-1 (Feb) before adresse-3 (Mar); adresse-2 has no answer
      ['adresse-1', 'adresse-2', 'adresse-3'],
      ['passwort-1', 'passwort-2'],
    ])
    expect(clusters[0]!.canonicalThreadId).toBe('adresse-1')
    for (const pair of clusters[0]!.pairs) expect(pair.score).toBeGreaterThanOrEqual(0.5)
  })

  it('keeps different product models apart', () => {
    expect(clusters.flatMap((c) => c.threadIds)).not.toContain('iphone6')
  })

  it('cluster ids are stable across runs and input orders', () => {
    const again = findDuplicates([...THREADS].reverse(), { lang: 'de' })
    expect(again.map((c) => c.id).sort()).toEqual(clusters.map((c) => c.id).sort())
  })

  it('reports progress up to the total', () => {
    const calls: Array<[number, number]> = []
    findDuplicates(THREADS, { lang: 'de', onProgress: (done, total) => calls.push([done, total]) })
    expect(calls.at(-1)).toEqual([THREADS.length, THREADS.length])
  })

  it.each([
    [{ minSimilarity: 2 }, 'options.minSimilarity'],
    [{ neighbors: 3 }, 'options'],
  ])('bad options %j name the field', (options, path) => {
    try {
      findDuplicates(THREADS, options as never)
      expect.unreachable()
    } catch (error) {
      expect((error as InvalidInputError).issues[0]!.path).toBe(path)
    }
  })
})

describe('findSimilar', () => {
  it('tells an app that a new question duplicates existing threads', () => {
    const index = createFaqIndex({ language: 'de' })
    index.addAll(THREADS)
    const similar = findSimilar(index, 'Wie ändere ich die Adresse auf der Rechnung?')
    expect(similar[0]!.threadId).toMatch(/^adresse-/)
    expect(similar.every((s) => s.score >= 0.5)).toBe(true)
    expect(findSimilar(index, 'Wann kommt der Techniker?')).toEqual([])
  })
})
