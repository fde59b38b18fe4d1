import type { Command } from 'commander'
import { answerOptions, type AnswerOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'

const EXAMPLES = `
Examples:
  $ faqmatch "Wie ändere ich meine Rechnungsadresse?"
  $ faqmatch ask "Router blinkt rot" --limit 3
  $ faqmatch "Passwort vergessen" --index index.json --json
  $ faqmatch "Kündigung bestätigen" --corpus ./my-threads/ --lang de
  $ faqmatch ask -- "-20 % Rabatt noch gültig?"     (a question starting with "-")

Without --corpus or --index, faqmatch answers from the bundled German corpus (corpus/de-service).
The decision is "reuse" (send the top answer as it is), "suggest" (check it first) or "new".
With --json, stdout holds { question, decision, lang, matches: [{ threadId, score, confidence,
matchedTerms, thread }] }.`

/**
 * `faqmatch ask <question...>`, the default command: `faqmatch "<question>"` runs it. Prints the
 * decision, the top matches with confidence and highlighted words, and the answer to reuse.
 */
export function registerAskCommand(program: Command, terminal: Terminal): Command {
  const command = program
    .command('ask', { isDefault: true })
    .description('answer a question from a corpus or snapshot (the default command)')
    .argument('<question...>', 'the customer question (quote it, or write it as several words)')
  for (const option of answerOptions()) command.addOption(option)
  // The action loads the library on first use, so --help, --version and usage errors start fast.
  return command.addHelpText('after', EXAMPLES).action(async (words: string[], options: AnswerOptions) => (await import('./run-ask.js')).runAsk(words, options, terminal))
}
