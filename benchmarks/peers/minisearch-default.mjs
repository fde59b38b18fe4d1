// MiniSearch as a typical user sets it up: both fields, question boosted 2, no prefix or fuzzy
// matching (they blur short customer questions), default tokenizer and lowercasing, BM25 defaults.
import { miniSearchPeer } from '../lib/minisearch-peer.mjs'

export const name = 'minisearch-default'
export const description =
  "MiniSearch 7, fields question (boost 2) + answer, default tokenizer and lowercasing, BM25 defaults, no prefix/fuzzy."
export function create(_lang) {
  const options = {
    fields: ['question', 'answer'],
    idField: 'id',
    searchOptions: { boost: { question: 2 }, prefix: false, fuzzy: false },
  }
  return miniSearchPeer(options)
}
