import { describe, expect, it } from 'vitest'
import { evaluate } from '../../src/evaluation/evaluate.js'
import { InvalidInputError } from '../../src/errors.js'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import type { LabelledQuery } from '../../src/schemas/thread.js'
import { THREADS } from '../faq-index/fixtures.js'
import { scriptedIndex } from './scripted-index.js'
import { REUSE_MIN_CONFIDENCE, SUGGEST_MIN_CONFIDENCE } from '../../src/matching/confidence.js'
import { DEFAULT_MIN_SIMILARITY } from '../../src/schemas/duplicate-options.js'

const threads = [
  { id: 'kuendigen', question: 'Wie kann ich meinen Vertrag kündigen?', answer: '', tags: ['vertrag'] },
  { id: 'tarifwechsel', question: 'Günstigeren Tarif wählen', answer: '', tags: ['vertrag'] },
  { id: 'passwort', question: 'Passwort vergessen', answer: '', tags: ['login'] },
]
const index = scriptedIndex(threads, {
  'Vertrag beenden': [['kuendigen', 0.95], ['tarifwechsel', 0.4]],
  'Tarif kündigen': [['kuendigen', 0.92], ['tarifwechsel', 0.91]],
  'Kennwort weg': [['passwort', 0.7]],
  'Wie wird das Wetter?': [['passwort', 0.93]],
  'Pizza bestellen': [['tarifwechsel', 0.2]],
})
const queries: LabelledQuery[] = [
  { id: 'q1', text: 'Vertrag beenden', relevant: ['kuendigen'] },
  { id: 'q2', text: 'Tarif kündigen', relevant: ['tarifwechsel'], tags: ['eilig'] },
  { id: 'q3', text: 'Kennwort weg', relevant: ['passwort'], tags: ['eilig'] },
  { id: 'q4', text: 'Wie wird das Wetter?', relevant: [] },
  { id: 'q5', text: 'Pizza bestellen', relevant: [], tags: ['eilig'] },
]

describe('evaluate on a scripted index', () => {
  const report = evaluate(index, queries)

  it('uses the library thresholds by default and reports k and the thread count', () => {
    expect(report).toMatchObject({ k: 10, thresholds: { reuseMinConfidence: REUSE_MIN_CONFIDENCE, suggestMinConfidence: SUGGEST_MIN_CONFIDENCE }, threads: 3, misses: 2 })
  })

  it('counts auto-answers and the wrong ones exactly: q2 has the wrong thread on top, q4 is out of scope', () => {
    expect(report.overall).toEqual({
      queries: 5,
      answerable: 3,
      outOfScope: 2,
      metrics: { hitAt1: 2 / 3, hitAt5: 1, mrrAtK: (1 + 1 / 2 + 1) / 3 },
      decisions: {
        reuse: 3,
        reuseWrong: 2,
        reuseOutOfScope: 1,
        reusePrecision: 1 / 3,
        reuseCoverage: 3 / 5,
        suggest: 1,
        suggestCorrect: 1,
        new: 1,
        outOfScopeNew: 1,
        answerableNew: 0,
      },
    })
  })

  it('groups by the query tags and the tags of the expected threads, most queries first', () => {
    // eilig: q2, q3, q5 (query tags); vertrag: q1, q2 (thread tags); login: q3. q4 has none.
    expect(report.tags.map((t) => [t.tag, t.queries, t.decisions.reuse, t.decisions.reuseWrong])).toEqual([
      ['eilig', 3, 1, 1],
      ['vertrag', 2, 2, 1],
      ['login', 1, 0, 0],
    ])
  })

  it.each([
    // reuse threshold, auto-answered, wrong
    [0.9, 3, 2],
    [0.93, 2, 1],
    [0.96, 0, 0],
    [0.6, 4, 2],
  ])('reuseMinConfidence %d: %i auto-answered, %i wrong', (reuseMinConfidence, reuse, reuseWrong) => {
    const decisions = evaluate(index, queries, { reuseMinConfidence }).overall.decisions
    expect([decisions.reuse, decisions.reuseWrong]).toEqual([reuse, reuseWrong])
  })

  it('the worst misses list the out-of-scope auto-answer first (0.93), then the wrong tariff (0.92)', () => {
    expect(report.worstMisses.map((m) => [m.queryId, m.winner.threadId, m.winner.confidence])).toEqual([
      ['q4', 'passwort', 0.93],
      ['q2', 'kuendigen', 0.92],
    ])
    expect(evaluate(index, queries, { worst: 1 }).worstMisses).toHaveLength(1)
  })

  it('the curve point at the reuse threshold matches the decision counts', () => {
    const point = report.curve.find((p) => p.threshold === report.thresholds.reuseMinConfidence)!
    expect([point.autoAnswered, point.wrong]).toEqual([report.overall.decisions.reuse, report.overall.decisions.reuseWrong])
  })

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
  })

  it('reports progress up to (total, total)', () => {
    const calls: [number, number][] = []
    evaluate(index, queries, { onProgress: (done, total) => calls.push([done, total]) })
    expect(calls.at(-1)).toEqual([5, 5])
    expect(calls.every(([done], i) => i === 0 || done > calls[i - 1]![0])).toBe(true)
  })

  it('a larger k only changes MRR@k; hit@5 still looks at five matches when k is smaller', () => {
    const small = evaluate(index, queries, { k: 1 })
    expect(small.overall.metrics).toEqual({ hitAt1: 2 / 3, hitAt5: 1, mrrAtK: 2 / 3 })
  })
})

