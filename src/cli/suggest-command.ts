import { editDistance } from '../analysis/edit-distance.js'

/**
 * A first argument is taken for a mistyped command, not a one-word question, when it is this close
 * (edits) to a command name: one edit for names up to four letters ("repl"), two for longer ones
 * ("idnex" → index). German questions start with a capital letter and rarely are one lowercase word.
 */
const MAX_EDITS_SHORT = 1
const MAX_EDITS_LONG = 2
const SHORT_NAME_CHARS = 4

/**
 * The command `word` was probably meant to be, or undefined. Only lowercase single words qualify;
 * `faqmatch ask <word>` asks a one-word question that looks like a command.
 * @example
 * mistypedCommand('idnex', ['ask', 'index', 'repl', 'redact']) //=> 'index'
 * mistypedCommand('Rechnung', ['ask', 'index', 'repl', 'redact']) //=> undefined
 */
export function mistypedCommand(word: string, commands: readonly string[]): string | undefined {
  if (!/^[a-z][a-z-]*$/.test(word) || commands.includes(word)) return undefined
  let best: { name: string; edits: number } | undefined
  for (const name of commands) {
    const edits = editDistance(word, name)
    const allowed = name.length <= SHORT_NAME_CHARS ? MAX_EDITS_SHORT : MAX_EDITS_LONG
    if (edits <= allowed && (!best || edits < best.edits)) best = { name, edits }
  }
  return best?.name
}
