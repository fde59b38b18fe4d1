import { describe, expect, it } from 'vitest'
import { findSimilar } from '../../src/duplicates/find-similar.js'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { InvalidInputError } from '../../src/errors.js'
import { DEFAULT_MIN_SIMILARITY } from '../../src/schemas/duplicate-options.js'

const index = createFaqIndex({ language: 'de' })
index.addAll([
  { id: 'adresse', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Im Kundencenter unter Meine Daten.' },
  { id: 'adresse-alt', question: 'Rechnungsadresse ändern, wie geht das?', answer: '' },
  { id: 'passwort', question: 'Passwort vergessen, was tun?', answer: 'Link auf der Anmeldeseite.' },
  { id: 'iphone6', question: 'Akku vom iPhone 6 tauschen', answer: 'Im Shop.' },
  { id: 'router', question: 'Router blinkt rot', answer: 'Neu starten.' },
])

describe('findSimilar', () => {
  it.each([
    // Both address threads are duplicates; the one sharing more wording comes first.
    ['Wie kann ich die Rechnungsadresse ändern?', ['adresse', 'adresse-alt']],
    ['Ich habe mein Passwort vergessen', ['passwort']],
    // Another model, a new topic: nothing to warn about.
    ['Akku vom iPhone 7 tauschen', []],
    ['Wann kommt der Techniker?', []],
  ])('%s → %j', (question, expected) => {
    expect(findSimilar(index, question).map((s) => s.threadId)).toEqual(expected)
  })

  it('scores are duplicate probabilities at or above minSimilarity, best first', () => {
    const similar = findSimilar(index, 'Wie kann ich die Rechnungsadresse ändern?')
    expect(similar.every((s, i) => s.score >= DEFAULT_MIN_SIMILARITY && s.score <= 1 && (i === 0 || s.score <= similar[i - 1]!.score))).toBe(true)
  })

  it('a thread is never its own duplicate; limit caps the list', () => {
    expect(findSimilar(index, { id: 'adresse', question: 'Wie ändere ich meine Rechnungsadresse?', answer: '' }).map((s) => s.threadId)).toEqual(['adresse-alt'])
    expect(findSimilar(index, 'Wie kann ich die Rechnungsadresse ändern?', { limit: 1 })).toHaveLength(1)
  })

  it("counts how well a thread's answer fits the new question (answerRank), as duplicateScore does", () => {
    // The same two threads; only whether the delivery thread's answer speaks of the question differs.
    const build = (answer: string) => {
      const withAnswer = createFaqIndex({ language: 'de' })
      withAnswer.addAll([
        { id: 'lieferzeit', question: 'Wann kommt meine Bestellung?', answer },
        { id: 'rechnung', question: 'Wo finde ich meine Rechnung?', answer: 'Im Kundenkonto unter Rechnungen.' },
      ])
      return withAnswer
    }
    const question = 'Wie lange dauert die Lieferung meiner Bestellung?'
    const scoreOf = (answer: string) => findSimilar(build(answer), question, { minSimilarity: 0 }).find((s) => s.threadId === 'lieferzeit')!.score
    expect(scoreOf('Die Lieferung dauert zwei bis drei Werktage.')).toBeGreaterThan(scoreOf('Bitte wende dich an den Kundenservice.') + 0.05)
  })

  it.each([
    [{ limit: 0 }, 'options.limit'],
    [{ minSimilarity: -0.1 }, 'options.minSimilarity'],
    [{ max: 3 }, 'options'],
  ])('bad options %j: InvalidInputError at %s', (options, path) => {
    try {
      findSimilar(index, 'Frage', options as never)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError)
      expect((error as InvalidInputError).code).toBe('INVALID_INPUT')
      expect((error as InvalidInputError).issues[0]!.path).toBe(path)
    }
  })

  it('rejects something that is not an index', () => {
    expect(() => findSimilar({} as never, 'Frage')).toThrow('faqmatch: invalid findSimilar input (index: must be an index from createFaqIndex/loadFaqIndex). Fix the listed fields and call again.')
  })
})
