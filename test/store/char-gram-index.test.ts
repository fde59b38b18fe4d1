import { describe, expect, it } from 'vitest'
import { CharGramIndex } from '../../src/store/char-gram-index.js'
import { charGrams } from '../../src/analysis/char-grams.js'

// Word lists of folded words: ASCII grams (packed into small integer keys) and others (string keys).
const DOCS = [['rechnung', 'adresse'], ['rechnungsadresse'], ['a', 'ab', 'abc', 'abcd'], ['søren', 'ærø', 'ab'], ['привет', 'rechnung'], ['zz', 'z']]

describe('CharGramIndex keys grams exactly', () => {
  const index = new CharGramIndex()
  const ids = new Map<string, number>()
  const idOf = (word: string) => ids.get(word) ?? ids.set(word, ids.size).get(word)!
  DOCS.forEach((words, slot) => index.addWords(slot, words.map(idOf), words))
  const gramsOf = DOCS.map((words) => charGrams(words))

  it.each([...new Set(gramsOf.flatMap((grams) => [...grams.keys()]))].map((gram) => [gram]))('document frequency of %j counts the documents holding it', (gram) => {
    expect(index.documentFrequency(gram)).toBe(gramsOf.filter((grams) => grams.has(gram)).length)
  })

  it.each([['xq'], [' zzz'], ['øø'], ['q '], ['']])('an unseen gram %j is in no document', (gram) => {
    expect(index.documentFrequency(gram)).toBe(0)
  })
})

describe('CharGramIndex.addAllWords (snapshot loads)', () => {
  const words = ['rechnung', 'adresse', 'rechnungsadresse', 'passwort', 'vergessen', 'søren', 'привет', 'aaaa', 'ab']
  // Seeded documents, one with a word repeated past the 255 a posting holds inline (overflow).
  let state = 9
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  const docs = Array.from({ length: 200 }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => words[Math.floor(random() * words.length)]!))
  docs.push(Array.from({ length: 300 }, () => 'aaaa'))
  const ids = docs.map((doc) => doc.map((word) => words.indexOf(word)))
  const queries = [['rechnungsadrese'], ['passwort', 'vergesen'], ['aaaa'], ['soren'], ['привет', 'ab']]

  it('scores and counts exactly as adding slot by slot, and stays so after more adds and a removal', () => {
    const one = new CharGramIndex()
    const bulk = new CharGramIndex()
    docs.forEach((doc, slot) => one.addWords(slot, ids[slot]!, doc))
    bulk.addAllWords(docs.map((doc, slot) => ({ slot, wordIds: ids[slot]!, words: doc })))
    for (const index of [one, bulk]) {
      index.flush()
      index.addWords(docs.length, [0, 1], ['rechnung', 'adresse'])
      index.remove(3)
    }
    for (const query of queries) expect([...bulk.scoreAll(charGrams(query))].sort()).toEqual([...one.scoreAll(charGrams(query))].sort())
    for (const gram of ['aaa', ' aa', 'ech', 'при']) expect(bulk.documentFrequency(gram)).toBe(one.documentFrequency(gram))
    expect(bulk.size).toBe(one.size)
  })

  it('adds slot by slot into an index that already holds slots', () => {
    const index = new CharGramIndex()
    index.addWords(0, [0], ['rechnung'])
    index.addAllWords([{ slot: 1, wordIds: [0], words: ['rechnung'] }])
    expect(index.documentFrequency('ech')).toBe(2)
  })
})
