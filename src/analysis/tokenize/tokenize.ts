import { makeToken, type Token, type TokenKind } from '../token.js'
import { normalizeText, sourceEndOf, sourceStartOf } from '../normalize-text.js'
import { DEFAULT_PRODUCT_WORDS, PRODUCT_MODEL, isProductWord, productTerm } from './product-names.js'

/** Options of the tokenizer. */
export interface TokenizeOptions {
  /** Lowercase words that take a model number ("galaxy" in "Galaxy S23"). @default DEFAULT_PRODUCT_WORDS */
  readonly productWords?: ReadonlySet<string>
}

// One alternative per token kind, tried in this order at each position. All are linear: every
// quantifier is bounded by a character class that cannot overlap what follows it.
const PLACEHOLDER = /⟨[A-Z_]{1,30}⟩/y
const EMAIL = /[\p{L}\p{N}._%+\-]{1,64}@[\p{L}\p{N}\-]{1,63}(?:\.[\p{L}\p{N}\-]{1,63}){1,8}/uy
const URL = /(?:https?:\/\/|www\.)[^\s<>"']{1,2000}/uy
const MENTION = /@[\p{L}\p{N}_]{1,60}/uy
const HASHTAG = /#[\p{L}\p{N}_]{1,100}/uy
// Letters, digits and inner joiners: E-Mail, WLAN-Router, FRITZ!Box, can't, 5G, S23.
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]{0,200}(?:(?:[-'!&]|\.(?=\p{L}\p{Ll}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]{0,200}){0,20}/uy
const NUMBER = /\p{N}{1,30}(?:[.,]\p{N}{1,30}){0,10}/uy
const SPACE = / /y
const TRAILING_URL_PUNCTUATION = /[.,;:!?)\]}]+$/u
const MIN_PART_CHARS = 2
// Inner characters that join word parts ("E-Mail", "can't", "B&O"); "!" and "." joins stay whole.
const WORD_JOINER = /[-'&]/

/** Raw token before its term is derived. */
interface Piece {
  readonly kind: TokenKind
  readonly surface: string
  readonly from: number // offsets into the normalized text
  readonly to: number
}

/**
 * Splits text into tokens with offsets into the ORIGINAL input (after NFKC and zero-width removal
 * the offsets still point at what the customer typed). Terms are not lowercased yet: later
 * filters do that. Emoji and punctuation produce no tokens.
 * @example
 * tokenize('Mein iPhone 6 lädt nicht #Akku').map((t) => t.text)
 * //=> ['Mein', 'iphone6', 'iPhone', 'lädt', 'nicht', '#Akku', 'Akku']
 */
export function tokenize(input: string, options: TokenizeOptions = {}): Token[] {
  const productWords = options.productWords ?? DEFAULT_PRODUCT_SET
  const normalized = normalizeText(input)
  const text = normalized.text
  const pieces = scan(text, productWords)
  const tokens: Token[] = []
  let position = 0
  for (const piece of pieces) {
    const start = sourceStartOf(normalized, piece.from)
    const end = sourceEndOf(normalized, piece.to - 1)
    // Most pieces are plain words, one term each: no list of terms to build for them.
    if (piece.kind === 'word' && !WORD_JOINER.test(piece.surface)) tokens.push(makeToken(piece.surface, start, end, position, 'word'))
    else for (const [term, kind, derived] of termsOf(piece)) tokens.push(makeToken(term, start, end, position, kind, false, derived))
    position++
  }
  return tokens
}

const DEFAULT_PRODUCT_SET: ReadonlySet<string> = new Set(DEFAULT_PRODUCT_WORDS)

/** An e-mail's local part is at most this long, so its "@" is at most this far from its start. */
const MAX_EMAIL_LOCAL_CHARS = 64

function scan(text: string, productWords: ReadonlySet<string>): Piece[] {
  const pieces: Piece[] = []
  let at = 0
  let nextAt = text.indexOf('@')
  while (at < text.length) {
    const char = text.charCodeAt(at)
    // Whitespace starts no token (every pattern below needs another first character): skip it
    // without trying them.
    if (char === 32 || char === 10 || char === 9 || char === 13) {
      at++
      continue
    }
    if (nextAt !== -1 && nextAt < at) nextAt = text.indexOf('@', at)
    const piece = pieceAt(text, at, productWords, nextAt !== -1 && nextAt - at <= MAX_EMAIL_LOCAL_CHARS)
    if (piece) {
      pieces.push(piece)
      at = piece.to
    } else {
      // Not a token start (punctuation, emoji, a lone mark): skip one code point.
      const code = text.codePointAt(at)!
      at += code > 0xffff ? 2 : 1
    }
  }
  return pieces
}

/** `emailPossible`: an "@" follows close enough for an e-mail to start here (the pattern is costly). */
function pieceAt(text: string, at: number, productWords: ReadonlySet<string>, emailPossible: boolean): Piece | null {
  const char = text[at]!
  if (char === '⟨') return take(PLACEHOLDER, 'placeholder', text, at)
  if (char === '@') return take(MENTION, 'mention', text, at)
  if (char === '#') return take(HASHTAG, 'hashtag', text, at)
  // Words starting with h or w are common ("wie", "habe"): the pattern runs only where it can match.
  if ((char === 'h' && text.startsWith('http', at)) || (char === 'w' && text.startsWith('www.', at))) {
    const url = take(URL, 'url', text, at)
    if (url) {
      const trimmed = url.surface.replace(TRAILING_URL_PUNCTUATION, '')
      return { ...url, surface: trimmed, to: url.from + trimmed.length }
    }
  }
  const email = emailPossible ? take(EMAIL, 'email', text, at) : null
  if (email) return email
  const plainEnd = plainWordEnd(text, at)
  const word = plainEnd > at ? { kind: 'word' as const, surface: text.slice(at, plainEnd), from: at, to: plainEnd } : take(WORD, 'word', text, at)
  if (!word) return null
  const hasDigit = plainEnd <= at && /\p{N}/u.test(word.surface)
  if (hasDigit && /^\p{N}+$/u.test(word.surface)) {
    const number = take(NUMBER, 'number', text, at)
    return number ?? { ...word, kind: 'number' }
  }
  // A word starts with a letter or a digit: without digits, it has a letter.
  const hasLetter = !hasDigit || /\p{L}/u.test(word.surface)
  // "iPhone 6", "Galaxy S23", "FRITZ!Box 7590": name word + space + model designation (which
  // starts with a digit or a capital, never with a-z).
  if (text[word.to] === ' ' && hasLetter && !isAsciiLowercase(text.charCodeAt(word.to + 1))) {
    PRODUCT_MODEL.lastIndex = word.to + 1
    // The cheap check first: most words are not followed by a model number at all.
    const model = PRODUCT_MODEL.exec(text)
    if (model && isProductWord(word.surface, productWords)) {
      const to = word.to + 1 + model[0].length
      return { kind: 'product', surface: text.slice(at, to), from: at, to }
    }
  }
  if (hasLetter && hasDigit) return { ...word, kind: 'product' }
  if (word.surface.includes('!')) return { ...word, kind: 'product' }
  return word
}

/** The longest word WORD can match before its first inner part ends (see its `{0,200}`). */
const MAX_PLAIN_WORD_CHARS = 201

/**
 * Where WORD's match from `at` ends, when that is certain without running it: a run of ASCII and
 * Latin-1 letters (most words of German and English text) ended by the text's end or by ASCII that
 * neither continues nor joins a word. Anything else (digits, joiners, other scripts, marks) returns
 * `at`, and the pattern decides.
 */
export function plainWordEnd(text: string, at: number): number {
  let end = at
  while (end < text.length && isLatinLetter(text.charCodeAt(end))) end++
  if (end === at || end - at > MAX_PLAIN_WORD_CHARS) return at
  if (end === text.length) return end
  const next = text.charCodeAt(end)
  // Digits continue a word; - ' ! & . may join the next part; beyond ASCII may be a letter or a mark.
  if (next >= 0x80 || (next >= 0x30 && next <= 0x39) || next === 0x2d || next === 0x27 || next === 0x21 || next === 0x26 || next === 0x2e) return at
  return end
}

/** A-Z, a-z and the Latin-1 letters À–ÿ (not × and ÷): all \p{L}, none a mark or a digit. */
function isLatinLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7)
}

