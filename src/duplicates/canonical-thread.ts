import type { Thread } from '../types.js'

/**
 * The thread a duplicate cluster is merged into: one with an answer first, then the most
 * confirmations (people confirmed it answers other wordings), then the oldest `createdAt`
 * (threads without a date count as newest), then the smallest id, so the choice is stable.
 */
export function canonicalThread(threads: readonly Thread[], confirmations: (id: string) => number): Thread {
  return [...threads].sort(
    (x, y) =>
      Number(!x.answer.trim()) - Number(!y.answer.trim()) ||
      confirmations(y.id) - confirmations(x.id) ||
      (x.createdAt ?? '\uffff').localeCompare(y.createdAt ?? '\uffff') ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  )[0]!
}
