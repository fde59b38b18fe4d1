// MiniSearch with natural's stemmer in processTerm: lowercase, umlaut/ß folding (German), then
// natural's German Snowball port (porter_stemmer_de) or English Porter stemmer.
// Same fields and boosts as minisearch-default, so the difference is the analysis alone.
import { miniSearchPeer } from '../lib/minisearch-peer.mjs'
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
  return miniSearchPeer(options)
}
