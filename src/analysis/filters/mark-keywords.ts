import type { TokenFilter } from '../stage.js'
import { withText, type Token, type TokenKind } from '../token.js'
import { checksum } from '../fingerprint.js'

/** Kinds that are protected by nature: their exact form is what distinguishes questions. */
export const PROTECTED_KINDS: ReadonlySet<TokenKind> = new Set(['product', 'hashtag', 'placeholder', 'email', 'url', 'mention'])

/**
 * Marks tokens `keyword: true` so lemmatizing, decompounding and stemming leave them alone:
 * products, hashtags, placeholders, e-mails, URLs, mentions, and the configured words (compared
 * lowercase and with `normalize`, so any spelling of a keyword is protected).
 * @example
 * createKeywordMarker(['Kundenkarte']).apply(tokens('Kundenkarte verloren'))[0].keyword //=> true
 */
export function createKeywordMarker(words: readonly string[] = [], normalize: (word: string) => string = (w) => w): TokenFilter {
  const keywords = new Set(words.map((w) => normalize(w.toLocaleLowerCase('de'))))
  return {
    name: 'mark-keywords',
    ...(keywords.size ? { options: { words: checksum([...keywords].sort().join(' ')) } } : {}),
    apply(tokens) {
      return tokens.map((token): Token => {
        if (token.keyword) return token
        if (PROTECTED_KINDS.has(token.kind)) return withText(token, token.text, token.derived, true)
        if (keywords.size && keywords.has(normalize(token.text.toLocaleLowerCase('de')))) return withText(token, token.text, token.derived, true)
        return token
      })
    },
  }
}
