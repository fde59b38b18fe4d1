/**
 * Exit codes of the `faqmatch` command, stable for scripts. The same table is printed by
 * `faqmatch --help`, so the documentation cannot drift from the code.
 */
export const EXIT_CODES = {
  /** Done; for a question, one was answered (whatever the decision). */
  ok: 0,
  /** Something failed that is not the input's fault: a file could not be written, or a bug. */
  runtimeError: 1,
  /** The command line is wrong: unknown command or option, missing argument, bad option value. */
  usageError: 2,
  /** An input file was read but its content is invalid: a corpus row, a snapshot, a JSONL line. */
  invalidInput: 3,
  /** An input file does not exist or cannot be read. */
  inputNotFound: 4,
} as const

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES]

const EXIT_CODE_MEANINGS: readonly (readonly [ExitCode, string])[] = [
  [EXIT_CODES.ok, 'ok'],
  [EXIT_CODES.runtimeError, 'runtime error (could not write output, unexpected failure)'],
  [EXIT_CODES.usageError, 'usage error (unknown command or option, bad option value)'],
  [EXIT_CODES.invalidInput, 'invalid input data (corpus row, snapshot, JSONL line; named with file and line)'],
  [EXIT_CODES.inputNotFound, 'input file not found or not readable'],
]

/** The exit code table as help text. */
export function exitCodesHelp(): string {
  return ['Exit codes:', ...EXIT_CODE_MEANINGS.map(([code, meaning]) => `  ${code}  ${meaning}`)].join('\n')
}
