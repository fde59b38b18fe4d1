import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { duplicateScore } from '../../src/duplicates/duplicate-score.js'
import { pairFeatures, PAIR_FEATURE_NAMES } from '../../src/duplicates/pair-features.js'
import { answerEvidence } from '../../src/duplicates/answer-evidence.js'
import { createPairProfiler } from '../../src/duplicates/pair-profile.js'
import { UNIFORM_STATISTICS } from '../../src/duplicates/pair-statistics.js'
import { DUPLICATE_THRESHOLD } from '../../src/duplicates/duplicate-weights.js'
import { DEFAULT_MIN_SIMILARITY } from '../../src/schemas/duplicate-options.js'
import { createAnalyzer } from '../../src/analysis/analyzer.js'
import { profileText } from '../../src/matching/text-profile.js'
import { InvalidInputError } from '../../src/errors.js'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import type { FaqIndexImpl } from '../../src/faq-index/faq-index.js'

const PARAPHRASE: [string, string] = ['Wie ändere ich meine Rechnungsadresse?', 'Wie kann ich die Rechnungsadresse ändern?']
const paraphraseScore = duplicateScore(...PARAPHRASE, { lang: 'de' })

describe('duplicateScore', () => {
  it.each([
    PARAPHRASE,
    ['Wie ändere ich meine Rechnungsadresse?', 'Rechnungsadresse ändern – wie geht das?'],
    ['Passwort vergessen, was tun?', 'Ich habe mein Passwort vergessen'],
    ['Wie kündige ich meinen Vertrag?', 'Vertrag kündigen, wie geht das?'],
    ['Mein Internet ist sehr langsam', 'Internet langsam, was tun?'],
  ])('German paraphrase scores above the default threshold: %s | %s', (a, b) => {
    expect(duplicateScore(a, b, { lang: 'de' })).toBeGreaterThan(DEFAULT_MIN_SIMILARITY)
  })

  it.each([
    ['Wie ändere ich meine Rechnungsadresse?', 'Mein Router blinkt rot'],
    ['Passwort vergessen, was tun?', 'Wann kommt der Techniker?'],
    ['Wie kündige ich meinen Vertrag?', 'Paket beschädigt angekommen'],
  ])('unrelated pair scores below the default threshold: %s | %s', (a, b) => {
    expect(duplicateScore(a, b, { lang: 'de' })).toBeLessThan(DEFAULT_MIN_SIMILARITY)
  })

  // Near-copies that ask something else: the text is almost the same, so only the veto features
  // (product model, negation, number) keep them apart.
  it.each([
    ['another model of the product', 'Akku vom iPhone 6 tauschen', 'Akku vom iPhone 7 tauschen'],
    ['a negation on one side', 'Vertrag kündigen', 'Vertrag nicht kündigen'],
    ['a negation on one side, longer', 'Ich will meinen Vertrag kündigen', 'Ich will meinen Vertrag nicht kündigen'],
  ])('%s: below a true paraphrase and below the threshold', (_why, a, b) => {
    const score = duplicateScore(a, b, { lang: 'de' })
    expect(score).toBeLessThan(paraphraseScore)
    expect(score).toBeLessThan(DEFAULT_MIN_SIMILARITY)
  })

  // Umlauts in every spelling meet after folding: the same question, however it is typed.
  it.each([
    ['Passwörter vergessen', 'Passwoerter vergessen'],
    ['Passwörter vergessen', 'Passworter vergessen'],
    ['Kündigung per Mail möglich?', 'Kuendigung per Mail moeglich?'],
    ['Straße in der Rechnungsadresse ändern', 'Strasse in der Rechnungsadresse aendern'],
  ])('umlaut spellings score like identical texts: %s | %s', (a, b) => {
    expect(duplicateScore(a, b, { lang: 'de' })).toBeCloseTo(duplicateScore(a, a, { lang: 'de' }), 6)
  })

  it('numbers that differ pull the score down', () => {
    expect(duplicateScore('Tarif mit 10 GB buchen', 'Tarif mit 20 GB buchen', { lang: 'de' })).toBeLessThan(duplicateScore('Tarif mit 10 GB buchen', 'Den Tarif mit 10 GB buchen', { lang: 'de' }))
  })

  // Same words either way; only the order of the shared terms tells them apart.
  it('long texts with swapped roles score below a same-order copy with one word changed (word-order conflict)', () => {
    const a = 'Der Fluss Tabaci ist ein Nebenfluss des Flusses Leurda in Rumänien im Kreis Olt'
    const swapped = 'Der Fluss Leurda ist ein Nebenfluss des Flusses Tabaci in Rumänien im Kreis Olt'
    const reworded = 'Der Fluss Tabaci ist ein Nebenfluss des Flusses Leurda in Rumänien im Bezirk Olt'
    expect(duplicateScore(a, swapped, { lang: 'de' })).toBeLessThan(duplicateScore(a, reworded, { lang: 'de' }))
  })

  it('is symmetric for any two texts (fast-check)', () => {
    const text = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '')
    const words = fc.array(fc.constantFrom('Vertrag', 'nicht', 'kündigen', 'iPhone 6', 'iPhone 7', '10', 'GB', 'Rechnung', 'Adresse', 'ändern', 'wie'), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(fc.oneof(text, words), fc.oneof(text, words), (a, b) => duplicateScore(a, b, { lang: 'de' }) === duplicateScore(b, a, { lang: 'de' })),
      { seed: 5, numRuns: 200 },
    )
  })

  it('every pair feature is symmetric on its own', () => {
    const analyzer = createAnalyzer({ language: 'de' })
    const toPairProfile = createPairProfiler(UNIFORM_STATISTICS)
    const words = fc.array(fc.constantFrom('Vertrag', 'nicht', 'kündigen', 'iPhone 6', 'iPhone 7', '10', '20', 'Rechnung', 'Adresse', 'ändern', 'Fluss', 'Nebenfluss'), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(words, words, (a, b) => {
        const [x, y] = [toPairProfile(profileText(analyzer, a)), toPairProfile(profileText(analyzer, b))]
        expect(pairFeatures(x, y)).toEqual(pairFeatures(y, x))
      }),
      { seed: 7, numRuns: 200 },
    )
  })

  it('is a probability in [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== ''), fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() !== ''), (a, b) => {
        const score = duplicateScore(a, b, { lang: 'de' })
        return score >= 0 && score <= 1
      }),
      { seed: 11, numRuns: 100 },
    )
  })

  describe('with an index (its question statistics)', () => {
    // "Vertrag" is in every question of this index: sharing it says little; sharing "Rufnummer" a lot.
    const index = createFaqIndex({ language: 'de' })
    index.addAll([
      { id: 'kuendigen', question: 'Vertrag kündigen', answer: '' },
      { id: 'verlaengern', question: 'Vertrag verlängern', answer: '' },
      { id: 'unterlagen', question: 'Vertrag Unterlagen anfordern', answer: '' },
      { id: 'tarif', question: 'Vertrag Tarif wechseln', answer: '' },
      { id: 'rufnummer', question: 'Rufnummer mitnehmen', answer: '' },
    ])

    it('a word every question shares counts less than a rare one', () => {
      const common = duplicateScore('Vertrag kündigen', 'Vertrag verlängern', { lang: 'de', index })
      const rare = duplicateScore('Rufnummer mitnehmen', 'Rufnummer behalten', { lang: 'de', index })
      expect(common).toBeLessThan(rare)
      // Without statistics both pairs share one of two terms and score alike.
      expect(duplicateScore('Vertrag kündigen', 'Vertrag verlängern', { lang: 'de' })).toBeCloseTo(duplicateScore('Rufnummer mitnehmen', 'Rufnummer behalten', { lang: 'de' }), 1)
    })

    it('keeps the vetoes and symmetry', () => {
      expect(duplicateScore('Vertrag kündigen', 'Vertrag nicht kündigen', { index })).toBeLessThan(DEFAULT_MIN_SIMILARITY)
      expect(duplicateScore('Akku vom iPhone 6 tauschen', 'Akku vom iPhone 7 tauschen', { index })).toBeLessThan(DEFAULT_MIN_SIMILARITY)
      expect(duplicateScore('Vertrag Tarif wechseln', 'Tarif im Vertrag wechseln', { index })).toBe(duplicateScore('Tarif im Vertrag wechseln', 'Vertrag Tarif wechseln', { index }))
    })

    it('rejects something that is not an index', () => {
      const call = () => duplicateScore('a', 'b', { index: {} as never })
      expect(call).toThrow(InvalidInputError)
      expect(call).toThrow('options.index: must be an index from createFaqIndex/loadFaqIndex')
    })
  })

  describe('with an index whose threads have answers', () => {
    // The user's question shares no word with the FAQ question, only with its answer.
    const faq = 'Wie lange ist die Inkubationszeit?'
    const user = 'Wann treten nach der Ansteckung die ersten Krankheitszeichen auf?'
    const threads = [
      { id: 'inkubation', question: faq, answer: 'Nach einer Ansteckung dauert es bis zu 14 Tage, bis erste Krankheitszeichen auftreten.' },
      { id: 'maske', question: 'Schützt eine Maske?', answer: 'Eine Maske schützt andere vor Tröpfchen.' },
      { id: 'test', question: 'Wo kann ich mich testen lassen?', answer: 'In Testzentren und Arztpraxen.' },
      { id: 'reise', question: 'Darf ich noch reisen?', answer: 'Reisen in Risikogebiete sollten Sie vermeiden.' },
    ]
    const withAnswers = createFaqIndex({ language: 'de' })
    withAnswers.addAll(threads)
    const withoutAnswers = createFaqIndex({ language: 'de' })
    withoutAnswers.addAll(threads.map((t) => ({ ...t, answer: '' })))

    it('a pair whose only shared evidence is the answer scores higher with the index than without', () => {
      const withIndex = duplicateScore(faq, user, { lang: 'de', index: withAnswers })
      expect(withIndex).toBeGreaterThan(duplicateScore(faq, user, { lang: 'de' }))
      expect(withIndex).toBeGreaterThan(duplicateScore(faq, user, { lang: 'de', index: withoutAnswers }))
    })

    it('is symmetric with answers too', () => {
      expect(duplicateScore(faq, user, { lang: 'de', index: withAnswers })).toBe(duplicateScore(user, faq, { lang: 'de', index: withAnswers }))
      expect(duplicateScore('Schützt eine Maske?', 'Hilft eine Maske gegen Tröpfchen?', { lang: 'de', index: withAnswers })).toBe(duplicateScore('Hilft eine Maske gegen Tröpfchen?', 'Schützt eine Maske?', { lang: 'de', index: withAnswers }))
    })

    it('a thread without an answer behaves as before: its answer evidence is absent, not negative', () => {
      const index = createFaqIndex({ language: 'de' })
      index.addAll([...threads.map((t) => ({ ...t, answer: '' })), { id: 'other', question: 'Wie kündige ich?', answer: 'Online im Kundencenter.' }])
      const impl = index as FaqIndexImpl
      const toPairProfile = createPairProfiler(UNIFORM_STATISTICS)
      const [x, y] = [faq, user].map((text) => {
        const { profile } = impl.profileQuestion(text, 'de')
        return toPairProfile(profile, answerEvidence(impl, text, profile))
      })
      const features = pairFeatures(x!, y!)
      expect([features[PAIR_FEATURE_NAMES.indexOf('answerKnown')], features[PAIR_FEATURE_NAMES.indexOf('answerRank')]]).toEqual([0, 0])
      // The same questions, no answer anywhere: the same score (answers do not enter question statistics).
      const noAnswers = createFaqIndex({ language: 'de' })
      noAnswers.addAll([...threads.map((t) => ({ ...t, answer: '' })), { id: 'other', question: 'Wie kündige ich?', answer: '' }])
      expect(duplicateScore(faq, user, { lang: 'de', index })).toBe(duplicateScore(faq, user, { lang: 'de', index: noAnswers }))
    })

    it('keeps the vetoes with answers', () => {
      const index = createFaqIndex({ language: 'de' })
      index.addAll([
        { id: 'kuendigen', question: 'Vertrag kündigen', answer: 'Sie können Ihren Vertrag online kündigen.' },
        { id: 'iphone6', question: 'Akku vom iPhone 6 tauschen', answer: 'Den Akku vom iPhone 6 tauschen wir im Shop.' },
      ])
      expect(duplicateScore('Vertrag kündigen', 'Vertrag nicht kündigen', { index })).toBeLessThan(DEFAULT_MIN_SIMILARITY)
      expect(duplicateScore('Akku vom iPhone 6 tauschen', 'Akku vom iPhone 7 tauschen', { index })).toBeLessThan(DEFAULT_MIN_SIMILARITY)
    })
  })

  it('the schema default equals the fitted threshold (the fit script writes only the latter)', () => {
    expect(DEFAULT_MIN_SIMILARITY).toBe(DUPLICATE_THRESHOLD)
  })

  it.each([
    [['', 'Frage'], 'faqmatch: invalid questions (a: must not be empty). Fix the listed fields and call again.'],
    [[42, 'Frage'], 'faqmatch: invalid questions (a: must be a string, got number). Fix the listed fields and call again.'],
    [['Frage', null], 'faqmatch: invalid questions (b: must be a string, got null). Fix the listed fields and call again.'],
    [['Frage', 'Frage', { lang: 'fr' }], 'options.lang'],
    [['Frage', 'Frage', { language: 'de' }], 'options'],
  ])('bad input %j: InvalidInputError', (args, message) => {
    const call = () => (duplicateScore as (...a: unknown[]) => number)(...args)
    expect(call).toThrow(InvalidInputError)
    expect(call).toThrow(message)
    try {
      call()
    } catch (error) {
      expect((error as InvalidInputError).code).toBe('INVALID_INPUT')
    }
  })
})
