import { withText, type Token } from './token.js'

/**
 * One step of the analysis chain: tokens in, new tokens out. Pure: no I/O, no edits in place.
 * `name` and `options` go into the analyzer fingerprint, so a snapshot made with another chain is
 * rejected instead of silently matching badly.
 */
export interface TokenFilter {
  readonly name: string
  /** Anything that changes the output (word lists' versions, lengths); serialised into the fingerprint. */
  readonly options?: Readonly<Record<string, unknown>>
  apply(tokens: readonly Token[]): Token[]
}

/** Builds a filter that rewrites each token's text; returning `null` drops the token. */
export function mapTerms(
  name: string,
  rewrite: (token: Token) => string | null,
  options?: Readonly<Record<string, unknown>>,
): TokenFilter {
  return {
    name,
    ...(options ? { options } : {}),
    apply(tokens) {
      const out: Token[] = []
      for (const token of tokens) {
        const text = rewrite(token)
        if (text === null || text === '') continue
        out.push(text === token.text ? token : withText(token, text))
      }
      return out
    },
  }
}
