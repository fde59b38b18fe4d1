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
