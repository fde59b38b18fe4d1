import type { Thread } from '../types.js'
import { ThreadSchema } from '../schemas/thread.js'
import { toInputIssues } from '../schemas/to-input-error.js'
import { InvalidInputError, type InputIssue } from '../errors.js'

/**
 * Validates a whole batch before anything is indexed; the error lists every bad thread with its
 * path (`threads[3].question: must not be empty`), including ids repeated within the batch.
 */
export function validateThreads(threads: unknown, root = 'threads'): Thread[] {
  if (!Array.isArray(threads)) {
    throw new InvalidInputError([{ path: root, message: `must be an array of threads, got ${threads === null ? 'null' : typeof threads}` }], 'invalid threads')
  }
  const issues: InputIssue[] = []
  const valid: Thread[] = []
  const seen = new Map<string, number>()
  threads.forEach((raw, i) => {
    const path = root === 'thread' ? 'thread' : `${root}[${i}]`
    const result = ThreadSchema.safeParse(raw)
    if (!result.success) {
      issues.push(...toInputIssues(result.error, path))
      return
    }
    const first = seen.get(result.data.id)
    if (first !== undefined) issues.push({ path: `${path}.id`, message: `repeats the id of ${root}[${first}] (${JSON.stringify(result.data.id)})` })
    else seen.set(result.data.id, i)
    valid.push(withoutUndefined(result.data) as Thread)
  })
  if (issues.length) throw new InvalidInputError(issues, `invalid ${root}`)
  return valid
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
