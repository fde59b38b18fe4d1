import type { TokenFilter } from '../stage.js'
import { checksum } from '../fingerprint.js'

/**
 * Builds a stop filter from a word list (lunr's `generateStopWordFilter` shape). The list is passed
 * through `fold`, the same function the text went through, so "fuer" is stopped like "für".
 * `keep` (negations) always survives. Only plain words are stopped: keywords, products, numbers and
 * hashtags never. Expects lowercased, folded terms.
 * @example
 * createStopFilter(['für', 'die'], { fold: foldGerman }).apply(tokens('fuer die rechnung'))
 * //=> tokens of ['rechnung']
 */
export function createStopFilter(
  words: readonly string[],
  options: { readonly fold?: (word: string) => string; readonly keep?: readonly string[]; readonly name?: string } = {},
): TokenFilter {
  const fold = options.fold ?? ((w: string) => w)
  const keep = new Set((options.keep ?? []).map((w) => fold(w.toLocaleLowerCase('de'))))
  const stop = new Set(words.map((w) => fold(w.toLocaleLowerCase('de'))).filter((w) => !keep.has(w)))
  return {
    name: options.name ?? 'stopwords',
    options: { size: stop.size, checksum: checksum([...stop].sort().join(' ')) },
    apply(tokens) {
      return tokens.filter((t) => t.kind !== 'word' || t.keyword || !stop.has(t.text))
    },
  }
}
