import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/analysis/analyzer.js'
import { createSentimentScorer, sentimentLabel } from '../../src/trends/score-sentiment.js'
import { seeded } from './fixtures.js'

const german = createAnalyzer({ language: 'de' })
const english = createAnalyzer({ language: 'en' })
const scorer = (analyzer: typeof german, method: 'lexicon' | 'negation') => {
  const score = createSentimentScorer(analyzer, method)
  return (text: string) => score(text, analyzer.analyzeWithWords(text))
}
const ours = scorer(german, 'negation')
const natural = scorer(german, 'lexicon')

describe('createSentimentScorer: negation', () => {
  it.each([
    ['Der Service war gut', 'positive'],
    ['Der Service war nicht gut', 'negative'],
    ['Der Zug war gar nicht pünktlich', 'negative'],
    ['Der Zug war nicht pünktlich', 'negative'],
    ['Das klappt gar nicht', 'negative'],
    ['Der Techniker war nicht sehr freundlich', 'negative'],
    ['Die Verbindung ist schlecht', 'negative'],
    ['Die Verbindung ist nicht schlecht', 'positive'],
    ['Keine gute Idee', 'negative'],
    ['Das Personal war freundlich und hilfsbereit', 'positive'],
    ['Der Router steht im Flur', 'neutral'],
  ] as const)('%s → %s', (text, expected) => {
    const score = ours(text)
    const label = score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral'
    expect(label).toBe(expected)
  })

  it('"gar nicht pünktlich" is more negative than "nicht pünktlich"', () => {
    expect(ours('Der Zug war gar nicht pünktlich')).toBeLessThan(ours('Der Zug war nicht pünktlich'))
  })

  it('intensifiers: "sehr schlecht" is more negative than "schlecht", "etwas schlecht" less', () => {
    expect(ours('Der Empfang ist sehr schlecht')).toBeLessThan(ours('Der Empfang ist schlecht'))
    expect(ours('Der Empfang ist etwas schlecht')).toBeGreaterThan(ours('Der Empfang ist schlecht'))
  })

  it('natural alone reads "nicht gut" as negative only by flipping the rest of the text', () => {
    // Its negation never ends: the praise after the full stop is flipped too.
    expect(natural('Nicht gut. Das Personal war aber freundlich')).toBeLessThan(0)
    expect(ours('Nicht gut. Das Personal war aber freundlich')).toBeGreaterThan(ours('Nicht gut.'))
  })

  it.each([
    ['The service was not good', 'negative'],
    ['The service was very good', 'positive'],
  ] as const)('English: %s → %s', (text, expected) => {
    const score = scorer(english, 'negation')(text)
    expect(score < 0 ? 'negative' : 'positive').toBe(expected)
  })

  it('empty words give 0', () => {
    expect(ours('!!!')).toBe(0)
  })
})

describe('createSentimentScorer: service messages, exact class (sentimentLabel)', () => {
  const label = (text: string) => sentimentLabel(ours(text), 'negation')

  it.each([
    // Complaint words Pattern lacks, in every spelling and inflection, and as compound heads.
    ['Schon wieder Zugausfall in Köln', 'negative'],
    ['Störung im Stellwerk, mal wieder 45 Minuten Verspätung', 'negative'],
    ['Der Zug ist überfüllt', 'negative'],
    ['Die Verspätungen nerven mich', 'negative'],
    ['Was für eine Frechheit!', 'negative'],
    // Emoji and emoticons, which the tokenizer drops.
    ['Zug fällt schon wieder aus 😡', 'negative'],
    ['Klimaanlage kaputt, 35 Grad im Wagen 😩', 'negative'],
    ['Danke für die schnelle Hilfe 👍', 'positive'],
    ['Zug heute pünktlich :)', 'positive'],
    // Negation: "gar nicht pünktlich" is a complaint, "kein Problem" praise.
    ['Der Zug war gar nicht pünktlich', 'negative'],
    ['Kein Problem, der Schaffner war sehr freundlich', 'positive'],
    // A report without a person speaking: facts, not a complaint.
    ['Bahn erhöht die Preise zum Fahrplanwechsel', 'neutral'],
    ['Der Router steht im Flur', 'neutral'],
  ] as const)('%s → %s', (text, expected) => {
    expect(label(text)).toBe(expected)
  })

  it('folded spellings score alike: Störung = Stoerung = Storung, überfüllt = ueberfuellt', () => {
    expect(ours('Störung')).toBeLessThan(0)
    expect(ours('Stoerung')).toBe(ours('Störung'))
    expect(ours('Storung')).toBe(ours('Störung'))
    expect(ours('Der Zug ist ueberfuellt')).toBe(ours('Der Zug ist überfüllt'))
  })

  it('a negation stops at the clause: "Nicht schnell, aber freundlich" keeps "freundlich" positive', () => {
    expect(ours('Nicht schnell, aber freundlich')).toBeGreaterThan(0)
    expect(ours('Nicht schnell und nicht freundlich')).toBeLessThan(0)
  })

  it('the same delay weighs more when a person complains than in a report', () => {
    expect(ours('Ich warte, wieder Verspätung')).toBeLessThan(ours('Sturm sorgt für Verspätungen'))
  })

  it('a stop word has no polarity, although Pattern lists it ("oder" −0.46)', () => {
    expect(ours('Zug oder Bus')).toBe(0)
  })

  it('"schon" (already) is not "schön": folding makes them one word, so neither is praise', () => {
    expect(ours('Schon wieder')).toBe(0)
  })

  it('"1:0" and "(siehe oben)" are no emoticons', () => {
    expect(ours('Spiel endet 1:0 (siehe oben)')).toBe(0)
  })
})

describe('createSentimentScorer: sarcastic thanks', () => {
  it('"Danke für 40 Minuten Verspätung" is a complaint; "Danke für die Hilfe" praise', () => {
    expect(sentimentLabel(ours('Danke für 40 Minuten Verspätung, ich warte immer noch'), 'negation')).toBe('negative')
    expect(ours('Danke für 40 Minuten Verspätung, ich warte immer noch')).toBe(ours('40 Minuten Verspätung, ich warte immer noch'))
    expect(sentimentLabel(ours('Danke für die Hilfe'), 'negation')).toBe('positive')
  })
})

describe('createSentimentScorer: negators that negate nothing', () => {
  it('"nicht nur … sondern auch" keeps the praise', () => {
    expect(ours('Nicht nur pünktlich, sondern auch freundlich')).toBe(ours('Pünktlich, sondern auch freundlich'))
    expect(sentimentLabel(ours('Nicht nur pünktlich, sondern auch freundlich'), 'negation')).toBe('positive')
  })
})

describe('createSentimentScorer: any input', () => {
  it('random strings (emoji, emoticons, lone surrogates, marks, digits glued to letters) give a finite score in −1..1', () => {
    const random = seeded(2017)
    const pieces = ['nicht', 'gut', 'Störung', 'Stoerung', '😡', '👍', '❤️', ':(', ':-)', '!!', '?', ',', '\uD800', '\uDC00', 'e\u0301', 'ICE4', '#fail', '@DB_Bahn', ' ', '\n', 'kein', 'sehr', 'danke']
    for (let i = 0; i < 300; i++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.5 ? ' ' : '')
      const score = ours(text)
      expect(Number.isFinite(score) && Math.abs(score) <= 1, JSON.stringify(text)).toBe(true)
    }
  })

  it('a 1 MB text completes', () => {
    expect(Math.abs(ours('Der Zug ist nicht pünktlich, danke 😡 '.repeat(26_000)))).toBeLessThanOrEqual(1)
  })
})
