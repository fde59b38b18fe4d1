// FlexSearch 0.8 Document index over question and answer with the "forward" tokenizer (prefixes
// of indexed words match) and the default encoder (Unicode normalisation, lowercase).
// `suggest: true` so threads matching only some query words are returned (the default returns only
// threads containing all words, which leaves most paraphrased questions without any result).
// FlexSearch ranks by term position/resolution, not BM25, and returns one list per field; they
// are fused by weighted reciprocal rank (question 2, answer 1, constant 60), since its own
// `merge: true` just appends the answer list after the question list.
import FlexSearch from 'flexsearch'

export const name = 'flexsearch'
export const description =
  "FlexSearch 0.8 Document, fields question + answer, tokenize 'forward', default encoder, suggest: true; per-field lists fused by weighted reciprocal rank (question 2, answer 1). Not BM25."
const FIELD_WEIGHTS = { question: 2, answer: 1 }
const RRF_CONSTANT = 60
const PER_FIELD_LIMIT = 100

function documentOptions() {
  return {
    document: {
      id: 'id',
      index: [
        { field: 'question', tokenize: 'forward' },
        { field: 'answer', tokenize: 'forward' },
      ],
    },
  }
}

export function create(_lang) {
  const index = new FlexSearch.Document(documentOptions())
  return {
    addAll(threads) {
      for (const { id, question, answer } of threads) index.add({ id, question, answer })
    },
    search(text, k) {
      const perField = index.search({ query: text, limit: Math.max(k, PER_FIELD_LIMIT), suggest: true })
      const scores = new Map()
      for (const { field, result } of perField) {
        const weight = FIELD_WEIGHTS[field] ?? 1
        result.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (RRF_CONSTANT + rank + 1)))
      }
      return [...scores].sort((a, b) => b[1] - a[1]).slice(0, k).map(([id]) => id)
    },
  }
}
