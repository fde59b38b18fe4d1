import { createRequire } from 'node:module'
import type { Language } from '../types.js'

/**
 * The one adapter to natural's sentiment module, loaded on first use by deep path (natural's
 * top-level import is slow and prints). Lexicons: German — the Pattern project's adjective/noun
 * polarities (`sentiment/German/pattern-sentiment-de.json`, −1..1, each entry listing its inflected
 * forms under `sense`) with natural's German negations (kein, nein, nicht); English — AFINN-165
 * (−5..5). natural's analyzer looks words up lowercased, then through the `stem()` of the stemmer
 * it is given; it expects that stemmer to map its lexicon words and the message words alike.
 */

type Stemmer = { stem(word: string): string }
type AnalyzerConstructor = typeof import('natural/lib/natural/sentiment/SentimentAnalyzer.js')
type GermanLexicon = typeof import('natural/lib/natural/sentiment/German/pattern-sentiment-de.json')

/** natural's lexicon type per language: Pattern for German (the only German one), AFINN for English. */
const NATURAL_VOCABULARY: Readonly<Record<Language, { language: string; type: string; scale: number }>> = {
  de: { language: 'German', type: 'pattern', scale: 1 },
  en: { language: 'English', type: 'afinn', scale: 5 },
}

let analyzerClass: AnalyzerConstructor | undefined
const lexicons = new Map<Language, ReadonlyMap<string, number>>()

function loadAnalyzerClass(): AnalyzerConstructor {
  analyzerClass ??= createRequire(import.meta.url)('natural/lib/natural/sentiment/SentimentAnalyzer.js') as AnalyzerConstructor
  return analyzerClass
}

/**
 * natural's own scorer (the baseline): the mean polarity over all words, every word after a
 * negation flipped to the end of the text. `stemmer` maps lexicon entries into the caller's term
 * space (pass the analyzer's chain, so stemmed message terms meet stemmed lexicon entries).
 * Scores are scaled to −1..1.
 */
export function naturalSentimentScorer(language: Language, stemmer: Stemmer): (terms: readonly string[]) => number {
  const { language: name, type, scale } = NATURAL_VOCABULARY[language]
  const analyzer = new (loadAnalyzerClass())(name, stemmer, type)
  return (terms) => (terms.length ? analyzer.getSentiment([...terms]) / scale : 0)
}

/**
 * natural's lexicon as raw word → polarity (−1..1), every listed inflected form included
 * ("schlechten", "besser"), keys as written in the source (mixed case, umlauts). The caller
 * normalizes the keys with its analyzer.
 */
export function sentimentLexicon(language: Language): ReadonlyMap<string, number> {
  let lexicon = lexicons.get(language)
  if (lexicon) return lexicon
  const require = createRequire(import.meta.url)
  const entries = new Map<string, number>()
  if (language === 'de') {
    const data = require('natural/lib/natural/sentiment/German/pattern-sentiment-de.json') as GermanLexicon
    for (const entry of Object.values(data)) {
      const polarity = Number(entry.polarity)
      if (!Number.isFinite(polarity)) continue
      const forms = [entry.form, ...(entry.sense ? entry.sense.split(',') : [])]
      // The base form wins: "besser" is listed under gut and under besser itself.
      for (const form of forms) if (form && (form === entry.form || !entries.has(form))) entries.set(form, polarity)
    }
  } else {
    loadAnalyzerClass() // natural resolves afinn-165 from its own folder
    const afinn = createRequire(require.resolve('natural/lib/natural/sentiment/SentimentAnalyzer.js'))('afinn-165') as { afinn165: Record<string, number> }
    for (const [word, score] of Object.entries(afinn.afinn165)) entries.set(word, score / NATURAL_VOCABULARY.en.scale)
  }
  lexicon = entries
  lexicons.set(language, lexicon)
  return lexicon
}
