import type { FaqIndexImpl } from './faq-index.js'
import type { StoredThread } from '../store/stored-thread.js'
import type { Thread } from '../types.js'
import { SNAPSHOT_VERSION, type FaqIndexSnapshot } from '../schemas/snapshot.js'

/** Serialises an index. Threads are stored as indexed: redacted unless redaction was turned off. */
export function buildSnapshot(index: FaqIndexImpl): FaqIndexSnapshot {
  const records = [...index.store.all()]
  return {
    format: 'faqmatch-index',
    version: SNAPSHOT_VERSION,
    analyzerFingerprint: index.analyzers.fingerprints(),
    options: { ...index.options },
    threads: records.map((r) => r.thread as FaqIndexSnapshot['threads'][number]),
    analyzed: records.map((r) => ({
      lang: r.lang,
      q: r.questionTerms.join(' '),
      a: r.answerTerms.join(' '),
      t: r.tagTerms.join(' '),
      g: r.gramWords.join(' '),
      p: [...r.products],
      n: r.negated,
    })),
    lexicon: index.analyzers.lexicon.corpusWords(),
    feedback: index.feedback.toJSON(),
  }
}

/** Rebuilds a stored record from its snapshot form, without analyzing again. */
export function recordFromSnapshot(thread: Thread, analyzed: FaqIndexSnapshot['analyzed'][number]): StoredThread {
  return {
    thread,
    lang: analyzed.lang,
    questionTerms: split(analyzed.q),
    answerTerms: split(analyzed.a),
    tagTerms: split(analyzed.t),
    gramWords: split(analyzed.g),
    products: analyzed.p,
    negated: analyzed.n,
  }
}

function split(text: string): string[] {
  return text ? text.split(' ') : []
}
