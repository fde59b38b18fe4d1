import type { FaqIndexImpl } from './faq-index.js'
import type { StoredThread } from '../store/stored-thread.js'
import type { Language, Thread } from '../types.js'
import { SNAPSHOT_VERSION, type FaqIndexSnapshot } from '../schemas/snapshot.js'
import { decodeIds, encodeIds, LIST_SEPARATOR } from './snapshot-codec.js'

/** Flag character of an encoded record: language, upper case when the question is negated. */
const FLAGS: Readonly<Record<string, { lang: Language; negated: boolean }>> = {
  d: { lang: 'de', negated: false },
  D: { lang: 'de', negated: true },
  e: { lang: 'en', negated: false },
  E: { lang: 'en', negated: true },
}

/** Serialises an index. Threads are stored as indexed: redacted unless redaction was turned off. */
export function buildSnapshot(index: FaqIndexImpl): FaqIndexSnapshot {
  const records = [...index.store.all()]
  const lexicon = index.analyzers.lexicon.corpusWords()
  // One dictionary for every string, most frequent first, so frequent ids are one character.
  const counts = new Map<string, number>()
  const count = (list: readonly string[]) => {
    for (const text of list) counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  for (const r of records) {
    count(r.questionTerms)
    count(r.answerTerms)
    count(r.tagTerms)
    count(r.gramWords)
    count(r.products)
  }
  count(lexicon)
  const strings = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0))
  const ids = new Map(strings.map((text, id) => [text, id]))
  const encode = (list: readonly string[]) => encodeIds(list.map((text) => ids.get(text)!))
  return {
    format: 'faqmatch-index',
    version: SNAPSHOT_VERSION,
    analyzerFingerprint: index.analyzers.fingerprints(),
    options: { ...index.options },
    threads: records.map((r) => r.thread as FaqIndexSnapshot['threads'][number]),
    strings,
    analyzed: records.map((r) =>
      [
        (r.lang === 'de' ? 'd' : 'e')[r.negated ? 'toUpperCase' : 'toLowerCase']() + encode(r.questionTerms),
        encode(r.answerTerms),
        encode(r.tagTerms),
        encode(r.gramWords),
        encode(r.products),
      ].join(LIST_SEPARATOR),
    ),
    lexicon: encode(lexicon),
    feedback: index.feedback.toJSON(),
  }
}

/**
 * Rebuilds a stored record from its snapshot form, without analyzing again; undefined when the
 * encoded form is damaged.
 */
export function recordFromSnapshot(thread: Thread, encoded: string, strings: readonly string[]): StoredThread | undefined {
  const flags = FLAGS[encoded.charAt(0)]
  if (!flags) return undefined
  const lists: string[][] = []
  let start = 1
  for (let i = 0; i < 5; i++) {
    const separator = i < 4 ? encoded.indexOf(LIST_SEPARATOR, start) : -1
    if (i < 4 && separator < 0) return undefined
    const end = i < 4 ? separator : encoded.length
    const list = decodeIds(encoded, start, end, strings.length, (id) => strings[id]!)
    if (!list) return undefined
    lists.push(list)
    start = end + 1
  }
  return {
    thread,
    lang: flags.lang,
    questionTerms: lists[0]!,
    answerTerms: lists[1]!,
    tagTerms: lists[2]!,
    gramWords: lists[3]!,
    products: lists[4]!,
    negated: flags.negated,
  }
}

/** The lexicon words of a snapshot; undefined when damaged. */
export function lexiconFromSnapshot(encoded: string, strings: readonly string[]): string[] | undefined {
  return decodeIds(encoded, 0, encoded.length, strings.length, (id) => strings[id]!)
}
