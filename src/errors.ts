/**
 * Typed errors with stable codes. Every failure a caller can act on has its own subclass;
 * messages read `faqmatch: <what> (<got>). <how to fix>`.
 */

/** Stable error codes: safe to switch on, never renamed. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'DUPLICATE_THREAD'
  | 'UNKNOWN_THREAD'
  | 'SNAPSHOT_VERSION'
  | 'SNAPSHOT_ANALYZER_MISMATCH'
  | 'SNAPSHOT_CORRUPT'
  | 'CORPUS_INVALID'
  | 'CORPUS_UNREADABLE'

/** One problem with an input, located by its path (`threads[3].question`, `line 12: answer`). */
export interface InputIssue {
  readonly path: string
  readonly message: string
}

/** Base class of every error faqmatch throws from public code. */
export class FaqMatchError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = new.target.name
    this.code = code
  }
}

/** Bad arguments: wrong types, empty or over-long text, unknown option keys. Lists every issue. */
export class InvalidInputError extends FaqMatchError {
  readonly issues: readonly InputIssue[]

  constructor(issues: readonly InputIssue[], what = 'invalid input') {
    super('INVALID_INPUT', `faqmatch: ${what} (${formatIssues(issues)}). Fix the listed fields and call again.`)
    this.issues = issues
  }
}

/** A thread id that is already in the index was added again. */
export class DuplicateThreadError extends FaqMatchError {
  readonly threadIds: readonly string[]

  constructor(threadIds: readonly string[]) {
    super(
      'DUPLICATE_THREAD',
      `faqmatch: thread id already indexed (${threadIds.slice(0, 5).join(', ')}${threadIds.length > 5 ? ', …' : ''}). Use update() to replace a thread, or give it a new id.`,
    )
    this.threadIds = threadIds
  }
}

/** An operation named a thread id that the index does not hold. */
export class UnknownThreadError extends FaqMatchError {
  readonly threadId: string

  constructor(threadId: string) {
    super('UNKNOWN_THREAD', `faqmatch: no thread with this id (${JSON.stringify(threadId)}). Check has(id) first, or add the thread.`)
    this.threadId = threadId
  }
}

/** A snapshot that cannot be loaded: other version, other analyzer, or damaged. */
export class SnapshotError extends FaqMatchError {
  constructor(code: 'SNAPSHOT_VERSION' | 'SNAPSHOT_ANALYZER_MISMATCH' | 'SNAPSHOT_CORRUPT', message: string, options?: { cause?: unknown }) {
    super(code, message, options)
  }
}

/** A corpus file with rows that do not validate; lists every bad row with its line number. */
export class CorpusError extends FaqMatchError {
  readonly issues: readonly InputIssue[]
  readonly file: string

  constructor(file: string, issues: readonly InputIssue[], code: 'CORPUS_INVALID' | 'CORPUS_UNREADABLE' = 'CORPUS_INVALID') {
    super(
      code,
      code === 'CORPUS_UNREADABLE'
        ? `faqmatch: cannot read corpus (${file}: ${formatIssues(issues)}). Check the path and the file format (.jsonl, .json, .csv).`
        : `faqmatch: corpus has invalid rows (${file}: ${formatIssues(issues)}). Fix these rows, or load with { skipInvalid: true }.`,
    )
    this.issues = issues
    this.file = file
  }
}

const MAX_ISSUES_IN_MESSAGE = 5

function formatIssues(issues: readonly InputIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES_IN_MESSAGE).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
  const more = issues.length - shown.length
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '')
}

/** True for any error thrown by faqmatch (also across bundle copies, by shape). */
export function isFaqMatchError(error: unknown): error is FaqMatchError {
  return error instanceof FaqMatchError || (error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && error.name.endsWith('Error') && 'code' in error && error.message.startsWith('faqmatch:'))
}
