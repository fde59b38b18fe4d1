import { makeToken, TOKEN_KINDS, type Token, type TokenKind } from './token.js'

const KIND_CODES: ReadonlyMap<TokenKind, number> = new Map(TOKEN_KINDS.map((kind, code) => [kind, code]))
const KEYWORD = 1 << 4
const DERIVED = 1 << 5
/** Int32s per token: start, end, position, kind and flags. */
const FIELDS = 4

/**
 * Tokens held between two passes over a batch, in a form the garbage collector need not trace:
 * their texts in one array, every number in one Int32Array. A 100k-thread batch keeps millions
 * of tokens from spelling to analysis; as objects each was copied by every young-generation
 * collection until promoted, which cost more than spelling them again.
 */
export interface PackedTokens {
  readonly texts: readonly string[]
  readonly numbers: Int32Array
}

export function packTokens(tokens: readonly Token[]): PackedTokens {
  const texts = new Array<string>(tokens.length)
  const numbers = new Int32Array(tokens.length * FIELDS)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    texts[i] = token.text
    const at = i * FIELDS
    numbers[at] = token.start
    numbers[at + 1] = token.end
    numbers[at + 2] = token.position
    numbers[at + 3] = KIND_CODES.get(token.kind)! | (token.keyword ? KEYWORD : 0) | (token.derived ? DERIVED : 0)
  }
  return { texts, numbers }
}

/** The tokens again, equal field by field (and in shape) to those packed. */
export function unpackTokens(packed: PackedTokens): Token[] {
  const { texts, numbers } = packed
  const tokens = new Array<Token>(texts.length)
  for (let i = 0; i < texts.length; i++) {
    const at = i * FIELDS
    const code = numbers[at + 3]!
    tokens[i] = makeToken(texts[i]!, numbers[at]!, numbers[at + 1]!, numbers[at + 2]!, TOKEN_KINDS[code & (KEYWORD - 1)]!, (code & KEYWORD) !== 0, (code & DERIVED) !== 0)
  }
  return tokens
}
