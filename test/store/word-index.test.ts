import { describe, expect, it } from 'vitest'
import MiniSearch from 'minisearch'
import { WordIndex } from '../../src/store/word-index.js'
import { BM25_PARAMS } from '../../src/store/thread-store.js'

// The word index wraps MiniSearch; the wrapper must not move rankings (term lists joined and split
// back, boosts, limits, removals, a serialize/restore round trip). It is checked here against a
// plain MiniSearch configured as the store used it on main, on seeded random documents with adds,
// removals and re-adds: the same slots, the same order, the same scores to the bit.
type Doc = { id: number; q: string; a: string; t: string }
const VOCABULARY = ['rechnung', 'adress', 'andr', 'passwort', 'vergess', 'router', 'wlan', 'iphone6', 'akku', 'nicht', 'kund', 'vertrag', 'kundig', 'handy', 'sim']

function seeded(seed: number): () => number {
  let state = seed
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
}

/** Term ids as a store's dictionary gives them (`WordIndex.restore` takes ids). */
function createDictionary() {
  const texts: string[] = []
  const ids = new Map<string, number>()
  const idsOf = (fields: readonly (readonly string[])[]) =>
    fields.map((terms) => terms.map((term) => ids.get(term) ?? (ids.set(term, texts.length), texts.push(term) - 1)))
  return { idsOf, text: (id: number) => texts[id]!, idOf: (text: string) => ids.get(text) ?? -1, get size() { return texts.length } }
}

function miniSearch(): MiniSearch<Doc> {
  const split = (text: string) => (text ? text.split(' ') : [])
  const keep = (term: string) => term || null
  return new MiniSearch<Doc>({ fields: ['q', 'a', 't'], idField: 'id', tokenize: split, processTerm: keep, searchOptions: { tokenize: split, processTerm: keep, bm25: BM25_PARAMS }, autoVacuum: false })
}

describe('WordIndex scores exactly as a plain MiniSearch', () => {
  it.each([1, 2, 3])('seed %i: adds, removals, re-adds, then 50 queries', (seed) => {
    const random = seeded(seed)
    const pick = (n: number) => Array.from({ length: n }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)]!)
    const reference = miniSearch()
    const index = new WordIndex(BM25_PARAMS)
    const docs: Doc[] = []
    const fields = (d: Doc) => [d.q, d.a, d.t].map((f) => (f ? f.split(' ') : []))
    for (let slot = 0; slot < 300; slot++) {
      const doc = { id: slot, q: pick(1 + Math.floor(random() * 6)).join(' '), a: pick(Math.floor(random() * 12)).join(' '), t: pick(Math.floor(random() * 2)).join(' ') }
      docs.push(doc)
      reference.add(doc)
      index.add(slot, fields(doc))
      if (random() < 0.15) {
        const victim = docs[Math.floor(random() * docs.length)]!
        if (reference.has(victim.id)) {
          reference.remove(victim)
          index.remove(victim.id, fields(victim))
        }
      }
    }
    // Restored with dense slots: the live documents in slot order become 0..n-1.
    const live = docs.filter((d) => reference.has(d.id)).map((d) => d.id)
    const dense = new Map(live.map((slot, i) => [slot, i]))
    const restored = new WordIndex(BM25_PARAMS)
    const dictionary = createDictionary()
    restored.restore(live.map((slot) => dictionary.idsOf(fields(docs[slot]!))), dictionary, JSON.parse(JSON.stringify(index.toJSON())))
    for (let i = 0; i < 50; i++) {
      const terms = [...new Set(pick(1 + Math.floor(random() * 5)))]
      const boost: Record<string, number> = i % 2 ? { q: 1, t: 0.5 } : { a: 1 }
      const expected = reference.search(terms.join(' '), { fields: Object.keys(boost), boost, combineWith: 'OR' }).slice(0, 20).map((r) => [r.id, r.score])
      expect([...index.search(terms, boost, 20)]).toEqual(expected)
      expect([...restored.search(terms, boost, 20)]).toEqual(expected.map(([slot, score]) => [dense.get(slot as number), score]))
    }
  })
})

