import type { Analyzer } from '../analysis/analyzer.js'
import type { Token } from '../analysis/token.js'

/** Negation terms after analysis (stemmed forms of nicht/kein/nie/not/no/never/without …). */
const NEGATION_SURFACES = ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'ohne', 'not', 'no', 'never', 'nothing', 'without', 'cannot', 'cant', 'dont', 'doesnt', 'didnt', 'wont', 'isnt', "n't"]

/** What matching needs from a text: its terms, its n-gram words, products, numbers, negation. */
export interface TextProfile {
  readonly terms: readonly string[]
  /** Distinct terms, first occurrence order. */
  readonly distinctTerms: readonly string[]
  readonly gramWords: readonly string[]
  /** Product terms ("iphone6", "fritzbox7590"), without the derived name parts. */
  readonly products: readonly string[]
  readonly numbers: readonly string[]
  readonly negated: boolean
}

/** Runs the analyzer once and collects the profile. */
export function profileText(analyzer: Analyzer, text: string): TextProfile {
  const { tokens, words } = analyzer.analyzeWithWords(text)
  return profileTokens(tokens, words, analyzer)
}

export function profileTokens(tokens: readonly Token[], words: readonly string[], analyzer: Analyzer): TextProfile {
  const negations = negationTerms(analyzer)
  const terms = tokens.map((t) => t.text)
  return {
    terms,
    distinctTerms: [...new Set(terms)],
    gramWords: words,
    products: [...new Set(tokens.filter((t) => t.kind === 'product' && !t.derived).map((t) => t.text))],
    numbers: [...new Set(tokens.filter((t) => t.kind === 'number').map((t) => t.text))],
    negated: terms.some((t) => negations.has(t)),
  }
}

const negationCache = new WeakMap<Analyzer, ReadonlySet<string>>()

/** The negation words as this analyzer spells them after the chain. */
function negationTerms(analyzer: Analyzer): ReadonlySet<string> {
  let set = negationCache.get(analyzer)
  if (!set) {
    set = new Set(NEGATION_SURFACES.flatMap((w) => analyzer.terms(w)))
    negationCache.set(analyzer, set)
  }
  return set
}