describe('evaluate on a real index', () => {
  it('finds the German threads for reworded questions and keeps an unrelated question out of reuse', () => {
    const real = createFaqIndex({ language: 'de' })
    real.addAll(THREADS)
    const report = evaluate(real, [
      { id: 'q1', text: 'Ich möchte meinen Vertrag kündigen', relevant: ['kuendigen'] },
      { id: 'q2', text: 'Passwort vergessen, was tun?', relevant: ['passwort'] },
      { id: 'q3', text: 'Wann fährt der nächste Zug nach Hamburg?', relevant: [] },
    ])
    expect(report.overall.metrics.hitAt1).toBe(1)
    expect(report.overall.decisions.reuseOutOfScope).toBe(0)
    expect(report.threads).toBe(THREADS.length)
  })
})

describe('evaluate with duplicates', () => {
  const real = createFaqIndex({ language: 'de' })
  real.addAll([...THREADS, { id: 'passwort-2', question: 'Ich habe mein Passwort vergessen, was nun?', answer: 'Über „Passwort vergessen“ ein neues setzen.', tags: ['login'] }])
  const queries: LabelledQuery[] = [{ id: 'q1', text: 'Passwort vergessen', relevant: ['passwort', 'passwort-2'] }]

  it('lists the threads with the same question, with their questions, only when asked', () => {
    expect(evaluate(real, queries)).not.toHaveProperty('duplicates')
    const report = evaluate(real, queries, { duplicates: true })
    expect(report.duplicates?.minSimilarity).toBe(DEFAULT_MIN_SIMILARITY)
    const group = report.duplicates?.groups.find((g) => g.threadIds.includes('passwort-2'))
    expect(group?.threadIds).toContain('passwort')
    expect(group?.questions).toContain('Ich habe mein Passwort vergessen, was nun?')
    expect(group?.maxSimilarity).toBeGreaterThanOrEqual(0.5)
  })

  it('at a similarity no pair reaches, no groups', () => {
    expect(evaluate(real, queries, { duplicates: { minSimilarity: 1 } }).duplicates).toEqual({ minSimilarity: 1, groups: [] })
  })
})

function captureError(run: () => unknown): InvalidInputError {
  try {
    run()
  } catch (error) {
    return error as InvalidInputError
  }
  throw new Error('expected an error')
}

