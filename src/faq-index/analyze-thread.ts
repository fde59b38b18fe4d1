import type { Language, Thread } from '../types.js'
import type { Token } from '../analysis/token.js'
import type { StoredThread } from '../store/stored-thread.js'
import type { IndexAnalyzers } from './index-analyzers.js'
import { profileTokens, type TextProfile } from '../matching/text-profile.js'
import { packTokens, unpackTokens, type PackedTokens } from '../analysis/packed-tokens.js'

/**
 * A thread after the analysis stages that do not depend on the compound lexicon: kept between
 * learning a batch's words and analyzing it, so each text is tokenized once.
 */
export interface SpelledThread {
  readonly lang: Language
  /** The question, then each variant. */
  readonly questions: readonly (readonly Token[])[]
  readonly answer: readonly Token[] | undefined
  /** How many tokens this holds (batches bound the memory they keep). */
  readonly tokenCount: number
}

/** A `SpelledThread` as a batch keeps it until analysis: packed, see `PackedTokens`. */
export interface KeptSpelledThread {
  readonly lang: Language
  readonly questions: readonly PackedTokens[]
  readonly answer: PackedTokens | undefined
}

export function keepSpelledThread({ lang, questions, answer }: SpelledThread): KeptSpelledThread {
  return { lang, questions: questions.map(packTokens), answer: answer && packTokens(answer) }
}

export function unpackSpelledThread({ lang, questions, answer }: KeptSpelledThread): SpelledThread {
  const unpacked = questions.map(unpackTokens)
  const answerTokens = answer && unpackTokens(answer)
  return { lang, questions: unpacked, answer: answerTokens, tokenCount: unpacked.reduce((n, q) => n + q.length, answerTokens?.length ?? 0) }
}

/** Runs the lexicon-independent stages on a (validated, redacted) thread's texts. */
export function spellThread(thread: Thread, analyzers: IndexAnalyzers): SpelledThread {
  const lang = analyzers.languageOf(thread.question, thread.lang)
  const analyzer = analyzers.forLanguage(lang)
  const questions = [thread.question, ...(thread.variants ?? [])].map((text) => analyzer.spell(text))
  const answer = thread.answer ? analyzer.spell(thread.answer) : undefined
  return { lang, questions, answer, tokenCount: questions.reduce((n, q) => n + q.length, answer?.length ?? 0) }
}

/**
 * Turns a (validated, redacted) thread into what the store keeps. The question and its variants
 * are one bag: any wording of the question may match. `spelled` is the thread's `spellThread`
 * result when the caller kept it.
 */
export function analyzeThread(thread: Thread, analyzers: IndexAnalyzers, spelled = spellThread(thread, analyzers)): StoredThread {
  const { lang } = spelled
  const analyzer = analyzers.forLanguage(lang)
  const profile = (tokens: readonly Token[]): TextProfile => {
    const analyzed = analyzer.analyzeSpelled(tokens)
    return profileTokens(analyzed.tokens, analyzed.words, analyzer)
  }
  const questions = spelled.questions.map(profile)
  const answer = spelled.answer ? profile(spelled.answer) : undefined
  const tagTerms = (thread.tags ?? []).flatMap((tag) => analyzer.terms(tag))
  return {
    thread,
    lang,
    questionTerms: questions.flatMap((p) => p.terms),
    answerTerms: answer?.terms ?? [],
    tagTerms,
    gramWords: questions.flatMap((p) => p.gramWords),
    products: [...new Set([...questions.flatMap((p) => p.products), ...(answer?.products ?? [])])],
    negated: questions.some((p) => p.negated),
  }
}

/** Feeds the thread's words to the German decompounding lexicon before it is analyzed. */
export function learnThread(thread: Thread, analyzers: IndexAnalyzers): void {
  learnSpelledThread(spellThread(thread, analyzers), analyzers)
}

/** `learnThread` for a thread already spelled. */
export function learnSpelledThread(spelled: SpelledThread, analyzers: IndexAnalyzers): void {
  if (spelled.lang !== 'de') return
  const analyzer = analyzers.forLanguage('de')
  for (const tokens of spelled.questions) analyzer.learnSpelled(tokens)
  if (spelled.answer) analyzer.learnSpelled(spelled.answer)
}
