import type { FaqIndex } from '../faq-index/faq-index.js'
import { InvalidInputError, type InputIssue } from '../errors.js'
import { LabelledQuerySchema, type LabelledQuery } from '../schemas/thread.js'
import { toInputIssues } from '../schemas/to-input-error.js'

/**
 * Checks every labelled query before any is matched, and lists every problem at once
 * (`queries[3].text: must not be empty`): a row that does not validate, an id used twice, or a
 * relevant thread id the index does not hold (it could never be found, so every metric would
 * silently count it as a miss), or a text longer than the index's `maxQueryChars` (`match` would
 * refuse it half-way through the run).
 */
export function validateQueries(queries: unknown, index: FaqIndex, maxQueryChars?: number): LabelledQuery[] {
  if (!Array.isArray(queries)) {
    throw new InvalidInputError([{ path: 'queries', message: `must be an array of labelled queries, got ${queries === null ? 'null' : typeof queries}` }], 'invalid queries')
  }
  if (queries.length === 0) throw new InvalidInputError([{ path: 'queries', message: 'must hold at least one labelled query' }], 'invalid queries')
  const issues: InputIssue[] = []
  const valid: LabelledQuery[] = []
  const firstIndexOfId = new Map<string, number>()
  queries.forEach((raw: unknown, i) => {
    const parsed = LabelledQuerySchema.safeParse(raw)
    if (!parsed.success) {
      issues.push(...toInputIssues(parsed.error, `queries[${i}]`))
      return
    }
    const query = parsed.data
    if (maxQueryChars !== undefined && query.text.length > maxQueryChars) {
      issues.push({ path: `queries[${i}].text`, message: `must be at most ${maxQueryChars} characters (the index's maxQueryChars), got ${query.text.length}` })
    }
    const first = firstIndexOfId.get(query.id)
    if (first !== undefined) issues.push({ path: `queries[${i}].id`, message: `duplicate of queries[${first}].id (${JSON.stringify(query.id)})` })
    else firstIndexOfId.set(query.id, i)
    query.relevant.forEach((threadId, j) => {
      if (!index.has(threadId)) issues.push({ path: `queries[${i}].relevant[${j}]`, message: `no thread with this id in the index (${JSON.stringify(threadId)})` })
    })
    valid.push(query)
  })
  if (issues.length) throw new InvalidInputError(issues, 'invalid labelled queries')
  return valid
}
