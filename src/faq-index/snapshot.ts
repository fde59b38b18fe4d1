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
    words: index.store.wordIndexToJSON(),
    staleGrams: index.store.staleGramsToJSON(),
    feedback: index.feedback.toJSON(),
  }
}

/** One thread of a snapshot, decoded: the record (with the store's shared strings) and the ids of its lists. */
export interface DecodedRecord {
  readonly record: StoredThread
  readonly ids: { readonly question: number[]; readonly answer: number[]; readonly tags: number[]; readonly words: number[] }
}

/**
 * Rebuilds a stored record from its snapshot form, without analyzing again: `texts` and `ids` map
 * a snapshot string id to the store's shared string and its id (`ThreadStore.internAll`).
 * Undefined when the encoded form is damaged.
 */
export function recordFromSnapshot(thread: Thread, encoded: string, texts: readonly string[], ids: readonly number[]): DecodedRecord | undefined {
  const flags = FLAGS[encoded.charAt(0)]
  if (!flags) return undefined
  const lists: number[][] = []
  let start = 1
  for (let i = 0; i < 5; i++) {
    const separator = i < 4 ? encoded.indexOf(LIST_SEPARATOR, start) : -1
    if (i < 4 && separator < 0) return undefined
    const end = i < 4 ? separator : encoded.length
    const list = decodeIds(encoded, start, end, texts.length)
    if (!list) return undefined
    lists.push(list)
    start = end + 1
  }
  const toTexts = (list: readonly number[]) => {
    const out = new Array<string>(list.length)
    for (let i = 0; i < list.length; i++) out[i] = texts[list[i]!]!
    return out
  }
  const toIds = (list: number[]) => {
    for (let i = 0; i < list.length; i++) list[i] = ids[list[i]!]!
    return list
  }
  const record: StoredThread = {
    thread,
    lang: flags.lang,
    questionTerms: toTexts(lists[0]!),
    answerTerms: toTexts(lists[1]!),
    tagTerms: toTexts(lists[2]!),
    gramWords: toTexts(lists[3]!),
    products: toTexts(lists[4]!),
    negated: flags.negated,
  }
  return { record, ids: { question: toIds(lists[0]!), answer: toIds(lists[1]!), tags: toIds(lists[2]!), words: toIds(lists[3]!) } }
}

/** The lexicon words of a snapshot; undefined when damaged. */
export function lexiconFromSnapshot(encoded: string, strings: readonly string[]): string[] | undefined {
  return decodeIds(encoded, 0, encoded.length, strings.length)?.map((id) => strings[id]!)
}