describe('WordIndex.restore rebuilds what add made', () => {
  // Field lengths count distinct tokens of the joined field text, empty ones included, as
  // MiniSearch's add does; a rebuild that counted differently would shift every BM25 score.
  it.each([
    ['plain terms', [['rechnung', 'adress', 'rechnung'], ['andr'], []]],
    ['an empty term', [['rechnung', '', 'adress'], [''], ['kund']]],
    ['a term holding a space', [['rechnung adress'], ['andr adress'], []]],
  ])('%s', (_, first) => {
    const docs = [first, [['rechnung'], ['adress', 'adress'], ['kund']], [['passwort'], ['rechnung'], []]]
    const index = new WordIndex(BM25_PARAMS)
    docs.forEach((fields, slot) => index.add(slot, fields))
    const restored = new WordIndex(BM25_PARAMS)
    const dictionary = createDictionary()
    restored.restore(docs.map(dictionary.idsOf), dictionary, index.toJSON())
    for (const terms of [['rechnung'], ['adress', 'kund'], ['passwort', 'andr']]) {
      for (const boost of [{ q: 1, a: 0.5, t: 0.3 }, { a: 1 }]) expect([...restored.search(terms, boost, 10)]).toEqual([...index.search(terms, boost, 10)])
    }
  })
})

describe('WordIndex.addIds: a first batch indexed in one pass', () => {
  const miniSearchOf = (index: WordIndex) => (index as unknown as { miniSearch: MiniSearch }).miniSearch
  const docs = [
    [['rechnung', 'adress', 'rechnung'], ['andr', ''], []],
    [['passwort', 'vergess'], ['passwort', 'passwort', 'kund'], ['konto']],
    [['router'], [], ['technik']],
    [['iphone6', 'akku'], ['akku', 'nicht'], []],
  ]
  const dictionary = createDictionary()
  const ids = docs.map(dictionary.idsOf)
  const byAdd = () => {
    const index = new WordIndex(BM25_PARAMS)
    docs.forEach((fields, slot) => index.add(slot, fields))
    return index
  }

  it('serializes exactly as adding slot by slot (postings, field lengths, running averages)', () => {
    const batched = new WordIndex(BM25_PARAMS)
    docs.forEach((fields, slot) => batched.addIds(slot, fields, ids[slot]!, dictionary))
    batched.settle()
    expect(JSON.stringify(miniSearchOf(batched))).toBe(JSON.stringify(miniSearchOf(byAdd())))
  })

  it('is indexed before a search, a removal or a snapshot in mid-batch, and later slots are added one by one', () => {
    const batched = new WordIndex(BM25_PARAMS)
    const reference = new WordIndex(BM25_PARAMS)
    batched.addIds(0, docs[0]!, ids[0]!, dictionary)
    batched.addIds(1, docs[1]!, ids[1]!, dictionary)
    reference.add(0, docs[0]!)
    reference.add(1, docs[1]!)
    expect([...batched.search(['passwort'], { q: 1, a: 1 }, 5)]).toEqual([...reference.search(['passwort'], { q: 1, a: 1 }, 5)])
    batched.addIds(2, docs[2]!, ids[2]!, dictionary)
    reference.add(2, docs[2]!)
    batched.remove(0, docs[0]!)
    reference.remove(0, docs[0]!)
    batched.addIds(3, docs[3]!, ids[3]!, dictionary)
    reference.add(3, docs[3]!)
    batched.settle()
    expect(batched.toJSON()).toEqual(reference.toJSON())
    expect(JSON.stringify(miniSearchOf(batched))).toBe(JSON.stringify(miniSearchOf(reference)))
  })

  it('adds one by one when the index is not empty or the slots do not start at 0', () => {
    const late = new WordIndex(BM25_PARAMS)
    const reference = new WordIndex(BM25_PARAMS)
    docs.slice(1).forEach((fields, i) => {
      late.addIds(i + 1, fields, ids[i + 1]!, dictionary)
      reference.add(i + 1, fields)
    })
    late.settle()
    expect(JSON.stringify(miniSearchOf(late))).toBe(JSON.stringify(miniSearchOf(reference)))
  })
})
