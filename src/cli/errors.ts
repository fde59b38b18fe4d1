import { CorpusError, FaqMatchError } from '../errors.js'
import { EXIT_CODES, type ExitCode } from './exit-codes.js'

/** The command line is wrong in a way commander cannot see (a question that looks like a mistyped command). */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

/** An input file is missing or unreadable (exit code 4). */
export class InputFileError extends Error {
  override readonly name = 'InputFileError'

  constructor(readonly path: string, cause: unknown) {
    super(`faqmatch: cannot read ${path} (${describeFsError(cause)}). Check the path.`, { cause })
  }
}

/** An input file was read, but part of it is invalid (exit code 3); `where` names file and line. */
export class InputDataError extends Error {
  override readonly name = 'InputDataError'

  constructor(where: string, problem: string, fix: string) {
    super(`faqmatch: invalid input (${where}: ${problem}). ${fix}`)
  }
}

/** An output file could not be written (exit code 1). */
export class OutputFileError extends Error {
  override readonly name = 'OutputFileError'

  constructor(readonly path: string, cause: unknown) {
    super(`faqmatch: cannot write ${path} (${describeFsError(cause)}). Check that the folder exists and is writable.`, { cause })
  }
}

/** The exit code for an error thrown by a command. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError) return EXIT_CODES.usageError
  if (error instanceof InputFileError) return EXIT_CODES.inputNotFound
  if (error instanceof InputDataError) return EXIT_CODES.invalidInput
  if (error instanceof FaqMatchError) return error.code === 'CORPUS_UNREADABLE' ? EXIT_CODES.inputNotFound : EXIT_CODES.invalidInput
  return EXIT_CODES.runtimeError
}

/** Corpus issues named in the one-line message; the rest are counted. */
const MAX_CORPUS_ISSUES_SHOWN = 3

/** One line for stderr: the error's own message when it is ours, otherwise a hint to use --debug. */
export function errorLine(error: unknown): string {
  if (error instanceof CorpusError && error.code === 'CORPUS_INVALID') return corpusErrorLine(error)
  const known = error instanceof FaqMatchError || error instanceof UsageError || error instanceof InputFileError || error instanceof InputDataError || error instanceof OutputFileError
  const message = error instanceof Error ? error.message : String(error)
  const line = known ? message : `faqmatch: unexpected error (${message}). Run again with --debug for the stack trace.`
  return line.replace(/\s*\n\s*/g, ' ').trim()
}

/** The library says "load with { skipInvalid: true }"; on the command line that is --skip-invalid. */
function corpusErrorLine(error: CorpusError): string {
  const shown = error.issues.slice(0, MAX_CORPUS_ISSUES_SHOWN).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message))
  const more = error.issues.length - shown.length
  const issues = shown.join('; ') + (more > 0 ? `; and ${more} more` : '')
  return `faqmatch: corpus has invalid rows (${error.file}: ${issues}). Fix these rows, or leave them out with --skip-invalid.`.replace(/\s*\n\s*/g, ' ')
}

/** The stack trace and causes, for `--debug`. */
export function errorDetails(error: unknown): string {
  const parts: string[] = []
  for (let current: unknown = error, depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(depth === 0 ? '' : 'Caused by:', current instanceof Error ? (current.stack ?? current.message) : String(current))
    current = current instanceof Error ? current.cause : undefined
  }
  return parts.filter(Boolean).join('\n')
}

function describeFsError(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a directory, expected a file'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    default:
      return cause instanceof Error ? cause.message : String(cause)
  }
}
