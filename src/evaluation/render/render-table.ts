import type { DuplicateThreadGroup, EvaluationReport, TagEvaluation, WorstMiss } from '../evaluation-report.js'
import { formatCount, formatScore, formatShare, formatThreshold } from './format-figures.js'
import { textTable, truncate } from './text-table.js'

/** Tags listed in the table; the HTML page and the JSON have all of them. */
const MAX_TAGS_SHOWN = 30
/** Threads listed per duplicate group; a chained group can hold most of a corpus. */
const MAX_GROUP_THREADS_SHOWN = 10

/**
 * The report as plain text for people: summary, ranking, decisions, per tag, the
 * precision/coverage curve and the worst misses. No colors or escape codes (a CLI may add them);
 * every line ends in "\n".
 * @example
 * renderTable(evaluate(index, queries))
 * //=> 'faqmatch evaluation: 211 queries (211 answerable, 0 out of scope) on 435 threads\n…'
 */
export function renderTable(report: EvaluationReport): string {
  const { overall, thresholds } = report
  const d = overall.decisions
  const sections = [
    [
      `faqmatch evaluation: ${overall.queries} queries (${overall.answerable} answerable, ${overall.outOfScope} out of scope) on ${report.threads} threads`,
      `Thresholds: reuse at confidence ≥ ${formatThreshold(thresholds.reuseMinConfidence)}, suggest at ≥ ${formatThreshold(thresholds.suggestMinConfidence)}`,
    ].join('\n'),
    [
      'Ranking (answerable queries)',
      textTable(
        ['metric', 'value'],
        [
          ['hit@1', formatShare(overall.metrics.hitAt1)],
          ['hit@5', formatShare(overall.metrics.hitAt5)],
          [`MRR@${report.k}`, formatScore(overall.metrics.mrrAtK)],
        ],
        ['left', 'right'],
      ),
    ].join('\n'),
    [
      'Decisions (all queries)',
      textTable(
        ['decision', 'queries', 'of which'],
        [
          ['reuse (auto-answered)', formatCount(d.reuse, overall.queries), `${d.reuseWrong} wrong (${d.reuseOutOfScope} out of scope), precision ${formatShare(d.reusePrecision)}`],
          ['suggest', formatCount(d.suggest, overall.queries), `${d.suggestCorrect} with the right thread on top`],
          ['new', formatCount(d.new, overall.queries), `${d.outOfScopeNew} of ${overall.outOfScope} out-of-scope correctly, ${d.answerableNew} answerable missed`],
        ],
        ['left', 'right', 'left'],
      ),
    ].join('\n'),
  ]
  if (report.tags.length) sections.push(tagSection(report.tags, report.k))
  sections.push(curveSection(report))
  sections.push(missesSection(report.worstMisses, report.misses))
  if (report.duplicates) sections.push(duplicatesSection(report.duplicates.groups, report.duplicates.minSimilarity))
  return sections.join('\n\n') + '\n'
}

function tagSection(tags: readonly TagEvaluation[], k: number): string {
  const shown = tags.slice(0, MAX_TAGS_SHOWN)
  const rows = shown.map((t) => [
    truncate(t.tag, 30),
    String(t.queries),
    formatShare(t.metrics.hitAt1),
    formatShare(t.metrics.hitAt5),
    formatScore(t.metrics.mrrAtK),
    String(t.decisions.reuse),
    String(t.decisions.reuseWrong),
    t.outOfScope === 0 ? '–' : `${t.decisions.outOfScopeNew}/${t.outOfScope}`,
  ])
  const more = tags.length - shown.length
  return [
    'Per tag (query tags and tags of the expected threads)',
    textTable(['tag', 'queries', 'hit@1', 'hit@5', `MRR@${k}`, 'reuse', 'wrong', 'out of scope → new'], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']),
    ...(more > 0 ? [`… and ${more} more tags`] : []),
  ].join('\n')
}

function curveSection(report: EvaluationReport): string {
  const marks = (t: number) =>
    [t === report.thresholds.reuseMinConfidence ? '← reuse' : '', t === report.thresholds.suggestMinConfidence ? '← suggest' : ''].filter(Boolean).join(' ')
  const rows = report.curve.map((p) => [formatThreshold(p.threshold), formatShare(p.coverage), formatShare(p.precision), String(p.autoAnswered), String(p.wrong), marks(p.threshold)])
  return [
    'Auto-answering at each confidence threshold (coverage: share of queries answered; precision: share of those right)',
    textTable(['threshold', 'coverage', 'precision', 'answered', 'wrong', ''], rows, ['right', 'right', 'right', 'right', 'right', 'left']),
  ].join('\n')
}

function missesSection(misses: readonly WorstMiss[], total: number): string {
  if (misses.length === 0) return total === 0 ? 'Worst misses: none, every top match is right' : `Worst misses: ${total} (none listed)`
  const rows = misses.map((m) => [
    truncate(m.queryId, 20),
    truncate(m.text, 40),
    m.expected.length === 0 ? '(none: out of scope)' : truncate(m.expected.map((e) => `${e.threadId}${e.rank === null ? '' : ` #${e.rank}`}`).join(', '), 30),
    truncate(m.winner.threadId, 30),
    formatScore(m.winner.confidence),
    m.decision,
  ])
  return [
    `Worst misses (${misses.length} of ${total} wrong top matches, most confident first; #n: rank of the expected thread)`,
    textTable(['query', 'text', 'expected', 'won instead', 'confidence', 'decision'], rows, ['left', 'left', 'left', 'left', 'right', 'left']),
  ].join('\n')
}

function duplicatesSection(groups: readonly DuplicateThreadGroup[], minSimilarity: number): string {
  const title = `Duplicate-looking threads (similarity ≥ ${formatThreshold(minSimilarity)})`
  if (groups.length === 0) return `${title}: none`
  const rows = groups.flatMap((g) => {
    const shown = g.threadIds.slice(0, MAX_GROUP_THREADS_SHOWN).map((id, i) => [i === 0 ? truncate(g.id, 20) : '', truncate(id, 30), truncate(g.questions[i] ?? '', 50), i === 0 ? formatScore(g.maxSimilarity) : ''])
    const more = g.threadIds.length - MAX_GROUP_THREADS_SHOWN
    return more > 0 ? [...shown, ['', `… and ${more} more`, '', '']] : shown
  })
  return [`${title}: ${groups.length} groups, canonical thread first`, textTable(['group', 'thread', 'question', 'similarity'], rows, ['left', 'left', 'left', 'right'])].join('\n')
}
