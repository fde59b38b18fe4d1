import { createRequire } from 'node:module'

type Doc = { contractions(): { expand(): unknown }; compute(method: string): unknown; text(format: string): string }
type Nlp = (text: string) => Doc
let nlp: Nlp | undefined
const cache = new Map<string, readonly string[]>()
const MAX_CACHE = 100_000

/**
 * English roots and contractions with compromise, one word at a time (memoized): "can't" →
 * ["can", "not"], "paid" → ["pay"], "children" → ["child"]. compromise loads on first English use
 * (~250 ms), never on a German-only path. Expects one word, any case; returns lowercase words.
 * @example
 * lemmatizeEnglish("didn't") //=> ['do', 'not']
 */
export function lemmatizeEnglish(word: string): readonly string[] {
  let roots = cache.get(word)
  if (roots === undefined) {
    nlp ??= createRequire(import.meta.url)('compromise/two') as Nlp
    const doc = nlp(word)
    doc.contractions().expand()
    doc.compute('root')
    const text = doc.text('root').toLowerCase().trim()
    roots = text ? text.split(/\s+/u).map((w) => w.replace(/[^\p{L}\p{N}']/gu, '')).filter(Boolean) : [word.toLowerCase()]
    if (roots.length === 0) roots = [word.toLowerCase()]
    if (cache.size >= MAX_CACHE) cache.clear()
    cache.set(word, roots)
  }
  return roots
}
