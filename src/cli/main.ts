import { Command, CommanderError } from 'commander'
import { registerAskCommand } from './commands/ask.js'
import { registerDedupeCommand } from './commands/dedupe.js'
import { registerEvalCommand } from './commands/eval.js'
import { registerIndexCommand } from './commands/index-corpus.js'
import { registerRedactCommand } from './commands/redact.js'
import { registerReplCommand } from './commands/repl.js'
import { registerTrendsCommand } from './commands/trends.js'
import { errorDetails, errorLine, exitCodeFor, UsageError } from './errors.js'
import { EXIT_CODES, exitCodesHelp } from './exit-codes.js'
import { packageVersion } from './package-root.js'
import { debugOption } from './shared-options.js'
import { mistypedCommand } from './suggest-command.js'
import { processTerminal, type Terminal } from './terminal.js'

const PROGRAM_HELP = `
Examples:
  $ faqmatch "Wie ändere ich meine Rechnungsadresse?"          answer from the bundled German corpus
  $ faqmatch "Router blinkt rot" --limit 3 --json               top 3 as JSON
  $ faqmatch index ./threads.jsonl -o index.json                build and save an index
  $ faqmatch "Passwort vergessen" --index index.json            answer from the saved index
  $ faqmatch repl --index index.json                            one question per line from stdin
  $ faqmatch redact mails.jsonl -o mails.redacted.jsonl         remove personal data
  $ faqmatch dedupe ./threads.jsonl                              find duplicate threads
  $ faqmatch trends messages.jsonl --window hour --index index.json   rising topics in messages

The default command is "ask": "faqmatch <question>" takes its options --corpus, --index, --limit,
--lang and --json (see "faqmatch ask --help"). Run "faqmatch <command> --help" for the options and
examples of each command.
Colors are used on a terminal only; set NO_COLOR=1 to turn them off.

${exitCodesHelp()}`

/**
 * Builds the `faqmatch` program: the commands, help texts, and errors as one line each
 * (commander's "Did you mean …?" folded into it).
 */
export function createProgram(terminal: Terminal): Command {
  const program = new Command('faqmatch')
    .description('Match customer questions to answered threads (German first, offline), build indexes, redact personal data, find duplicates and trending topics.')
    .usage('"<question>" [options]\n       faqmatch <command> [options]')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help (also: faqmatch <command> --help)')
    .addOption(debugOption())
    .showSuggestionAfterError(true)
    .exitOverride()
    .addHelpText('after', PROGRAM_HELP)
  program.configureOutput({ writeOut: (text) => void terminal.stdout.write(text), writeErr: (text) => void terminal.stderr.write(text) })

  registerAskCommand(program, terminal)
  registerIndexCommand(program, terminal)
  registerReplCommand(program, terminal)
  registerRedactCommand(program, terminal)
  registerEvalCommand(program, terminal)
  registerDedupeCommand(program, terminal)
  registerTrendsCommand(program, terminal)

  for (const command of [program, ...program.commands]) {
    const helpCommand = command === program ? 'faqmatch --help' : `faqmatch ${command.name()} --help`
    command.configureOutput({ outputError: (text, write) => write(commanderErrorLine(text, helpCommand) + '\n') })
  }
  return program
}

/** "error: unknown option '--limt'\n(Did you mean --limit?)" → "faqmatch: unknown option '--limt' (did you mean --limit?). See faqmatch --help." */
function commanderErrorLine(text: string, helpCommand: string): string {
  const [first = '', ...rest] = text.trim().split('\n')
  const what = first.replace(/^error:\s*/, '').replace(/\.$/, '')
  const suggestion = rest.join(' ').trim().replace(/^\((.*)\)$/, '$1').replace(/^Did/, 'did')
  return `faqmatch: ${what}${suggestion ? ` (${suggestion})` : ''}. See ${helpCommand}.`
}

/** Runs the command line `args` (without node and script) and resolves to the exit code. */
export async function main(args: readonly string[], terminal: Terminal = processTerminal()): Promise<number> {
  const debug = args.slice(0, args.includes('--') ? args.indexOf('--') : undefined).includes('--debug')
  try {
    const program = createProgram(terminal)
    if (args.length === 0) {
      terminal.stderr.write(program.helpInformation())
      return EXIT_CODES.usageError
    }
    const suggestion = args[0] !== undefined ? mistypedCommand(args[0], program.commands.map((c) => c.name())) : undefined
    if (suggestion) {
      throw new UsageError(`faqmatch: unknown command '${args[0]}' (did you mean ${suggestion}?). To ask a one-word question, write: faqmatch ask ${args[0]}`)
    }
    await program.parseAsync([...args], { from: 'user' })
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_CODES.ok
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usageError
    terminal.stderr.write(errorLine(error) + '\n')
    if (debug) terminal.stderr.write(errorDetails(error) + '\n')
    return exitCodeFor(error)
  }
}

// A reader that stops early (`faqmatch … | head -3`) is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT_CODES.ok)
  throw error
})

process.exitCode = await main(process.argv.slice(2))
