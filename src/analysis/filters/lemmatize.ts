import type { TokenFilter } from '../stage.js'
import type { Token } from '../token.js'
import { lemmatizeEnglish } from '../english/lemmatize.js'

/**
 * English lemmatizing with compromise, before lowercase: contractions expand into several terms at
 * the token's position ("can't" → can + not, so the negation survives), irregular forms meet their
 * root (paid → pay). Keywords and non-words pass unchanged.
 * @example
 * englishLemmaFilter.apply(tokens("I can't log in")).map((t) => t.text) //=> ['i', 'can', 'not', 'log', 'in']
 */
export const englishLemmaFilter: TokenFilter = {
  name: 'lemmatize-en',
  options: { engine: 'compromise-14' },
  apply(tokens) {
    const out: Token[] = []
    for (const token of tokens) {
      if (token.keyword || token.kind !== 'word' || !/^[\p{L}']+$/u.test(token.text)) {
        out.push(token)
        continue
      }
      const roots = lemmatizeEnglish(token.text)
      if (roots.length === 1 && roots[0] === token.text) out.push(token)
      else roots.forEach((text, i) => out.push({ ...token, text, ...(i > 0 ? { derived: true } : {}) }))
    }
    return out
  },
}
