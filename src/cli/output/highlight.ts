import { createAnalyzer, type Analyzer } from '../../analysis/analyzer.js'
import type { Language } from '../../types.js'

/**
 * A matched term inside a longer word's term marks that word too, when the term is at least this
 * long: compounds the display analyzer does not split ("rechnungsadress" holds "adress"). Shorter
 * terms would light up unrelated words.
 */
const MIN_INNER_TERM_CHARS = 4

const analyzers = new Map<Language, Analyzer>()

function analyzerFor(lang: Language): Analyzer {
  let analyzer = analyzers.get(lang)
  if (!analyzer) analyzers.set(lang, (analyzer = createAnalyzer({ language: lang })))
  return analyzer
}

/**
 * The spans `[start, end)` of the words in `text` whose analyzed terms are among `terms`, merged
 * and in text order. Runs the same analysis chain as the index, so "Rechnungsadresse" is found for
 * the matched term "adress"; `match()` reports terms, this maps them back to what a person reads.
 */
export function matchedSpans(text: string, terms: readonly string[], lang: Language): [number, number][] {
  if (terms.length === 0) return []
  const wanted = new Set(terms)
  const inner = terms.filter((term) => term.length >= MIN_INNER_TERM_CHARS)
  const spans = analyzerFor(lang)
    .analyze(text)
    .filter((token) => wanted.has(token.text) || inner.some((term) => token.text.length > term.length && token.text.includes(term)))
    .map((token): [number, number] => [token.start, token.end])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1])
    else merged.push([span[0], span[1]])
  }
  return merged
}

export interface HighlightOptions {
  /** Marks one matched word: bold color on a terminal, `*…*` in plain text. */
  readonly mark: (word: string) => string
  /** Cut the text after this many characters (at a space when there is one) and add "…". @default no limit */
  readonly maxChars?: number
}

/**
 * `text` with every matched word passed through `mark`, optionally shortened for a table cell.
 * @example
 * highlightTerms('Wie ändere ich meine Rechnungsadresse?', ['adress'], 'de', { mark: (w) => `*${w}*` })
 * //=> 'Wie ändere ich meine *Rechnungsadresse*?'
 */
export function highlightTerms(text: string, terms: readonly string[], lang: Language, options: HighlightOptions): string {
  const cut = cutAt(text, options.maxChars)
  let result = ''
  let at = 0
  for (const [start, end] of matchedSpans(text, terms, lang)) {
    if (start >= cut) break
    result += text.slice(at, start) + options.mark(text.slice(start, Math.min(end, cut)))
    at = Math.min(end, cut)
  }
  return result + text.slice(at, cut) + (cut < text.length ? '…' : '')
}

/** Where to cut `text` to at most `maxChars` characters: the last space before the limit, if any. */
function cutAt(text: string, maxChars: number | undefined): number {
  if (maxChars === undefined || text.length <= maxChars) return text.length
  const space = text.lastIndexOf(' ', maxChars - 1)
  return space > maxChars / 2 ? space : maxChars - 1
}
