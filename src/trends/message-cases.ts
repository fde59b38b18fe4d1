import type { Analyzer } from '../analysis/analyzer.js'
import type { Token } from '../analysis/token.js'
import { tokenize } from '../analysis/tokenize/tokenize.js'

/**
 * The three ways a social-media message reaches customer service:
 * - 'mention': it addresses the brand's handle directly ("@fernwerk_hilfe mein Internet …");
 * - 'hashtag': it files an issue under a hashtag (#störung) that others follow;
 * - 'proactive': it names a watched word without addressing the brand — we find it, it does not find us.
 */
export type MessageCase = 'mention' | 'hashtag' | 'proactive'

/** What the case tagger needs from the options, normalized once per run. */
export interface CaseRules {
  /** Brand handles, normalized like a word ('@fernwerk_hilfe'). */
  readonly brandHandles: ReadonlySet<string>
  /** Each watched phrase as its analyzed terms; a message matches when it has all of them. */
  readonly watchTerms: ReadonlyArray<readonly string[]>
}

/** Normalizes brand handles and watch phrases with the analyzer, so "Störung" also finds "stoerung". */
export function createCaseRules(analyzer: Analyzer, brand: readonly string[], watch: readonly string[]): CaseRules {
  return {
    brandHandles: new Set(brand.map((handle) => normalizeHandle(analyzer, handle, '@'))),
    watchTerms: watch.map((phrase) => [...new Set(analyzer.terms(phrase))]).filter((terms) => terms.length > 0),
  }
}

/**
 * Normalizes a handle or tag with the analyzer's word normalizer and the sigil ('@'/'#') in front.
 * @example
 * normalizeHandle(analyzer, 'Fernwerk_Hilfe', '@') //=> '@fernwerk_hilfe'
 */
export function normalizeHandle(analyzer: Analyzer, handle: string, sigil: '@' | '#'): string {
  const bare = handle.startsWith(sigil) ? handle.slice(1) : handle
  return sigil + analyzer.normalizeWord(bare)
}

/** The mention handles in a text, from the tokenizer (the analyzer drops mentions from its terms). */
export function mentionsIn(text: string, analyzer: Analyzer): string[] {
  if (!text.includes('@')) return []
  return tokenize(text)
    .filter((t) => t.kind === 'mention')
    .map((t) => normalizeHandle(analyzer, t.text, '@'))
}

/**
 * Tags one message. `mentions` and `hashtags` are normalized handles from the text and the
 * message's own fields; `terms` its analyzed terms.
 */
export function messageCases(rules: CaseRules, mentions: readonly string[], hashtags: readonly string[], terms: ReadonlySet<string>): MessageCase[] {
  const cases: MessageCase[] = []
  const mentionsBrand = mentions.some((m) => rules.brandHandles.has(m))
  if (mentionsBrand) cases.push('mention')
  if (hashtags.length > 0) cases.push('hashtag')
  if (!mentionsBrand && rules.watchTerms.some((phrase) => phrase.every((term) => terms.has(term)))) cases.push('proactive')
  return cases
}

/** Hashtags among analyzed tokens, normalized ('#storung'). */
export function hashtagsIn(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => t.kind === 'hashtag' && !t.derived).map((t) => t.text)
}
