import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createAnalyzer } from '../../src/analysis/analyzer.js'
import { analyze } from '../../src/analysis/analyze.js'
import { CompoundLexicon } from '../../src/analysis/german/compound-lexicon.js'
import { InvalidInputError } from '../../src/errors.js'

const de = createAnalyzer({ language: 'de' })
const en = createAnalyzer({ language: 'en' })
const shared = (a: string[], b: string[]) => a.filter((t) => b.includes(t))

describe('German chain equivalences', () => {
  it.each([
    ['Passwörter', 'Passwoerter'],
    ['Passwörter', 'Passworter'],
    ['kündigen', 'Kündigung'],
    ['kündigen', 'kuendigen'],
    ['Verträge', 'Vertrag'],
    ['Rechnungen', 'rechnung'],
    ['Straße', 'Strasse'],
    ['gekündigt', 'kündigen'],
    ['#Kündigung', '#kuendigung'],
  ])('%s = %s', (a, b) => {
    expect(de.terms(a)).toEqual(de.terms(b))
  })

  it('Rechnungsadresse shares terms with "Adresse der Rechnung"', () => {
    const compound = de.terms('Rechnungsadresse')
    expect(compound[0]).toBe('rechnungsadress') // the compound itself stays, exact matches score highest
    expect(shared(compound, de.terms('Adresse der Rechnung')).sort()).toEqual(['adress', 'rechnung'])
  })

  it('Kundenservicehotline splits into kunde(n) + service + hotline', () => {
    expect(de.terms('Kundenservicehotline')).toEqual(['kundenservicehotlin', 'kund', 'servic', 'hotlin'])
  })

  it('short words are never split into nonsense', () => {
    expect(de.terms('Ausfall')).toEqual(['ausfall'])
    expect(de.terms('Handy')).toEqual(['handy'])
  })

  it('negations survive the stop words, articles do not', () => {
    expect(de.terms('ich kann nicht kündigen')).toEqual(['nicht', 'kundig'])
    expect(de.terms('kein Empfang fuer mich')).toEqual(['kein', 'empfang'])
    expect(en.terms('I can not log in')).toContain('not')
  })

  it('"fuer" is stopped like "für" (the stop list is folded)', () => {
    expect(de.terms('für')).toEqual([])
    expect(de.terms('fuer')).toEqual([])
  })

  it.each(
    readFileSync(new URL('../fixtures/de-stems.tsv', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t') as [string, string]),
  )('golden stem: %s → %s', (word, stem) => {
    expect(createAnalyzer({ language: 'de', decompound: false }).terms(word)).toEqual([stem])
  })
})

describe('keyword protection', () => {
  it('iPhone 6 and iPhone 7 share the product word but no product term', () => {
    const six = de.analyze('iPhone 6').filter((t) => t.kind === 'product').map((t) => t.text)
    const seven = de.analyze('iPhone 7').filter((t) => t.kind === 'product').map((t) => t.text)
    expect(six).toEqual(['iphone6'])
    expect(seven).toEqual(['iphone7'])
    expect(shared(de.terms('iPhone 6'), de.terms('iPhone 7'))).toEqual(['iphon'])
  })

  it.each([
    ['FRITZ!Box 7590', 'fritzbox7590'],
    ['#Kundenservicehotline', '#kundenservicehotline'],
  ])('%s passes decompound and stem unchanged (%s)', (input, term) => {
    expect(de.terms(input)[0]).toBe(term)
  })

  it('configured keywords are protected in any spelling', () => {
    const analyzer = createAnalyzer({ language: 'de', keywords: ['Kundenkarte'] })
    expect(analyzer.terms('KUNDENKARTE verloren')[0]).toBe('kundenkarte')
  })

  it('placeholders and mentions leave the terms but stay in the tokens', () => {
    expect(de.terms('@fernwerk meine IBAN ⟨IBAN⟩ ist falsch')).toEqual(['iban', 'falsch'])
  })
})

describe('English chain', () => {
  it.each([
    ["I can't log in", ['not', 'log']],
    ['cancelled orders', ['cancel', 'order']],
    ['I paid twice', ['paid', 'twice']],
    ['Café', ['cafe']],
  ])('%s → %j', (input, expected) => {
    expect(en.terms(input)).toEqual(expected)
  })
})

describe('synonyms', () => {
  it('Handy = Smartphone = Mobiltelefon at index and query time', () => {
    const analyzer = createAnalyzer({ language: 'de', synonyms: [['Handy', 'Smartphone', 'Mobiltelefon']] })
    expect(analyzer.terms('Smartphones')).toEqual(analyzer.terms('Handy'))
    expect(analyzer.terms('Mobiltelefon')).toEqual(analyzer.terms('Handy'))
  })
})

describe('robustness', () => {
  it.each([[''], ['   '], ['...!!!'], ['😀']])('empty terms for %j', (input) => {
    expect(de.terms(input)).toEqual([])
    expect(en.terms(input)).toEqual([])
  })

  it('random strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        de.terms(s)
        return true
      }),
      { seed: 3, numRuns: 300 },
    )
  })

  it('analyzes 1 MB of German text without stack overflow', () => {
    const sentence = 'Meine Rechnungsadresse ist falsch und der WLAN-Router (FRITZ!Box 7590) verliert ständig die Verbindung. '
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length))
    const terms = de.terms(text)
    expect(terms.length).toBeGreaterThan(50_000)
  })

  it('bad options give a typed error with the field path', () => {
    expect(() => createAnalyzer({ language: 'fr' } as never)).toThrow(InvalidInputError)
    try {
      createAnalyzer({ langauge: 'de' } as never)
    } catch (error) {
      expect((error as InvalidInputError).code).toBe('INVALID_INPUT')
      expect((error as InvalidInputError).issues[0]!.path).toBe('options')
    }
    expect(() => analyze(42 as never)).toThrow(/must be a string, got number/)
  })
})

describe('fingerprint', () => {
  it('is stable for the same options and changes with a stage option or data', () => {
    expect(createAnalyzer({ language: 'de' }).fingerprint).toBe(de.fingerprint)
    expect(createAnalyzer({ language: 'de', stopwords: false }).fingerprint).not.toBe(de.fingerprint)
    expect(createAnalyzer({ language: 'de', synonyms: [['handy', 'smartphone']] }).fingerprint).not.toBe(de.fingerprint)
    expect(en.fingerprint).not.toBe(de.fingerprint)
  })
})

describe('lexicon learning', () => {
  it('a corpus word enables a split the base list cannot make', () => {
    const lexicon = new CompoundLexicon()
    const analyzer = createAnalyzer({ language: 'de' }, lexicon)
    expect(analyzer.terms('Brotautomat')).toEqual(['brotautomat'])
    analyzer.learn('Frisches Brot aus dem Automat')
    expect(analyzer.terms('Brotautomat')).toEqual(['brotautomat', 'brot', 'automat'])
  })
})
