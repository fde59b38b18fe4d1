import { findDuplicates } from '../duplicates/find-duplicates.js'
import type { FaqIndex } from '../faq-index/faq-index.js'
import { DEFAULT_MIN_SIMILARITY } from '../schemas/duplicate-options.js'
import type { DuplicateThreadGroup } from './evaluation-report.js'

/**
 * Duplicate-looking threads of the corpus under evaluation, as plain report data with the
 * questions, so a content team sees why two threads compete for the same queries.
 */
export function duplicateGroups(index: FaqIndex, minSimilarity = DEFAULT_MIN_SIMILARITY): { minSimilarity: number; groups: DuplicateThreadGroup[] } {
  const groups = findDuplicates(index, { minSimilarity }).map((cluster) => ({
    id: cluster.id,
    canonicalThreadId: cluster.canonicalThreadId,
    threadIds: [...cluster.threadIds],
    questions: cluster.threadIds.map((id) => index.get(id)?.question ?? ''),
    maxSimilarity: Math.max(0, ...cluster.pairs.map((p) => p.score)),
  }))
  return { minSimilarity, groups }
}