describe('evaluate errors', () => {
  it('bad rows: every one listed with its path, nothing matched', () => {
    let matched = 0
    const counting = { ...index, match: (...args: Parameters<typeof index.match>) => (matched++, index.match(...args)) }
    const rows = [
      { id: 'q1', text: 'Vertrag beenden', relevant: ['kuendigen'] },
      { id: 'q2', text: 'Tarif', relevant: ['tarifwechsel'] },
      { id: 'q3', text: 'Kennwort', relevant: 'passwort' },
      { id: 'q4', text: '   ', relevant: [] },
      { id: 'q1', text: 'Noch einmal', relevant: [], tpyo: true },
      { id: 'q1', text: 'Doppelt', relevant: ['gibt-es-nicht'] },
    ]
    const error = captureError(() => evaluate(counting, rows as LabelledQuery[]))
    expect(error).toBeInstanceOf(InvalidInputError)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.issues.map((i) => i.path)).toEqual(['queries[2].relevant', 'queries[3].text', 'queries[4]', 'queries[5].id', 'queries[5].relevant[0]'])
    expect(error.message).toMatchInlineSnapshot(`"faqmatch: invalid labelled queries (queries[2].relevant: Invalid input: expected array, received string; queries[3].text: must not be empty; queries[4]: Unrecognized key: "tpyo"; queries[5].id: duplicate of queries[0].id ("q1"); queries[5].relevant[0]: no thread with this id in the index ("gibt-es-nicht")). Fix the listed fields and call again."`)
    expect(matched).toBe(0)
  })

  it.each<[string, unknown, string]>([
    ['not an array', 'q1', 'queries: must be an array of labelled queries, got string'],
    ['null', null, 'queries: must be an array of labelled queries, got null'],
    ['empty', [], 'queries: must hold at least one labelled query'],
  ])('queries %s', (_, value, issue) => {
    const error = captureError(() => evaluate(index, value as LabelledQuery[]))
    expect(error).toBeInstanceOf(InvalidInputError)
    expect(error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([issue])
  })

  it('a text longer than the index accepts is reported before any matching', () => {
    const real = createFaqIndex({ language: 'de', maxQueryChars: 20 })
    real.addAll(THREADS)
    const error = captureError(() => evaluate(real, [{ id: 'q1', text: 'Wie kann ich meinen Vertrag kündigen?', relevant: ['kuendigen'] }]))
    expect(error.issues).toEqual([{ path: 'queries[0].text', message: "must be at most 20 characters (the index's maxQueryChars), got 37" }])
  })

  it.each<[string, unknown, string]>([
    ['k below 1', { k: 0 }, 'options.k'],
    ['k not whole', { k: 2.5 }, 'options.k'],
    ['k above 100', { k: 101 }, 'options.k'],
    ['confidence above 1', { reuseMinConfidence: 1.2 }, 'options.reuseMinConfidence'],
    ['reuse below suggest', { reuseMinConfidence: 0.5, suggestMinConfidence: 0.6 }, 'options.reuseMinConfidence'],
    ['reuse below the default suggest threshold', { reuseMinConfidence: 0.3 }, 'options.reuseMinConfidence'],
    ['negative worst', { worst: -1 }, 'options.worst'],
    ['misspelled key', { limt: 5 }, 'options'],
    ['onProgress not a function', { onProgress: 'ja' }, 'options.onProgress'],
    ['duplicates similarity above 1', { duplicates: { minSimilarity: 2 } }, 'options.duplicates.minSimilarity'],
  ])('options: %s', (_, options, path) => {
    const error = captureError(() => evaluate(index, queries, options as never))
    expect(error).toBeInstanceOf(InvalidInputError)
    expect(error.issues.map((i) => i.path)).toEqual([path])
  })

  it('something that is not an index', () => {
    const error = captureError(() => evaluate({} as never, queries))
    expect(error.issues).toEqual([{ path: 'index', message: 'must be a FaqIndex from createFaqIndex or loadFaqIndex, got object' }])
  })
})
