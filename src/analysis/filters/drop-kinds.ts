import type { TokenFilter } from '../stage.js'
import type { TokenKind } from '../token.js'

/**
 * Removes tokens of the given kinds from the terms (they stay in `tokenize`'s output). Mentions
 * and placeholders name a brand or a redacted value, not a topic.
 * @example
 * createKindDropper(['mention']).apply(tokens('@fernwerk hilfe')).map((t) => t.text) //=> ['hilfe']
 */
export function createKindDropper(kinds: readonly TokenKind[]): TokenFilter {
  const drop = new Set(kinds)
  return {
    name: 'drop-kinds',
    options: { kinds: [...drop].sort() },
    apply: (tokens) => tokens.filter((t) => !drop.has(t.kind)),
  }
}
