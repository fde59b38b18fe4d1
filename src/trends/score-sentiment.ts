import type { Analyzer } from '../analysis/analyzer.js'
import { INTENSIFIERS, NEGATORS } from './sentiment-modifiers.js'
import { naturalSentimentScorer, sentimentLexicon } from './sentiment.js'

/**
 * A negation reaches this many words forward ("nicht so richtig gut" = 3), and, when nothing
 * polar follows, this many words back: German puts it after the verb ("gefällt mir nicht").
 * Longer reaches let one "nicht" flip an unrelated clause; we have no clause boundaries in words.
 */
export const NEGATION_REACH_WORDS = 3
/**
 * A negated positive word is at least this negative: "nicht pünktlich" is a complaint, although
 * the Pattern lexicon gives "pünktlich" only +0.09. (0.3 ≈ the lexicon's "ärgerlich".)
 */
export const NEGATED_POSITIVE_MIN = 0.3
/** "nicht schlecht" is mild praise, not the opposite of "schlecht": half the polarity, flipped. */
export const NEGATED_NEGATIVE_FACTOR = 0.5
/**
 * A negation with no polar word in reach ("Zug kommt nicht", "WLAN geht nicht") counts this
 * negative: in service messages such a sentence reports something that fails.
 */
export const BARE_NEGATION_POLARITY = -0.15

/** How a message's words are scored: natural's analyzer as is, or with our negation rules. */
export type SentimentMethod = 'lexicon' | 'negation'

/** Scores a message (−1..1, < 0 negative) from the analyzer's output for it. */
export type SentimentScorer = (tokens: readonly { text: string }[], words: readonly string[]) => number

interface RuleData {
  readonly polarity: ReadonlyMap<string, number>
  readonly negators: ReadonlySet<string>
  readonly intensifiers: ReadonlyMap<string, number>
}
const ruleCache = new WeakMap<Analyzer, RuleData>()

function ruleData(analyzer: Analyzer): RuleData {
  let data = ruleCache.get(analyzer)
  if (data) return data
  const polarity = new Map<string, number>()
  for (const [form, value] of sentimentLexicon(analyzer.language)) {
    const key = analyzer.normalizeWord(form)
    if (!polarity.has(key)) polarity.set(key, value)
  }
  const language = analyzer.language
  data = {
    polarity,
    negators: new Set(NEGATORS[language].map(analyzer.normalizeWord)),
    intensifiers: new Map(Object.entries(INTENSIFIERS[language]).map(([word, factor]) => [analyzer.normalizeWord(word), factor])),
  }
  ruleCache.set(analyzer, data)
  return data
}

/**
 * Builds the scorer for one analyzer.
 * - 'lexicon': natural's SentimentAnalyzer on the analyzed terms (stop words gone, stemmed); its
 *   lexicon is stemmed with the same chain, and its negation flips everything after it.
 * - 'negation': the lexicon's listed forms looked up in the analyzer's words (folded, unstemmed,
 *   stop words kept, because "sehr" and "gar" are stop words), with scoped negation, intensifiers
 *   and downtoners; the sum is squashed with tanh, so more polar words mean a clearer score.
 * @example
 * const score = createSentimentScorer(createAnalyzer({ language: 'de' }), 'negation')
 * // "Das war nicht gut" → < 0; "sehr schlecht" < "schlecht" < 0
 */
export function createSentimentScorer(analyzer: Analyzer, method: SentimentMethod): SentimentScorer {
  if (method === 'lexicon') {
    const stemmer = { stem: (word: string) => analyzer.terms(word)[0] ?? analyzer.normalizeWord(word) }
    const natural = naturalSentimentScorer(analyzer.language, stemmer)
    return (tokens) => natural(tokens.map((t) => t.text))
  }
  const rules = ruleData(analyzer)
  return (_tokens, words) => scoreWords(words, rules)
}

/** Rule-based score of folded words, −1..1. */
function scoreWords(words: readonly string[], rules: RuleData): number {
  let total = 0
  let intensity = 1
  // An open negation: its strength, how many words it still reaches, whether it found a polar word.
  let negation: { strength: number; reach: number; at: number } | undefined
  // The last un-negated polar word, for negations that follow it.
  let lastPolar: { at: number; polarity: number; intensity: number } | undefined

  const closeNegation = () => {
    if (!negation) return
    if (lastPolar && negation.at - lastPolar.at <= NEGATION_REACH_WORDS) {
      total -= lastPolar.polarity * lastPolar.intensity // undo the plain reading
      total += negated(lastPolar.polarity) * lastPolar.intensity * negation.strength
      lastPolar = undefined
    } else {
      total += BARE_NEGATION_POLARITY * negation.strength
    }
    negation = undefined
  }

  words.forEach((word, at) => {
    if (rules.negators.has(word)) {
      closeNegation()
      negation = { strength: intensity, reach: NEGATION_REACH_WORDS, at }
      intensity = 1
      return
    }
    const polarity = rules.polarity.get(word)
    if (polarity !== undefined && polarity !== 0) {
      if (negation) {
        total += negated(polarity) * intensity * negation.strength
        negation = undefined
        lastPolar = undefined
      } else {
        total += polarity * intensity
        lastPolar = { at, polarity, intensity }
      }
      intensity = 1
      return
    }
    const factor = rules.intensifiers.get(word)
    if (factor !== undefined) {
      intensity *= factor
      return
    }
    intensity = 1
    if (negation && --negation.reach <= 0) closeNegation()
  })
  closeNegation()
  return Math.tanh(total)
}

function negated(polarity: number): number {
  return polarity > 0 ? -Math.max(polarity, NEGATED_POSITIVE_MIN) : -polarity * NEGATED_NEGATIVE_FACTOR
}

/**
 * Scores within ±band read as neutral. Fitted on germeval 2017 dev (benchmarks/trends.mjs prints
 * the best band per method): natural's score is a mean over all words, so its band is far
 * narrower than ours, a tanh of the summed polarities.
 */
export const NEUTRAL_BAND: Readonly<Record<SentimentMethod, number>> = { negation: 0.15, lexicon: 0.01 }

/** 'negative' | 'neutral' | 'positive' for a score of `method`. */
export function sentimentLabel(score: number, method: SentimentMethod): 'negative' | 'neutral' | 'positive' {
  const band = NEUTRAL_BAND[method]
  return score < -band ? 'negative' : score > band ? 'positive' : 'neutral'
}
