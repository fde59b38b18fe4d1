import { describe, expect, it } from 'vitest'
import { createAnalyzer } from '../../src/analysis/analyzer.js'
import { createSentimentScorer } from '../../src/trends/score-sentiment.js'

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
