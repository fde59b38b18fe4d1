import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/analysis/analyzer.js'
import { createFaqIndex } from '../../src/index.js'

/** A German analyzer whose corpus has seen the joined infinitives. */
function learned(...texts: string[]) {
  const analyzer = createAnalyzer({ language: 'de' })
  for (const text of texts) analyzer.learn(text)
  return analyzer
}

describe('separable verbs (schalte … aus = ausschalten)', () => {
  const de = learned('Licht ausschalten', 'Musik abspielen', 'Nachrichten aufrufen', 'Vertrag abschließen')

  it.each([
    ['Schalte das Licht aus', 'Licht ausschalten'],
    ['Schalte bitte die Lichter im Wohnzimmer aus, danke', 'Lichter im Wohnzimmer ausschalten'],
    ['Spiel die Musik ab!', 'Musik abspielen'],
    ['Rufen Sie die Nachrichten auf.', 'Nachrichten aufrufen'],
    ['Ich schließe den Vertrag morgen ab', 'Vertrag abschließen'],
  ])('"%s" shares the joined verb with "%s"', (split, joined) => {
    const verb = de.terms(joined).find((t) => t.startsWith('aus') || t.startsWith('ab') || t.startsWith('auf'))!
    expect(de.terms(split)).toContain(verb)
  })

  it('the joined verb is an extra term next to the finite verb, at its offsets', () => {
    const text = 'schalte das Licht aus'
    const tokens = de.analyze(text)
    const joined = tokens.find((t) => t.text === 'ausschalt')!
    expect(joined.derived).toBe(true)
    expect(text.slice(joined.start, joined.end)).toBe('schalte')
    expect(tokens.map((t) => t.text)).toEqual(['schalt', 'ausschalt', 'licht'])
  })

  it('a preposition inside the clause joins nothing ("aus dem Haus")', () => {
    expect(de.terms('Ich gehe aus dem Haus')).toEqual(['geh', 'haus'])
  })

  it('a pair the corpus does not know adds nothing', () => {
    const fresh = createAnalyzer({ language: 'de' })
    expect(fresh.terms('Schalte das Licht aus')).toEqual(['schalt', 'licht'])
  })

  it('the particle must end its clause: a comma before the next words counts as an end', () => {
    expect(de.terms('Schalte das Licht aus, bitte')).toContain('ausschalt')
    expect(de.terms('Schalte das Licht aus bitte')).not.toContain('ausschalt')
  })

  it('an index matches the split form to the thread written with the infinitive', () => {
    const index = createFaqIndex({ language: 'de', redact: false })
    index.addAll([
      { id: 'aus', question: 'Wie kann ich das WLAN am Router ausschalten?', answer: 'Taste WLAN drei Sekunden drücken.' },
      { id: 'an', question: 'Wie kann ich das WLAN am Router einschalten?', answer: 'Taste WLAN kurz drücken.' },
      { id: 'pw', question: 'Wo finde ich das WLAN-Passwort am Router?', answer: 'Auf dem Typenschild.' },
    ])
    expect(index.match('Wie schalte ich das WLAN am Router aus?').matches[0]!.threadId).toBe('aus')
    expect(index.match('Wie schalte ich das WLAN am Router ein?').matches[0]!.threadId).toBe('an')
  })
})
