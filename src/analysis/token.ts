/** Every kind of token, in a fixed order (packed tokens store a kind as its index here). */
export const TOKEN_KINDS = ['word', 'number', 'product', 'mention', 'hashtag', 'placeholder', 'email', 'url'] as const

/** What a token is; filters and features treat kinds differently (products are never stemmed). */
export type TokenKind = (typeof TOKEN_KINDS)[number]

/**
 * One unit of analyzed text.
 * `start`/`end` point into the text given to the analyzer (before normalization), so
 * `input.slice(start, end)` is the surface form; extra terms derived from one token (compound
 * parts, product parts, synonyms) share its span and `position`.
 */
export interface Token {
  /** The term: what is indexed and compared. */
  readonly text: string
  readonly start: number
  readonly end: number
  /** Index of the source token in the text; derived terms repeat it. */
  readonly position: number
  readonly kind: TokenKind
  /** Protected from lemmatizing, decompounding and stemming. */
  readonly keyword?: boolean
  /** True for terms added next to a token (compound parts, product parts), not the token itself. */
  readonly derived?: boolean
}

/**
 * `{ ...token, text, keyword, derived }` written out: V8 copies an object spread about three times
 * slower than it builds a literal, and analysis makes a token per word for each stage that changes
 * it. Flags are set only when true, as the stages always did.
 */
export function withText(token: Token, text: string, derived = token.derived, keyword = token.keyword): Token {
  return makeToken(text, token.start, token.end, token.position, token.kind, keyword, derived)
}

/** A token from its fields; `keyword` and `derived` appear only when true (one of four shapes). */
export function makeToken(text: string, start: number, end: number, position: number, kind: TokenKind, keyword?: boolean, derived?: boolean): Token {
  // `derived` before `keyword`: the order the spreads gave (only derived tokens got marked later).
  if (keyword) return derived ? { text, start, end, position, kind, derived: true, keyword: true } : { text, start, end, position, kind, keyword: true }
  return derived ? { text, start, end, position, kind, derived: true } : { text, start, end, position, kind }
}
