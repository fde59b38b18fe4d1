import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load-corpus.js'

/** The minimums issue 5 sets for the sample corpora shipped in `corpus/`. */
const CORPORA = [
  { dir: 'corpus/de-service', lang: 'de', minThreads: 200, minQueries: 400, minUnanswered: 60 },
  { dir: 'corpus/en-service', lang: 'en', minThreads: 60, minQueries: 120, minUnanswered: 15 },
] as const

/** Why a query is in the set; a typo here would hide a query from per-note reports. */
const NOTES = new Set(['paraphrase', 'typo', 'no-umlaut', 'plain-vowel', 'split-compound', 'joined-compound', 'social', 'all-caps', 'colloquial', 'english', 'german', 'near-miss', 'uncovered', 'out-of-scope'])

describe.each(CORPORA)('$dir', ({ dir, lang, minThreads, minQueries, minUnanswered }) => {
  it('loads without skipping a row and meets the minimums', async () => {
    const { threads, queries, skipped } = await loadCorpus(dir)
    expect(skipped).toEqual([])
    expect(threads.length).toBeGreaterThanOrEqual(minThreads)
    expect(queries.length).toBeGreaterThanOrEqual(minQueries)
    expect(queries.filter((q) => q.relevant.length === 0).length).toBeGreaterThanOrEqual(minUnanswered)
  })

  it('every thread has an answer, the corpus language, tags, channel and date', async () => {
    const { threads } = await loadCorpus(dir)
    const incomplete = threads.filter((t) => !t.answer || t.lang !== lang || !t.tags?.length || !t.channel || !t.createdAt)
    expect(incomplete.map((t) => t.id)).toEqual([])
  })

  it('labels only existing threads, and every thread is the answer to some query', async () => {
    const { threads, queries } = await loadCorpus(dir)
    const ids = new Set(threads.map((t) => t.id))
    expect(queries.flatMap((q) => q.relevant.filter((id) => !ids.has(id)).map((id) => `${q.id} → ${id}`))).toEqual([])
    const labelled = new Set(queries.flatMap((q) => q.relevant))
    expect(threads.filter((t) => !labelled.has(t.id)).map((t) => t.id)).toEqual([])
  })

  it('no query repeats a thread question or variant word for word', async () => {
    const { threads, queries } = await loadCorpus(dir)
    const key = (s: string) => s.trim().toLocaleLowerCase('de')
    const asked = new Set(threads.flatMap((t) => [t.question, ...(t.variants ?? [])]).map(key))
    expect(queries.filter((q) => asked.has(key(q.text))).map((q) => q.id)).toEqual([])
  })

  it('query ids are unique and every query has a known note', async () => {
    const { queries } = await loadCorpus(dir)
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length)
    expect(queries.filter((q) => !q.note || !NOTES.has(q.note)).map((q) => `${q.id}: ${q.note}`)).toEqual([])
  })
})

describe('corpus/de-service near misses', () => {
  it.each([
    // Product siblings: a question about one model is labelled with that model's thread only.
    ['iPhone 7 Bildschirm gerissen – Reparaturpreis?', ['display-iphone-7']],
    ['iPhone 6 Akku tauschen lassen, was kostet das?', ['akku-tausch-iphone-6']],
    ['Neue FRITZ!Box 7530 – wie einrichten?', ['fritzbox-7530-einrichten']],
    // Not cancelling is a plan change, not a cancellation.
    ['Ich will NICHT kündigen, nur in einen größeren Handytarif wechseln', ['tarifwechsel-mobilfunk']],
    // Landline and mobile versions of one question are different threads.
    ['Festnetz auf mein Handy umleiten', ['rufumleitung-festnetz']],
    ['Anrufe vom Handy auf eine andere Nummer weiterleiten', ['rufumleitung-mobilfunk']],
    // A model no thread covers has no answer, even though its siblings do.
    ['Akku-Tausch beim iPhone 8, macht ihr das auch?', []],
  ])('%s → %j', async (text, relevant) => {
    const { queries } = await loadCorpus('corpus/de-service')
    expect(queries.find((q) => q.text === text)?.relevant).toEqual(relevant)
  })
})
