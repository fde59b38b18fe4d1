import { describe, expect, it } from 'vitest'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { THREADS } from './fixtures.js'

const index = createFaqIndex({ language: 'de' })
index.addAll(THREADS)
const top = (question: string) => index.match(question).matches[0]?.threadId

describe('match: the right thread wins', () => {
  it.each([
    // compounds written apart, umlauts spelled out
    ['Adresse der Rechnung aendern', 'rechnungsadresse'],
    // typo and missing umlaut: character n-grams forgive what words miss
    ['Rechnungsadrese ändern', 'rechnungsadresse'],
    ['passwoerter vergessen', 'passwort'],
    // inflection: Kündigung ~ kündigen
    ['Kündigung meines Vertrags', 'kuendigen'],
    // social media style
    ['@fernwerk_hilfe mein paket ist immer noch nicht da 😡 #lieferung', 'paket'],
  ])('%s → %s', (question, expected) => {
    expect(top(question)).toBe(expected)
  })

  it('iPhone 7 question: the iPhone 7 thread first, the iPhone 6 thread less confident', () => {
    const result = index.match('iPhone 7 Akku schnell leer')
    expect(result.matches[0]!.threadId).toBe('iphone7-akku')
    const six = result.matches.find((m) => m.threadId === 'iphone6-akku')
    expect(six === undefined || six.confidence < result.matches[0]!.confidence).toBe(true)
  })

  it('"nicht kündigen, nur Tarif wechseln" prefers the tariff thread over cancelling', () => {
    expect(top('will nicht kündigen sondern den Tarif wechseln')).toBe('tarifwechsel')
  })

  it('matches are sorted by score, confidences are in 0..1, matched terms explain the hit', () => {
    const { matches } = index.match('Wie ändere ich die Rechnungsadresse?', { limit: 5 })
    for (let i = 1; i < matches.length; i++) expect(matches[i - 1]!.score).toBeGreaterThanOrEqual(matches[i]!.score)
    for (const m of matches) expect(m.confidence).toBeGreaterThanOrEqual(0), expect(m.confidence).toBeLessThanOrEqual(1)
    expect(matches[0]!.matchedTerms).toContain('rechnungsadress')
    expect(matches.length).toBeLessThanOrEqual(5)
  })

  it('a question no thread answers is "new" or has low confidence', () => {
    const result = index.match('Wann öffnet das Schwimmbad am Sonntag?')
    expect(result.decision).toBe('new')
  })

  it('filter by tags and channel', () => {
    const byTag = index.match('Akku iPhone', { filter: { tags: ['router'] } })
    expect(byTag.matches.every((m) => m.thread.tags?.includes('router'))).toBe(true)
    const byChannel = index.match('Vertrag kündigen', { filter: { channel: 'email' } })
    expect(byChannel.matches.map((m) => m.threadId)).toEqual(['kuendigen'])
  })

  it('thresholds given per call change the decision', () => {
    const strict = index.match('Adresse der Rechnung ändern', { reuseMinConfidence: 1, suggestMinConfidence: 1 })
    expect(strict.decision).toBe('new')
    const lax = index.match('Adresse der Rechnung ändern', { reuseMinConfidence: 0, suggestMinConfidence: 0 })
    expect(lax.decision).toBe('reuse')
  })

  it('an English question against a language: "auto" index is analyzed as English', () => {
    const auto = createFaqIndex({ language: 'auto' })
    auto.addAll([
      { id: 'en-password', question: 'I forgot my password', answer: 'Use the reset link.', lang: 'en' },
      { id: 'de-passwort', question: 'Passwort vergessen', answer: 'Nutze den Link.', lang: 'de' },
    ])
    const result = auto.match('How do I reset my forgotten password?')
    expect(result.lang).toBe('en')
    expect(result.matches[0]!.threadId).toBe('en-password')
  })
})

describe('repeats', () => {
  it('a question repeated word for word (any spelling) is reused, even against a one-thread index', () => {
    const one = createFaqIndex({ language: 'de' })
    one.add({ id: 'weg', question: 'Mein Internet ist seit heute Morgen weg', answer: 'Bitte Router neu starten.' })
    expect(one.match('mein internet ist seit heute morgen weg!!').decision).toBe('reuse')
    expect(one.match('Internet weg').decision).not.toBe('reuse')
  })
})

describe('learning from use', () => {
  it('confirm stores the wording as a variant; reject ranks that pairing down', () => {
    const local = createFaqIndex({ language: 'de' })
    local.addAll(THREADS)
    const question = 'Kohle zurück wegen doppelt abgebucht'
    local.confirm(question, 'rechnungsadresse')
    expect(local.get('rechnungsadresse')!.variants).toEqual([question])
    expect(local.match(question).matches[0]!.threadId).toBe('rechnungsadresse')
    local.reject(question, 'rechnungsadresse')
    const after = local.match(question).matches.find((m) => m.threadId === 'rechnungsadresse')
    expect(after === undefined || after.confidence < 0.5).toBe(true)
  })
})
