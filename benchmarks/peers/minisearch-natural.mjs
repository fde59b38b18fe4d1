// MiniSearch with natural's stemmer in processTerm: lowercase, umlaut/ß folding (German), then
// natural's German Snowball port (porter_stemmer_de) or English Porter stemmer.
// Same fields and boosts as minisearch-default, so the difference is the analysis alone.
import MiniSearch from 'minisearch'
import { createStemmingTermProcessor } from '../lib/natural-stemmer.mjs'

export const name = 'minisearch-natural'
export const description =
  "as minisearch-default, processTerm = lowercase + ä/ö/ü/ß folding (de) + natural's porter_stemmer_de / porter_stemmer (en)."
export function create(lang) {
  const options = {
    fields: ['question', 'answer'],
    idField: 'id',
    processTerm: createStemmingTermProcessor(lang),
    searchOptions: { boost: { question: 2 }, prefix: false, fuzzy: false },
  }
  return wrap(new MiniSearch(options), options)
}

function wrap(index, options) {
  return {
    addAll(threads) { index.addAll(threads.map(({ id, question, answer }) => ({ id, question, answer }))) },
    search(text, k) { return index.search(text).slice(0, k).map((r) => r.id) },
    saveSnapshot() { return JSON.stringify(index) },
    loadSnapshot(json) { return wrap(MiniSearch.loadJSON(json, options), options) },
  }
}
