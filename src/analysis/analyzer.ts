import type { Language } from '../types.js'
import type { Token } from './token.js'
import type { TokenFilter } from './stage.js'
import { AnalyzerOptionsSchema, type AnalyzerOptions, type ResolvedAnalyzerOptions } from '../schemas/analyzer-options.js'
import { parseInput } from '../schemas/to-input-error.js'
import { tokenize } from './tokenize/tokenize.js'
import { DEFAULT_PRODUCT_WORDS } from './tokenize/product-names.js'
import { createKeywordMarker } from './filters/mark-keywords.js'
import { englishLemmaFilter } from './filters/lemmatize.js'
import { lowercaseFilter } from './filters/lowercase.js'
import { foldGerman, foldGermanFilter, stripDiacritics, stripDiacriticsFilter } from './filters/fold-german.js'
import { createStopFilter } from './filters/stopwords.js'
import { createDecompounder } from './filters/decompound.js'
import { createSeparableVerbJoiner } from './filters/join-separable-verbs.js'
import { createGermanStemmer, englishStemFilter } from './filters/stem.js'
import { createSynonymFilter } from './filters/synonyms.js'
import { createKindDropper } from './filters/drop-kinds.js'
import { GERMAN_NEGATIONS, GERMAN_STOPWORDS } from './german/stopwords.js'
import { ENGLISH_NEGATIONS, ENGLISH_STOPWORDS } from './english/stopwords.js'
import { CompoundLexicon } from './german/compound-lexicon.js'
import { analyzerFingerprint } from './fingerprint.js'

/** One language's analysis chain: the same for indexing and querying. */
export interface Analyzer {
  readonly language: Language
  /** Stage names, options and data versions; snapshots must match it. */
  readonly fingerprint: string
  /** The German decompounder's vocabulary (grows with `learn`); undefined for English. */
  readonly lexicon: CompoundLexicon | undefined
  /** Text → analyzed tokens (terms with offsets into `text`). */
  analyze(text: string): Token[]
  /**
   * Text → analyzed tokens, plus the folded, unstemmed words of the text (stop words removed, no
   * derived parts): the source of character n-grams. One run of the chain serves both.
   * `wordTokens` are those words as tokens, with offsets and positions: sentiment needs to know
   * where a clause ends, which the bare words no longer tell.
   */
  analyzeWithWords(text: string): { tokens: Token[]; words: string[]; wordTokens: Token[] }
  /** Text → terms only, in order. */
  terms(text: string): string[]
  /** Adds the text's words to the decompounding lexicon (German); call before indexing the text. */
  learn(text: string): void
  /**
   * For batch indexing, which must learn every word of the batch before analyzing any of it:
   * runs the stages that do not depend on the lexicon (tokenize, mark keywords, lemmatize,
   * lowercase, fold) once. `learnSpelled` and `analyzeSpelled` continue from its result, so a text
   * is tokenized once instead of twice; `analyzeSpelled(spell(t))` equals `analyzeWithWords(t)`.
   */
  spell(text: string): readonly Token[]
  /** `learn` for the result of `spell`. */
  learnSpelled(spelled: readonly Token[]): void
  /** `analyzeWithWords` for the result of `spell`. */
  analyzeSpelled(spelled: readonly Token[]): { tokens: Token[]; words: string[]; wordTokens: Token[] }
  /** The spelling normalizer of this language (lowercase + fold): for comparing raw words. */
  normalizeWord(word: string): string
}

/** Mentions and placeholders leave the terms: a brand handle or a redacted value is no topic. */
const DROPPED_KINDS = ['mention', 'placeholder', 'email', 'url'] as const
const DROPPED_KIND_SET: ReadonlySet<string> = new Set(DROPPED_KINDS)

/**
 * Builds an analysis chain. The order is written here once:
 * tokenize → mark-keywords → lemmatize [en] → lowercase → fold → stopwords → decompound [de] →
 * stem → synonyms → drop-kinds.
 * @example
 * createAnalyzer({ language: 'de' }).terms('Wie ändere ich meine Rechnungsadresse?')
 * //=> ['wie', 'andr', 'rechnungsadress', 'rechnung', 'adress']
 */
