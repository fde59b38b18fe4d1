import type { z } from 'zod'
import { InvalidInputError, type InputIssue } from '../errors.js'

/** Turns zod issues into our paths (`threads[3].question: must not be empty`). */
export function toInputIssues(error: z.ZodError, rootPath = ''): InputIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(rootPath, issue.path), message: issue.message }))
}

export function formatPath(rootPath: string, path: readonly PropertyKey[]): string {
  let out = rootPath
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

/** Parses with a schema at the public boundary; a failure becomes an InvalidInputError. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, rootPath: string, what: string): z.output<S> {
  const result = schema.safeParse(value)
  if (!result.success) throw new InvalidInputError(toInputIssues(result.error, rootPath), what)
  return result.data
}
