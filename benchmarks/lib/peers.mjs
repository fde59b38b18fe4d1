// The peer systems, in report order. Each module exports { name, create(lang) }; create returns
// { addAll(threads), search(text, k) → ids[] } and, where the library has snapshots,
// { saveSnapshot() → string, loadSnapshot(string) → { search } }.
import * as minisearchDefault from '../peers/minisearch-default.mjs'
import * as minisearchNatural from '../peers/minisearch-natural.mjs'
import * as orama from '../peers/orama.mjs'
import * as lunr from '../peers/lunr.mjs'
import * as naturalTfidf from '../peers/natural-tfidf.mjs'
import * as flexsearch from '../peers/flexsearch.mjs'

export const PEERS = [minisearchDefault, minisearchNatural, orama, lunr, naturalTfidf, flexsearch]

export function peersNamed(names) {
  return names.map((n) => {
    const peer = PEERS.find((p) => p.name === n)
    if (!peer) throw new Error(`unknown peer ${n} (known: ${PEERS.map((p) => p.name).join(', ')})`)
    return peer
  })
}