export function createAnalyzer(options: AnalyzerOptions = {}, lexicon?: CompoundLexicon): Analyzer {
  const resolved = parseInput(AnalyzerOptionsSchema, options, 'options', 'invalid analyzer options')
  return buildAnalyzer(resolved, lexicon)
}

function buildAnalyzer(options: ResolvedAnalyzerOptions, givenLexicon?: CompoundLexicon): Analyzer {
  const { language } = options
  const german = language === 'de'
  const fold = german ? foldGerman : stripDiacritics
  const normalizeWord = (word: string) => fold(word.toLocaleLowerCase('de'))
  const productWords = new Set([...DEFAULT_PRODUCT_WORDS, ...options.productWords.map((w) => w.toLocaleLowerCase('de'))])
  const lexicon = german && options.decompound ? (givenLexicon ?? new CompoundLexicon({ words: options.compoundWords })) : undefined

  const front: TokenFilter[] = [createKeywordMarker(options.keywords, normalizeWord)]
  if (!german && options.lemmatize) front.push(englishLemmaFilter)
  front.push(lowercaseFilter, german ? foldGermanFilter : stripDiacriticsFilter)
  // Character n-grams see every word (stop words included): short questions need them.
  const spelling = [...front]
  const stop: TokenFilter[] = []
  if (options.stopwords) {
    stop.push(
      german
        ? createStopFilter(GERMAN_STOPWORDS, { fold: foldGerman, keep: GERMAN_NEGATIONS, name: 'stopwords-de' })
        : createStopFilter(ENGLISH_STOPWORDS, { fold: stripDiacritics, keep: ENGLISH_NEGATIONS, name: 'stopwords-en' }),
    )
  }
  const back: TokenFilter[] = []
  if (lexicon) back.push(createDecompounder(lexicon))
  if (options.stem) back.push(german ? createGermanStemmer(lexicon) : englishStemFilter)
  const dropper = createKindDropper([...DROPPED_KINDS])

  const run = (filters: readonly TokenFilter[], tokens: readonly Token[]): Token[] => filters.reduce<Token[]>((acc, f) => f.apply(acc), tokens as Token[])
  const tokenizeText = (text: string) => tokenize(text, { productWords })
  // Synonym members go through the same chain, so "Smartphones" and "smartphone" both hit the group.
  const synonymFilter = createSynonymFilter(
    options.synonyms.map((group) =>
      group.map((member) => run([...spelling, ...stop, ...back], tokenizeText(member)).filter((t) => !t.derived)).filter((terms) => terms.length === 1).map((terms) => terms[0]!.text),
    ),
  )
  // Separable verbs are joined before stop words remove their particle ("schalte … aus").
  const joiner: TokenFilter[] = lexicon ? [createSeparableVerbJoiner(lexicon)] : []
  const rest = [...joiner, ...stop, ...back, synonymFilter, dropper]
  const chain = [...spelling, ...rest]

  function spell(text: string): readonly Token[] {
    return run(spelling, tokenizeText(text))
  }
  function learnSpelled(spelled: readonly Token[]): void {
    if (!lexicon) return
    for (const token of run(stop, spelled)) {
      if (token.kind === 'word' && !token.keyword) lexicon.addCorpusWord(token.text)
    }
  }
  function analyzeSpelled(folded: readonly Token[]): { tokens: Token[]; words: string[]; wordTokens: Token[] } {
    const wordTokens = folded.filter((t) => !t.derived && !DROPPED_KIND_SET.has(t.kind))
    return { tokens: run(rest, folded), words: wordTokens.map((t) => t.text), wordTokens }
  }

  return {
    language,
    fingerprint: analyzerFingerprint(language, chain, { tokenizer: 'v1', productWords: productWords.size }),
    lexicon,
    analyze: (text) => run(chain, tokenizeText(text)),
    analyzeWithWords: (text) => analyzeSpelled(spell(text)),
    terms: (text) => run(chain, tokenizeText(text)).map((t) => t.text),
    learn: (text) => learnSpelled(spell(text)),
    spell,
    learnSpelled,
    analyzeSpelled,
    normalizeWord,
  }
}
