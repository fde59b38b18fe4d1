import { paletteFor } from '../output/colors.js'
import { formatJson } from '../output/json.js'
import { formatMatchResult } from '../output/format-match-result.js'
import { loadIndex } from '../load-index.js'
import type { AnswerOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'

/** Answers one question and prints the result (human-readable, or JSON with `--json`). */
export async function runAsk(words: readonly string[], options: AnswerOptions, terminal: Terminal): Promise<void> {
  const question = words.join(' ')
  const { index } = await loadIndex(options)
  const result = index.match(question, { limit: options.limit, ...(options.lang ? { lang: options.lang } : {}) })
  terminal.stdout.write(options.json ? formatJson({ question, ...result }) : formatMatchResult(result, paletteFor(terminal.stdout, terminal.env)))
}