function isAsciiLowercase(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

function take(pattern: RegExp, kind: TokenKind, text: string, at: number): Piece | null {
  pattern.lastIndex = at
  // test, not exec: a sticky pattern's lastIndex is the match's end, and no match array is built.
  if (!pattern.test(text)) return null
  const to = pattern.lastIndex
  return { kind, surface: text.slice(at, to), from: at, to }
}

/** The terms a piece stands for: itself, plus searchable parts that share its span. */
function termsOf(piece: Piece): Array<readonly [string, TokenKind, boolean]> {
  const { kind, surface } = piece
  switch (kind) {
    case 'product': {
      const out: Array<readonly [string, TokenKind, boolean]> = [[productTerm(surface), 'product', false]]
      // The name part stays searchable as a word ("iPhone" finds every iPhone thread).
      const name = surface.split(/[\s]/u)[0]!.replace(/\p{N}+$/u, '')
      if (surface.includes(' ') || /\p{N}/u.test(surface)) {
        const nameTerm = name.replace(/[!\-]/gu, '')
        if (nameTerm.length >= MIN_PART_CHARS && /\p{L}/u.test(nameTerm) && !/\p{N}/u.test(nameTerm)) out.push([nameTerm, 'word', true])
      }
      // A 3+ digit model number alone is how people often write it ("meine 7590").
      const model = surface.match(/\d{3,6}[\p{L}]{0,3}$/u)?.[0]
      if (model && surface.includes(' ')) out.push([model.toLowerCase(), 'product', true])
      return out
    }
    case 'hashtag': {
      const out: Array<readonly [string, TokenKind, boolean]> = [[surface, 'hashtag', false]]
      for (const part of splitCamelCase(surface.slice(1))) out.push([part, 'word', true])
      return out
    }
    case 'word': {
      if (!WORD_JOINER.test(surface)) return [[surface, 'word', false]]
      if (surface.includes("'")) return [[surface, 'word', false]] // contractions: the lemmatizer's job
      const parts = surface.split(/[-&]/u).filter((p) => p.length >= MIN_PART_CHARS)
      const out: Array<readonly [string, TokenKind, boolean]> = [[surface.replace(/[-&]/gu, ''), 'word', false]]
      for (const part of parts) out.push([part, /^\p{N}+$/u.test(part) ? 'number' : 'word', true])
      return out
    }
    default:
      return [[surface, kind, false]]
  }
}

/** "TelekomStörung" → ["Telekom", "Störung"]; "wlan_probleme" → ["wlan", "probleme"]; one word → []. */
function splitCamelCase(tag: string): string[] {
  const parts = tag
    .split('_')
    .flatMap((chunk) => chunk.match(/\p{Lu}{2,}(?=\p{Lu}\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lu}+|\p{N}+/gu) ?? [])
    .filter((p) => p.length >= MIN_PART_CHARS)
  return parts.length >= 2 ? parts : tag.length >= MIN_PART_CHARS && /\p{L}/u.test(tag) ? [tag] : []
}
