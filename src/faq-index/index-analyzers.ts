import type { Language } from '../types.js'
import { createAnalyzer, type Analyzer } from '../analysis/analyzer.js'
import { CompoundLexicon } from '../analysis/german/compound-lexicon.js'
import { detectLanguage } from '../analysis/detect-language.js'
import type { ResolvedFaqIndexOptions } from '../schemas/index-options.js'

/** The analyzers an index uses: one per language it may meet, sharing one German lexicon. */
export interface IndexAnalyzers {
  readonly lexicon: CompoundLexicon
  /** The analyzer for a text of this language (or of the index's language). */
  forLanguage(lang: Language): Analyzer
  /** The language a text is analyzed in: given, the index's, or detected ('auto'). */
  languageOf(text: string, given?: Language): Language
  /** Per-language fingerprints, for snapshots. */
  fingerprints(): Record<string, string>
}

export function createIndexAnalyzers(options: ResolvedFaqIndexOptions): IndexAnalyzers {
  const lexicon = new CompoundLexicon({ words: options.compoundWords })
  const shared = {
    synonyms: options.synonyms,
    keywords: options.keywords,
    compoundWords: options.compoundWords,
    productWords: options.productWords,
  }
  const analyzers = new Map<Language, Analyzer>()
  const forLanguage = (lang: Language): Analyzer => {
    let analyzer = analyzers.get(lang)
    if (!analyzer) {
      analyzer = createAnalyzer({ language: lang, ...shared }, lang === 'de' ? lexicon : undefined)
      analyzers.set(lang, analyzer)
    }
    return analyzer
  }
  const fixed = options.language === 'auto' ? undefined : options.language
  return {
    lexicon,
    forLanguage,
    languageOf: (text, given) => given ?? fixed ?? detectLanguage(text),
    fingerprints: () => {
      const langs: Language[] = fixed ? [fixed] : ['de', 'en']
      return Object.fromEntries(langs.map((l) => [l, forLanguage(l).fingerprint]))
    },
  }
}
