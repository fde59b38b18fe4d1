/** What a token is; filters and features treat kinds differently (products are never stemmed). */
export type TokenKind =
  | 'word'
  | 'number'
  | 'product'
  | 'mention'
  | 'hashtag'
  | 'placeholder'
  | 'email'
  | 'url'

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
