// Types for the deep paths of natural we load; its top-level module is never imported (slow, noisy).
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' {
  const stemmer: { stem(word: string): string }
  export = stemmer
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const stemmer: { stem(word: string): string }
  export = stemmer
}
declare module 'natural/lib/natural/sentiment/SentimentAnalyzer.js' {
  /** natural's lexicon sentiment: `language` 'German' | 'English' | …, `type` 'pattern' | 'afinn' | 'senticon'. */
  class SentimentAnalyzer {
    constructor(language: string, stemmer: { stem(word: string): string } | undefined, type: string)
    /** Sum of word polarities (negated after a negation word) divided by the number of words. */
    getSentiment(words: string[]): number
  }
  export = SentimentAnalyzer
}
declare module 'natural/lib/natural/sentiment/German/pattern-sentiment-de.json' {
  /** Pattern's German lexicon: base form → polarity (a decimal string, −1..1) and inflected forms (comma-separated `sense`). */
  const lexicon: Record<string, { form: string; polarity: string; pos: string; sense: string }>
  export = lexicon
}
declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  /** Edit distance; `restricted: true` is the optimal string alignment distance (a swap of neighbours is one edit). */
  export function DamerauLevenshteinDistance(source: string, target: string, options?: { restricted?: boolean }): number
}
