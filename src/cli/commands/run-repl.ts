import { createInterface } from 'node:readline'
import { FaqMatchError } from '../../errors.js'
import { paletteFor } from '../output/colors.js'
import { formatJson } from '../output/json.js'
import { formatMatchResult } from '../output/format-match-result.js'
import { errorLine } from '../errors.js'
import { EXIT_CODES } from '../exit-codes.js'
import { loadIndex } from '../load-index.js'
import type { AnswerOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import { EXIT_WORD } from './repl.js'


/** Loads the index once, then answers each line of stdin until `.exit` or the end of the input. */
export async function runRepl(options: AnswerOptions, terminal: Terminal): Promise<void> {
  const { index, origin } = await loadIndex(options)
  const interactive = terminal.stdin.isTTY === true && terminal.stdout.isTTY === true
  const colors = paletteFor(terminal.stdout, terminal.env)
  const lines = createInterface({ input: terminal.stdin, ...(interactive ? { output: terminal.stdout, terminal: true } : { terminal: false }) })
  lines.setPrompt(colors.bold('question> '))
  if (interactive) {
    terminal.stdout.write(colors.dim(`${index.size} threads from ${origin}. Type a question, or ${EXIT_WORD} (Ctrl+D) to quit.`) + '\n')
    lines.prompt()
  }
  for await (const line of lines) {
    const question = line.trim()
    if (question === EXIT_WORD) break
    if (question !== '') {
      try {
        const result = index.match(question, { limit: options.limit, ...(options.lang ? { lang: options.lang } : {}) })
        if (options.json) terminal.stdout.write(formatJson({ question, ...result }, 'line'))
        // Piped questions are not echoed by a terminal: name each one above its answer.
        else terminal.stdout.write((interactive ? '' : colors.bold(`> ${question}`) + '\n') + formatMatchResult(result, colors) + '\n')
      } catch (error) {
        // One bad question must not end the session; the exit code still tells a script about it.
        if (!(error instanceof FaqMatchError)) throw error
        terminal.stderr.write(errorLine(error) + '\n')
        process.exitCode = EXIT_CODES.invalidInput
      }
    }
    if (interactive) lines.prompt()
  }
  lines.close()
}
