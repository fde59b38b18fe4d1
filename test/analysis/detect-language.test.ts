import { describe, expect, it } from 'vitest'
import { detectLanguage } from '../../src/analysis/detect-language.js'

describe('detectLanguage', () => {
  it.each([
    ['Wie ändere ich meine Rechnungsadresse?', 'de'],
    ['Mein Router blinkt seit gestern rot', 'de'],
    ['kann mich nicht einloggen, passwort vergessen', 'de'],
    ['@fernwerk_hilfe warum ist das Internet so langsam #störung', 'de'],
    ['How do I change my billing address?', 'en'],
    ['my card has not arrived yet', 'en'],
    ["I can't log in to my account", 'en'],
    ['what is the status of my order', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang)
  })

  it('falls back without evidence', () => {
    expect(detectLanguage('')).toBe('de')
    expect(detectLanguage('iPhone 6', 'en')).toBe('en')
  })
})
