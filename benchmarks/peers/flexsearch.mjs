// FlexSearch 0.8 Document index over question and answer with the "forward" tokenizer (prefixes
// of indexed words match) and the default encoder (Unicode normalisation, lowercase).
// `suggest: true` so threads matching only some query words are returned (the default returns only
// threads containing all words, which leaves most paraphrased questions without any result).
// FlexSearch ranks by term resolution/position, not BM25 (no idf), and returns one list per field;
// `merge: true` joins them in field order: question matches first, then answer-only matches.
// (A weighted reciprocal-rank fusion of the two lists was tried and dropped: threads matching
// in both fields then beat the best question match, 12% top-1 on the scale benchmark's queries.)
import FlexSearch from 'flexsearch'

export const name = 'flexsearch'
export const description =
  "FlexSearch 0.8 Document, fields question + answer, tokenize 'forward', default encoder, suggest: true, merge: true (question matches first, then answer-only). Not BM25."

export function create(_lang) {
  const index = new FlexSearch.Document({
    document: {
      id: 'id',
      index: [
        { field: 'question', tokenize: 'forward' },
        { field: 'answer', tokenize: 'forward' },
      ],
    },
  })
  return {
    addAll(threads) {
      for (const { id, question, answer } of threads) index.add({ id, question, answer })
    },
    search(text, k) {
      return index.search({ query: text, limit: k, suggest: true, merge: true }).slice(0, k).map((r) => r.id)
    },
  }
}
