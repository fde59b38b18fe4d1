import { createInterface } from 'node:readline'
import type { Command } from 'commander'
import { FaqMatchError } from '../../errors.js'
import { paletteFor } from '../output/colors.js'
import { formatJson } from '../output/json.js'
import { formatMatchResult } from '../output/format-match-result.js'
import { errorLine } from '../errors.js'
import { EXIT_CODES } from '../exit-codes.js'
import { loadIndex } from '../load-index.js'
import { answerOptions, type AnswerOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'

/** Typed alone on a line, ends the session (like Node's REPL); so does Ctrl+D or the end of piped input. */
const EXIT_WORD = '.exit'

const EXAMPLES = `
Examples:
  $ faqmatch repl
  $ faqmatch repl --index index.json --limit 3
  $ printf 'Passwort vergessen\\nRouter blinkt rot\\n' | faqmatch repl --corpus corpus/de-service --json

Each line of input is one question. On a terminal, type ${EXIT_WORD} or press Ctrl+D to quit.
With piped input every line is answered and the command ends at the end of the input; --json then
writes one JSON object per line (JSON Lines). An invalid question (e.g. too long) is reported on
stderr and the session goes on; the exit code is then 3.`

/** `faqmatch repl`: loads the index once, then answers question after question from stdin. */
export function registerReplCommand(program: Command, terminal: Terminal): Command {
  const command = program.command('repl').description('answer question after question from stdin (interactive, or piped lines)')
  for (const option of answerOptions()) command.addOption(option)
  return command.addHelpText('after', EXAMPLES).action(async (options: AnswerOptions) => {
    const { index, origin } = await loadIndex(options, options.lang ? { language: options.lang } : {})
    const interactive = terminal.stdin.isTTY === true && terminal.stdout.isTTY === true
    const colors = paletteFor(terminal.stdout, terminal.env)
    const lines = createInterface({ input: terminal.stdin, ...(interactive ? { output: terminal.stdout, terminal: true } : { terminal: false }) })
    lines.setPrompt(colors.bold('question> '))
    if (interactive) {
      terminal.stdout.write(colors.dim(`${index.size} threads from ${origin}. Type a question, or ${EXIT_WORD} (Ctrl+D) to quit.\n`))
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
  })
}
