import type { FaqIndex } from '../faq-index/faq-index.js'
import type { TagEvaluation } from './evaluation-report.js'
import { evaluateGroup } from './group-evaluation.js'
import type { QueryOutcome } from './query-outcome.js'

/**
 * The tags a query counts under: its own, and those of the threads that answer it. A content team
 * tags threads more often than test questions, so an untagged query still lands in its topic.
 */
export function tagsOfQuery(outcome: QueryOutcome, index: FaqIndex): string[] {
  const tags = new Set(outcome.query.tags ?? [])
  for (const threadId of outcome.query.relevant) for (const tag of index.get(threadId)?.tags ?? []) tags.add(tag)
  return [...tags]
}

/** One evaluation per tag, the tags with most queries first (then by name, for a stable order). */
export function tagEvaluations(outcomes: readonly QueryOutcome[], index: FaqIndex, k: number): TagEvaluation[] {
  const byTag = new Map<string, QueryOutcome[]>()
  for (const outcome of outcomes) {
    for (const tag of tagsOfQuery(outcome, index)) {
      const group = byTag.get(tag)
      if (group) group.push(outcome)
      else byTag.set(tag, [outcome])
    }
  }
  return [...byTag]
    .sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([tag, group]) => ({ tag, ...evaluateGroup(group, k) }))
}
