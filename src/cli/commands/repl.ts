import type { Command } from 'commander'
import { answerOptions, type AnswerOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'

/** Typed alone on a line, ends the session (like Node's REPL); so does Ctrl+D or the end of piped input. */
export const EXIT_WORD = '.exit'

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
  return command.addHelpText('after', EXAMPLES).action(async (options: AnswerOptions) => (await import('./run-repl.js')).runRepl(options, terminal))
}
