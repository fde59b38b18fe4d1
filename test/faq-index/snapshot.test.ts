import { describe, expect, it } from 'vitest'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { loadFaqIndex } from '../../src/faq-index/load-faq-index.js'
import { SnapshotError } from '../../src/errors.js'
import { THREADS } from './fixtures.js'

const index = createFaqIndex({ language: 'de', synonyms: [['Handy', 'Smartphone']] })
index.addAll(THREADS)
index.confirm('Rechnungsanschrift anpassen', 'rechnungsadresse')
index.reject('Akku iPhone 7 leer', 'iphone6-akku')
const json = JSON.stringify(index.toJSON())

const QUESTIONS = ['Adresse der Rechnung ändern', 'passwort vergessen', 'Akku iPhone 7 leer', 'Rechnungsanschrift anpassen', 'WLAN lahm']

describe('snapshots', () => {
  it('a round trip through JSON text returns identical matches', () => {
    const again = loadFaqIndex(JSON.parse(json))
    expect(again.size).toBe(index.size)
    for (const q of QUESTIONS) expect(again.match(q)).toEqual(index.match(q))
    expect(loadFaqIndex(json).match(QUESTIONS[0]!)).toEqual(index.match(QUESTIONS[0]!))
  })

  it('carries version and analyzer fingerprint', () => {
    const snapshot = index.toJSON()
    expect(snapshot.version).toBe(4)
    expect(snapshot.analyzerFingerprint.de).toMatch(/^v1:de:/)
  })

  it.each([
    ['truncated JSON text', 'SNAPSHOT_CORRUPT', json.slice(0, json.length / 2)],
    ['not an object', 'SNAPSHOT_CORRUPT', 42],
    ['missing threads', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), threads: undefined }],
    ['analyzed list does not fit', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), analyzed: [] }],
    ['an analyzed entry damaged', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), analyzed: JSON.parse(json).analyzed.map((a: string, i: number) => (i === 1 ? a.slice(0, -1) + '"' : a)) }],
    ['an analyzed entry cut short', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), analyzed: JSON.parse(json).analyzed.map((a: string, i: number) => (i === 1 ? a.slice(0, a.indexOf('|')) : a)) }],
    ['a term id beyond the dictionary', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), strings: JSON.parse(json).strings.slice(0, 3) }],
    ['the lexicon damaged', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), lexicon: 'ä' }],
    ['the word index missing', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), words: undefined }],
    ['two average field lengths', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), words: { averageFieldLength: [3, 12] } }],
    ['a negative average field length', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), words: { averageFieldLength: [3, -1, 0] } }],
    ['the word index in MiniSearch form (v3 layout)', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), words: { documentCount: 5, index: [], averageFieldLength: [3, 12, 0] } }],
    ['stale n-grams missing', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), staleGrams: undefined }],
    ['a stale n-gram count not positive', 'SNAPSHOT_CORRUPT', { ...JSON.parse(json), staleGrams: { slots: 1, grams: [['ech', 0]] } }],
    ['a version 3 snapshot', 'SNAPSHOT_VERSION', { ...JSON.parse(json), version: 3 }],
    ['another version', 'SNAPSHOT_VERSION', { ...JSON.parse(json), version: 99 }],
    ['another analyzer', 'SNAPSHOT_ANALYZER_MISMATCH', { ...JSON.parse(json), analyzerFingerprint: { de: 'v0:de:other' } }],
  ])('%s → SnapshotError %s', (_what, code, snapshot) => {
    let caught: unknown
    try {
      loadFaqIndex(snapshot)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(SnapshotError)
    expect((caught as SnapshotError).code).toBe(code)
    expect((caught as Error).message).toMatch(/^faqmatch: /)
  })

  it('feedback survives: the confirmed variant and the rejection', () => {
    const again = loadFaqIndex(JSON.parse(json))
    expect(again.get('rechnungsadresse')!.variants).toEqual(['Rechnungsanschrift anpassen'])
    const six = again.match('Akku iPhone 7 leer').matches.find((m) => m.threadId === 'iphone6-akku')
    expect(six === undefined || six.confidence < 0.2).toBe(true)
  })

  it('after removals, a round trip gives identical matches (slots are renumbered densely)', () => {
    const thinned = loadFaqIndex(JSON.parse(json))
    thinned.remove(THREADS[0]!.id)
    thinned.remove(THREADS[2]!.id)
    thinned.add({ id: 'esim', question: 'Wie aktiviere ich meine eSIM?', answer: 'QR-Code im Kundencenter scannen.' })
    const again = loadFaqIndex(JSON.parse(JSON.stringify(thinned.toJSON())))
    for (const q of [...QUESTIONS, 'eSIM aktivieren']) expect(again.match(q)).toEqual(thinned.match(q))
    again.remove('esim')
    thinned.remove('esim')
    for (const q of QUESTIONS) expect(again.match(q)).toEqual(thinned.match(q))
  })

  it('a loaded index keeps indexing', () => {
    const again = loadFaqIndex(JSON.parse(json))
    again.add({ id: 'esim', question: 'Wie aktiviere ich meine eSIM?', answer: 'QR-Code im Kundencenter scannen.' })
    expect(again.match('eSIM aktivieren').matches[0]!.threadId).toBe('esim')
  })
})
