import { describe, expect, it } from 'vitest'
import { findDuplicates } from '../../src/duplicates/find-duplicates.js'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { InvalidInputError } from '../../src/errors.js'

// Three questions asked three/two/two ways, plus near-copies that ask something else.
const THREADS = [
  { id: 'adresse-1', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Im Kundencenter unter Meine Daten.', createdAt: '2025-02-01T10:00:00Z' },
  { id: 'adresse-2', question: 'Rechnungsadresse ändern, wie geht das?', answer: '', createdAt: '2025-01-01T10:00:00Z' },
  { id: 'adresse-3', question: 'Wie kann ich die Rechnungsadresse ändern?', answer: 'Kundencenter, Meine Daten.', createdAt: '2025-03-01T10:00:00Z' },
  { id: 'passwort-1', question: 'Passwort vergessen, was tun?', answer: 'Link auf der Anmeldeseite.' },
  { id: 'passwort-2', question: 'Ich habe mein Passwort vergessen', answer: '' },
  { id: 'kuendigen-a', question: 'Wie kündige ich meinen Vertrag?', answer: 'Schriftlich oder online.' },
  { id: 'kuendigen-b', question: 'Vertrag kündigen, wie geht das?', answer: 'Online im Kundencenter.' },
  { id: 'nicht-kuendigen', question: 'Vertrag nicht kündigen', answer: 'Dann läuft er weiter.' },
  { id: 'router', question: 'Router blinkt rot', answer: 'Neu starten.' },
  { id: 'iphone6', question: 'Akku vom iPhone 6 tauschen', answer: 'Im Shop.' },
  { id: 'iphone7', question: 'Akku vom iPhone 7 tauschen', answer: 'Termin buchen.' },
]

describe('findDuplicates', () => {
  const clusters = findDuplicates(THREADS, { lang: 'de' })

  it('gives exactly the expected clusters, largest first, canonical thread first', () => {
    // Canonical rule: has an answer, then most confirmations, then oldest createdAt, then smallest id.
    // adresse-2 is oldest but unanswered; adresse-1 (Feb) beats adresse-3 (Mar) by age.
    // kuendigen-a and -b tie on everything but the id. passwort-2 has no answer.
    // "Vertrag nicht kündigen", iPhone 6 / 7 and the router stay alone (negation, model, topic).
    expect(clusters.map((c) => [c.canonicalThreadId, c.threadIds])).toEqual([
      ['adresse-1', ['adresse-1', 'adresse-2', 'adresse-3']],
      ['kuendigen-a', ['kuendigen-a', 'kuendigen-b']],
      ['passwort-1', ['passwort-1', 'passwort-2']],
    ])
  })

  it('lists the joining pairs with their scores, all at or above the threshold', () => {
    for (const cluster of clusters) {
      expect(cluster.pairs.length).toBe(cluster.threadIds.length - 1)
      for (const pair of cluster.pairs) {
        expect(pair.a < pair.b).toBe(true)
        expect(pair.score).toBeGreaterThanOrEqual(0.41)
        expect(cluster.threadIds).toEqual(expect.arrayContaining([pair.a, pair.b]))
      }
    }
  })

  it.each([
    ['reversed', [...THREADS].reverse()],
    ['rotated', [...THREADS.slice(4), ...THREADS.slice(0, 4)]],
  ])('cluster ids and members are the same across runs and input orders (%s)', (_order, threads) => {
    const again = findDuplicates(threads, { lang: 'de' })
    expect(again.map((c) => [c.id, c.canonicalThreadId, c.threadIds])).toEqual(clusters.map((c) => [c.id, c.canonicalThreadId, c.threadIds]))
    expect(clusters[0]!.id).toMatch(/^dup-[0-9a-f]{8}$/)
  })

  it('confirmations outrank age when choosing the canonical thread', () => {
    const index = createFaqIndex({ language: 'de' })
    index.addAll(THREADS)
    for (let i = 0; i < 2; i++) index.confirm('Wie ändere ich die Rechnungsadresse', 'adresse-3')
    expect(findDuplicates(index)[0]!.canonicalThreadId).toBe('adresse-3')
  })

  it('accepts an index as well as an array', () => {
    const index = createFaqIndex({ language: 'de' })
    index.addAll(THREADS)
    expect(findDuplicates(index).map((c) => c.threadIds)).toEqual(clusters.map((c) => c.threadIds))
  })

  it('reports progress as (done, total), ending at total', () => {
    const calls: Array<[number, number]> = []
    findDuplicates(THREADS, { lang: 'de', onProgress: (done, total) => calls.push([done, total]) })
    expect(calls.at(-1)).toEqual([THREADS.length, THREADS.length])
    expect(calls.every(([done, total], i) => total === THREADS.length && done > (calls[i - 1]?.[0] ?? 0))).toBe(true)
  })

  it('answers: true — an unanswered question joins the answered thread whose answer fits it (answerRank)', () => {
    // The questions alone stay below the default threshold; the fitting answer lifts the pair over it.
    const clustersWith = (answer: string, options: { answers?: boolean } = { answers: true }) =>
      findDuplicates(
        [
          { id: 'lieferzeit', question: 'Wann kommt meine Bestellung?', answer },
          { id: 'rechnung', question: 'Wo finde ich meine Rechnung?', answer: 'Im Kundenkonto unter Rechnungen.' },
          { id: 'neu', question: 'Wie lange dauert die Lieferung meiner Bestellung?', answer: '' },
        ],
        { lang: 'de', ...options },
      ).map((c) => c.threadIds)
    expect(clustersWith('Die Lieferung dauert zwei bis drei Werktage.')).toEqual([['lieferzeit', 'neu']])
    expect(clustersWith('Bitte wende dich an den Kundenservice.')).toEqual([])
    // By default the questions alone decide.
    expect(clustersWith('Die Lieferung dauert zwei bis drei Werktage.', {})).toEqual([])
  })

  it('a stricter minSimilarity keeps only the closest pairs', () => {
    const strict = findDuplicates(THREADS, { lang: 'de', minSimilarity: 0.99 })
    expect(strict).toEqual([])
  })

  it.each([
    [{ minSimilarity: 2 }, 'options.minSimilarity', 'Too big: expected number to be <=1'],
    [{ minSimilarity: '0.5' }, 'options.minSimilarity', 'Invalid input: expected number, received string'],
    [{ neighbours: 0 }, 'options.neighbours', 'Too small: expected number to be >=1'],
    [{ onProgress: 'yes' }, 'options.onProgress', 'must be a function'],
    [{ answers: 'no' }, 'options.answers', 'Invalid input: expected boolean, received string'],
    [{ neighbors: 3 }, 'options', 'Unrecognized key: "neighbors"'],
  ])('bad options %j: InvalidInputError at %s', (options, path, message) => {
    try {
      findDuplicates(THREADS, options as never)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError)
      expect((error as InvalidInputError).code).toBe('INVALID_INPUT')
      expect((error as InvalidInputError).issues).toEqual([{ path, message }])
      expect((error as InvalidInputError).message).toBe(`faqmatch: invalid findDuplicates options (${path}: ${message}). Fix the listed fields and call again.`)
    }
  })

  it.each([
    ['a string', 'Wie ändere ich meine Rechnungsadresse?', 'indexOrThreads: must be an index from createFaqIndex/loadFaqIndex or an array of threads'],
    ['a thread without question', [{ id: 'x', answer: '' }], 'threads[0].question'],
  ])('bad input (%s): InvalidInputError naming the field', (_what, input, expected) => {
    const call = () => findDuplicates(input as never)
    expect(call).toThrow(InvalidInputError)
    expect(call).toThrow(expected)
  })
})
