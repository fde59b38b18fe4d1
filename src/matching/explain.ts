import type { StoredThread } from '../store/stored-thread.js'
import type { TextProfile } from './text-profile.js'

/** The query's analyzed terms that the thread contains too (question, variants, answer, tags). */
export function matchedTerms(query: TextProfile, record: StoredThread): string[] {
  const present = new Set([...record.questionTerms, ...record.answerTerms, ...record.tagTerms])
  return query.distinctTerms.filter((t) => present.has(t))
}
