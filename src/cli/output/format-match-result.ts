import type { Decision, MatchResult } from '../../types.js'
import type { Palette } from './colors.js'
import { highlightTerms } from './highlight.js'
import { formatTable } from './table.js'

/** Thread questions longer than this are shortened in the table; the top thread's is shown in full below it. */
const TABLE_QUESTION_CHARS = 80

const DECISION_TEXT: Record<Decision, string> = {
  reuse: 'the top thread answers this question; its answer can be sent as it is.',
  suggest: 'the top thread probably answers this question; check its answer before sending it.',
  new: 'no thread answers this question well enough; it needs a new answer.',
}

/**
 * A match result as a person reads it: the decision, a table of the matches with their confidence
 * and the matched words highlighted in each thread's question, then the top thread's question and
 * the answer to reuse (for `reuse` and `suggest`).
 */
export function formatMatchResult(result: MatchResult, colors: Palette): string {
  const lines: string[] = []
  const decisionColor = result.decision === 'reuse' ? colors.green : result.decision === 'suggest' ? colors.yellow : colors.red
  lines.push(`${colors.bold('Decision:')} ${decisionColor(colors.bold(result.decision))} — ${DECISION_TEXT[result.decision]}`)
  if (result.matches.length === 0) {
    lines.push('', colors.dim('No thread shares a word with this question.'))
    return lines.join('\n') + '\n'
  }
  const mark = colors.isColorSupported ? (word: string) => colors.bold(colors.cyan(word)) : (word: string) => `*${word}*`
  const header = ['#', 'Confidence', 'Thread', 'Question'].map((title) => colors.dim(title))
  const rows = result.matches.map((match, i) => [
    String(i + 1),
    formatPercent(match.confidence),
    match.threadId,
    highlightTerms(match.thread.question, match.matchedTerms, match.thread.lang ?? result.lang, { mark, maxChars: TABLE_QUESTION_CHARS }),
  ])
  lines.push('', formatTable([header, ...rows], { align: ['right', 'right', 'left', 'left'] }))

  const top = result.matches[0]!
  if (result.decision !== 'new') {
    lines.push('', colors.bold(`Question of ${top.threadId}:`), highlightTerms(top.thread.question, top.matchedTerms, top.thread.lang ?? result.lang, { mark }))
    const heading = result.decision === 'reuse' ? 'Answer to reuse' : 'Suggested answer (check before sending)'
    lines.push('', colors.bold(`${heading}:`), top.thread.answer.trim() === '' ? colors.dim('(this thread has no answer yet)') : top.thread.answer)
  }
  return lines.join('\n') + '\n'
}

/** A confidence (0..1) as a whole percentage; "<1%" instead of a misleading "0%". */
export function formatPercent(confidence: number): string {
  const percent = Math.round(confidence * 100)
  return percent === 0 && confidence > 0 ? '<1%' : `${percent}%`
}
