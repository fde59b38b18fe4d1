import type { TokenFilter } from '../stage.js'
import { withText, type Token } from '../token.js'
import { checksum } from '../fingerprint.js'

/**
 * Maps every member of a synonym group to one term (the group's first member), at index and at
 * query time alike, so "Handy", "Smartphone" and "Mobiltelefon" meet. The groups are given as
 * already-analyzed single terms (the analyzer runs each member through the chain first);
 * members that analyze to several terms are ignored.
 * @example
 * createSynonymFilter([['handy', 'smartphon']]).apply(tokens('smartphon')).map((t) => t.text) //=> ['handy']
 */
export function createSynonymFilter(groups: readonly (readonly string[])[]): TokenFilter {
  const canonical = new Map<string, string>()
  for (const group of groups) {
    const [head] = group
    if (head === undefined) continue
    for (const member of group) if (!canonical.has(member)) canonical.set(member, head)
  }
  return {
    name: 'synonyms',
    options: { groups: checksum(JSON.stringify(groups)) },
    apply(tokens) {
      if (canonical.size === 0) return tokens as Token[]
      const out: Token[] = []
      let replacedPosition = -1
      for (const token of tokens) {
        // The parts of a replaced compound go with it ("mobiltelefon" → "handy", not + "telefon").
        if (token.derived && token.position === replacedPosition) continue
        const to = token.derived ? undefined : canonical.get(token.text)
        if (to === undefined || to === token.text) {
          out.push(token)
          continue
        }
        replacedPosition = token.position
        out.push(withText(token, to))
      }
      return out
    },
  }
}
