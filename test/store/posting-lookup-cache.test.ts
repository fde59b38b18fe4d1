import { describe, expect, it } from 'vitest'
import MiniSearch from 'minisearch'
import { cachePostingLookups } from '../../src/store/posting-lookup-cache.js'
import { WordIndex } from '../../src/store/word-index.js'
import { BM25_PARAMS } from '../../src/store/thread-store.js'
import { TermDictionary } from '../../src/store/term-dictionary.js'

/** The MiniSearch inside a WordIndex (private): its own serialization is the ground truth. */
const miniSearchOf = (index: WordIndex) => (index as unknown as { miniSearch: MiniSearch }).miniSearch

type Doc = { id: number; q: string; a: string; t: string }
const split = (text: string) => (text ? text.split(' ') : [])
const keep = (term: string) => term || null
const options = { fields: ['q', 'a', 't'], idField: 'id', tokenize: split, processTerm: keep, searchOptions: { tokenize: split, processTerm: keep, bm25: BM25_PARAMS }, autoVacuum: false }
const doc = (id: number, q: string, a = '', t = ''): Doc => ({ id, q, a, t })

/** The same steps on a plain MiniSearch and on one with the cache: the indexes must serialize alike. */
function replay(steps: ReadonlyArray<readonly ['add' | 'remove', Doc] | readonly ['clear']>) {
  const plain = new MiniSearch<Doc>(options)
  const cached = new MiniSearch<Doc>(options)
  const cache = cachePostingLookups(cached as unknown as MiniSearch<never>)
  for (const step of steps) {
    if (step[0] === 'clear') cache.clear()
    else if (step[0] === 'add') (plain.add(step[1]), cached.add(step[1]))
    else (plain.remove(step[1]), cached.remove(step[1]))
  }
  return { plain: JSON.stringify(plain), cached: JSON.stringify(cached) }
}

describe('cachePostingLookups', () => {
  it('relies on MiniSearch keeping its terms in a protected _index with fetch and delete', () => {
    const index = (new MiniSearch<Doc>(options) as unknown as { _index: { fetch: unknown; delete: unknown } })._index
    expect(typeof index.fetch).toBe('function')
    expect(typeof index.delete).toBe('function')
  })

  it.each([
    ['repeated terms', [['add', doc(1, 'rechnung adress rechnung')], ['add', doc(2, 'rechnung', 'rechnung andr')]]],
    // The last document holding "router" goes: MiniSearch deletes the term, the cache must not bring back its old postings.
    ['a term deleted and added again', [['add', doc(1, 'router wlan')], ['add', doc(2, 'wlan')], ['remove', doc(1, 'router wlan')], ['add', doc(3, 'router', 'router')]]],
    ['a document removed and re-added', [['add', doc(1, 'akku')], ['remove', doc(1, 'akku')], ['add', doc(1, 'akku akku')]]],
    ['cleared between batches', [['add', doc(1, 'sim karte')], ['clear'], ['add', doc(2, 'sim')], ['remove', doc(1, 'sim karte')], ['clear'], ['add', doc(3, 'karte')]]],
  ] as const)('%s: the index serializes exactly as without the cache', (_what, steps) => {
    const { plain, cached } = replay(steps)
    expect(cached).toBe(plain)
  })
})

describe('WordIndex with the lookup cache', () => {
  it('adds after settle() and after a restore index as a fresh WordIndex does', () => {
    const fields = (d: Doc) => [split(d.q), split(d.a), split(d.t)]
    const docs = [doc(0, 'rechnung adress'), doc(1, 'rechnung', 'andr rechnung'), doc(2, 'router wlan', '', 'technik'), doc(3, 'router')]
    const batched = new WordIndex(BM25_PARAMS)
    batched.add(0, fields(docs[0]!))
    batched.add(1, fields(docs[1]!))
    batched.settle()
    batched.remove(1, fields(docs[1]!))
    batched.add(2, fields(docs[2]!))
    batched.add(3, fields(docs[3]!))
    batched.settle()
    const reference = new MiniSearch<Doc>(options)
    for (const d of [docs[0]!, docs[1]!]) reference.add(d)
    reference.remove(docs[1]!)
    for (const d of [docs[2]!, docs[3]!]) reference.add(d)
    expect(JSON.stringify(miniSearchOf(batched))).toBe(JSON.stringify(reference))

    const live = new WordIndex(BM25_PARAMS)
    for (const [slot, d] of docs.slice(0, 2).entries()) live.add(slot, fields(d))
    const dictionary = new TermDictionary()
    const restored = new WordIndex(BM25_PARAMS)
    restored.restore(docs.slice(0, 2).map((d) => fields(d).map((terms) => terms.map((term) => dictionary.intern(term)))), dictionary, live.toJSON())
    restored.add(2, fields(docs[2]!))
    live.add(2, fields(docs[2]!))
    expect(JSON.stringify(miniSearchOf(restored))).toBe(JSON.stringify(miniSearchOf(live)))
  })
})
