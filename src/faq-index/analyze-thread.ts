import type { Thread } from '../types.js'
import type { StoredThread } from '../store/stored-thread.js'
import type { IndexAnalyzers } from './index-analyzers.js'
import { profileText } from '../matching/text-profile.js'

/**
 * Turns a (validated, redacted) thread into what the store keeps. The question and its variants
 * are one bag: any wording of the question may match.
 */
export function analyzeThread(thread: Thread, analyzers: IndexAnalyzers): StoredThread {
  const lang = analyzers.languageOf(thread.question, thread.lang)
  const analyzer = analyzers.forLanguage(lang)
  const questions = [thread.question, ...(thread.variants ?? [])].map((text) => profileText(analyzer, text))
  const answer = thread.answer ? profileText(analyzer, thread.answer) : undefined
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
  const lang = analyzers.languageOf(thread.question, thread.lang)
  if (lang !== 'de') return
  const analyzer = analyzers.forLanguage('de')
  analyzer.learn(thread.question)
  for (const variant of thread.variants ?? []) analyzer.learn(variant)
  if (thread.answer) analyzer.learn(thread.answer)
}
