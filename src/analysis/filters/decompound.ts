import type { TokenFilter } from '../stage.js'
import { withText, type Token } from '../token.js'
import type { CompoundLexicon } from '../german/compound-lexicon.js'
import { LINKING_MORPHEMES } from '../german/linking-morphemes.js'

/** Words shorter than this are never split ("passwort" is the shortest we try). */
export const DEFAULT_MIN_WORD_CHARS = 8
/** At most this many parts: deeper splits of long words are mostly wrong. */
export const DEFAULT_MAX_PARTS = 4
// Inflection endings the last part may carry (rechnungsadress-en, kundenkonto-s).
const LAST_PART_ENDINGS = ['ern', 'en', 'er', 'es', 'e', 'n', 's']

/** Options of the German decompounder. */
export interface DecompoundOptions {
  /** @default DEFAULT_MIN_WORD_CHARS (8) */
  readonly minWordChars?: number
  /** @default DEFAULT_MAX_PARTS (4) */
  readonly maxParts?: number
}

/**
 * German decompounding, Lucene style: the compound stays (exact matches score highest) and its
 * parts are added at the same position and span. A word is split only when it decomposes fully
 * into lexicon words, with linking elements (-s-, -es-, -n-, -en-, -er-, -e-, -ns-) between them.
 * Expects lowercase, German-folded words; runs before stemming ("rechnungsadress" is no word).
 * Limit: words missing from the lexicon stay whole ("brotbackautomat" without "brot").
 * @example
 * createDecompounder(lexicon).apply(tokens('rechnungsadresse')).map((t) => t.text)
 * //=> ['rechnungsadresse', 'rechnung', 'adresse']
 */
export function createDecompounder(lexicon: CompoundLexicon, options: DecompoundOptions = {}): TokenFilter {
  const minWordChars = options.minWordChars ?? DEFAULT_MIN_WORD_CHARS
  const maxParts = options.maxParts ?? DEFAULT_MAX_PARTS
  let cache = new Map<string, readonly string[] | null>()
  let cacheVersion = lexicon.version

  const split = (word: string, partsLeft: number): readonly string[] | null => {
    if (partsLeft < 2) return null
    for (let cut = word.length - 3; cut >= 3; cut--) {
      const head = word.slice(0, cut)
      const rest = word.slice(cut)
      for (const base of headBases(head)) {
        if (!lexicon.isPart(base)) continue
        const last = lastPart(rest)
        if (last !== null) return [base, last]
        if (rest.length >= 6) {
          const more = split(rest, partsLeft - 1)
          if (more) return [base, ...more]
        }
      }
    }
    return null
  }

  const lastPart = (rest: string): string | null => {
    if (lexicon.isPart(rest)) return rest
    for (const ending of LAST_PART_ENDINGS) {
      if (rest.length - ending.length >= 3 && rest.endsWith(ending) && lexicon.isPart(rest.slice(0, -ending.length))) return rest
    }
    return null
  }

  const partsOf = (word: string): readonly string[] | null => {
    if (cacheVersion !== lexicon.version) {
      cache = new Map()
      cacheVersion = lexicon.version
    }
    let parts = cache.get(word)
    if (parts === undefined) {
      parts = split(word, maxParts)
      cache.set(word, parts)
    }
    return parts
  }

  return {
    name: 'decompound',
    options: { minWordChars, maxParts, links: LINKING_MORPHEMES.join('|') },
    apply(tokens) {
      const out: Token[] = []
      for (const token of tokens) {
        out.push(token)
        if (token.kind !== 'word' || token.keyword || token.derived || token.text.length < minWordChars) continue
        const parts = partsOf(token.text)
        if (parts) for (const part of parts) out.push(withText(token, part, true))
      }
      return out
    },
  }
}

/** The head itself, and the head without a linking element ("rechnungs" → "rechnung"). */
function headBases(head: string): string[] {
  const bases = [head]
  for (const link of LINKING_MORPHEMES) {
    if (head.length - link.length >= 3 && head.endsWith(link)) bases.push(head.slice(0, -link.length))
  }
  return bases
}
