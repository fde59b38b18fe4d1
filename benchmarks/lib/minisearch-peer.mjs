// The peer interface (benchmarks/peers/*.mjs) around a MiniSearch index: both MiniSearch peers
// differ only in their options, so they share this.
import MiniSearch from 'minisearch'

/** A peer over `new MiniSearch(options)` with fields question and answer; snapshots are MiniSearch's JSON. */
export function miniSearchPeer(options, index = new MiniSearch(options)) {
  return {
    addAll(threads) { index.addAll(threads.map(({ id, question, answer }) => ({ id, question, answer }))) },
    search(text, k) { return index.search(text).slice(0, k).map((r) => r.id) },
    saveSnapshot() { return JSON.stringify(index) },
    loadSnapshot(json) { return miniSearchPeer(options, MiniSearch.loadJSON(json, options)) },
  }
}
