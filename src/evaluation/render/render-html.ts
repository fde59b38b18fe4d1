import type { EvaluationReport, GroupEvaluation, TagEvaluation, WorstMiss } from '../evaluation-report.js'
import { escapeHtml } from './escape-html.js'
import { formatCount, formatScore, formatShare, formatThreshold } from './format-figures.js'
import { COVERAGE_COLOR, precisionCoverageChart, PRECISION_COLOR } from './precision-coverage-chart.js'

/** Inline styles only: the page must open from a mail attachment or a file share, offline. */
const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #111827; line-height: 1.45; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2.2rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { white-space: pre-line; border-bottom: 1px solid #e5e7eb; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f3f4f6; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.current td { background: #fef3c7; font-weight: 600; }
.cards { display: flex; flex-wrap: wrap; gap: 1rem; }
.card { border: 1px solid #e5e7eb; border-radius: 0.5rem; padding: 0.8rem 1rem; min-width: 10rem; }
.card .value { font-size: 1.6rem; font-weight: 600; }
.card .label { color: #4b5563; font-size: 0.85rem; }
.warn { color: #b91c1c; }
.legend span { display: inline-block; margin-right: 1.5rem; }
.swatch { display: inline-block; width: 1rem; height: 0.25rem; vertical-align: middle; margin-right: 0.4rem; }
.muted { color: #6b7280; }
`

/** Threads listed per duplicate group; a chained group can hold most of a corpus. */
const MAX_GROUP_THREADS_SHOWN = 50

type Cell = { readonly text: string; readonly numeric?: boolean }

const num = (text: string): Cell => ({ text, numeric: true })

function table(header: readonly Cell[], rows: readonly (readonly Cell[])[], rowClass: (i: number) => string = () => ''): string {
  const cell = (tag: 'th' | 'td', c: Cell) => `<${tag}${c.numeric ? ' class="num"' : ''}>${escapeHtml(c.text)}</${tag}>`
  const body = rows.map((r, i) => {
    const cls = rowClass(i)
    return `<tr${cls ? ` class="${cls}"` : ''}>${r.map((c) => cell('td', c)).join('')}</tr>`
  })
  return `<table>\n<thead><tr>${header.map((c) => cell('th', c)).join('')}</tr></thead>\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`
}

function card(value: string, label: string, warn = false): string {
  return `<div class="card"><div class="value${warn ? ' warn' : ''}">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div></div>`
}

function summary(report: EvaluationReport): string {
  const { overall } = report
  const d = overall.decisions
  return `<div class="cards">
${card(formatShare(overall.metrics.hitAt1), 'hit@1: right thread on top')}
${card(formatShare(overall.metrics.hitAt5), 'hit@5: right thread in the first five')}
${card(formatScore(overall.metrics.mrrAtK), `MRR@${report.k}`)}
${card(formatCount(d.reuse, overall.queries), `auto-answered (reuse at ≥ ${formatThreshold(report.thresholds.reuseMinConfidence)})`)}
${card(String(d.reuseWrong), `of those wrong (precision ${formatShare(d.reusePrecision)})`, d.reuseWrong > 0)}
${card(overall.outOfScope === 0 ? '–' : `${d.outOfScopeNew} / ${overall.outOfScope}`, 'out-of-scope queries correctly "new"')}
</div>`
}

function groupRow(label: string, g: GroupEvaluation): Cell[] {
  const d = g.decisions
  return [
    { text: label },
    num(String(g.queries)),
    num(formatShare(g.metrics.hitAt1)),
    num(formatShare(g.metrics.hitAt5)),
    num(formatScore(g.metrics.mrrAtK)),
    num(String(d.reuse)),
    num(String(d.reuseWrong)),
    num(formatShare(d.reusePrecision)),
    num(String(d.suggest)),
    num(String(d.new)),
    num(g.outOfScope === 0 ? '–' : `${d.outOfScopeNew} / ${g.outOfScope}`),
  ]
}

function tagTable(report: EvaluationReport, tags: readonly TagEvaluation[]): string {
  const header: Cell[] = [
    { text: 'tag' },
    num('queries'),
    num('hit@1'),
    num('hit@5'),
    num(`MRR@${report.k}`),
    num('reuse'),
    num('reuse wrong'),
    num('reuse precision'),
    num('suggest'),
    num('new'),
    num('out of scope → new'),
  ]
  return table(header, [groupRow('all queries', report.overall), ...tags.map((t) => groupRow(t.tag, t))])
}

function curveTable(report: EvaluationReport): string {
  const { reuseMinConfidence, suggestMinConfidence } = report.thresholds
  const note = (t: number) => [t === reuseMinConfidence ? 'current reuse threshold' : '', t === suggestMinConfidence ? 'current suggest threshold' : ''].filter(Boolean).join(', ')
  const rows = report.curve.map((p) => [num(formatThreshold(p.threshold)), num(formatShare(p.coverage)), num(formatShare(p.precision)), num(String(p.autoAnswered)), num(String(p.wrong)), { text: note(p.threshold) }])
  return table(
    [num('threshold'), num('coverage'), num('precision'), num('auto-answered'), num('wrong'), { text: '' }],
    rows,
    (i) => (note(report.curve[i]!.threshold) ? 'current' : ''),
  )
}

function missesTable(misses: readonly WorstMiss[]): string {
  const expected = (m: WorstMiss) =>
    m.expected.length === 0 ? 'none: no thread answers it (should be "new")' : m.expected.map((e) => `${e.threadId} (${e.rank === null ? 'not in the results' : `rank ${e.rank}`}): ${e.question}`).join('\n')
  return table(
    [{ text: 'query' }, { text: 'expected' }, { text: 'won instead' }, num('confidence'), { text: 'decision' }],
    misses.map((m) => [
      { text: `${m.queryId}: ${m.text}` },
      { text: expected(m) },
      { text: `${m.winner.threadId}: ${m.winner.question}` },
      num(formatScore(m.winner.confidence)),
      { text: m.decision },
    ]),
  )
}

function duplicatesSection(report: EvaluationReport): string {
  if (!report.duplicates) return ''
  const { groups, minSimilarity } = report.duplicates
  const intro = `<p class="muted">${escapeHtml(`Threads that look like the same question (duplicate probability ≥ ${formatThreshold(minSimilarity)}): merge them, or make them distinct, or queries split between them.`)}</p>`
  if (groups.length === 0) return `<h2>Duplicate-looking threads</h2>\n${intro}\n<p>None found.</p>`
  const rows = groups.map((g) => [
    { text: `${g.canonicalThreadId}: ${g.questions[0] ?? ''}` },
    { text: [...g.threadIds.slice(1, MAX_GROUP_THREADS_SHOWN).map((id, i) => `${id}: ${g.questions[i + 1] ?? ''}`), ...(g.threadIds.length > MAX_GROUP_THREADS_SHOWN ? [`… and ${g.threadIds.length - MAX_GROUP_THREADS_SHOWN} more (all in the JSON report)`] : [])].join('\n') },
    num(formatScore(g.maxSimilarity)),
  ])
  return `<h2>Duplicate-looking threads (${groups.length} groups)</h2>\n${intro}\n${table([{ text: 'keep' }, { text: 'looks like' }, num('similarity')], rows)}`
}

/**
 * The report as one self-contained HTML page (no scripts, no external assets; every text
 * escaped): summary figures, an SVG chart of precision and coverage of auto-answering over the
 * confidence threshold with the current thresholds marked, the curve as a table, per-tag figures
 * and the worst misses. Made for a content team to pick `reuseMinConfidence` by looking at it.
 * @example
 * await writeFile('report.html', renderHtml(evaluate(index, queries)))
 */
export function renderHtml(report: EvaluationReport): string {
  const { overall } = report
  const title = `faqmatch evaluation: ${overall.queries} queries on ${report.threads} threads`
  const misses =
    report.worstMisses.length === 0
      ? `<p>${report.misses === 0 ? 'None: every top match is right.' : `${report.misses} wrong top matches (none listed).`}</p>`
      : `<p class="muted">${escapeHtml(`${report.worstMisses.length} of ${report.misses} wrong top matches, the most confident first: these are the ones that go out as automatic answers when the threshold is low enough. Add the query as a variant of the expected thread, or sharpen the thread that won.`)}</p>\n${missesTable(report.worstMisses)}`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="muted">${escapeHtml(`${overall.answerable} answerable queries, ${overall.outOfScope} out of scope (no thread answers them). Reuse at confidence ≥ ${formatThreshold(report.thresholds.reuseMinConfidence)}, suggest at ≥ ${formatThreshold(report.thresholds.suggestMinConfidence)}. Ranking metrics count answerable queries; an auto-answer is wrong when its thread is not relevant or no thread answers the query.`)}</p>
${summary(report)}
<h2>Choosing the reuse threshold</h2>
<p class="muted">Coverage: share of all queries that would be answered automatically at this threshold. Precision: share of those answers that are right. Move the threshold right until precision is what you can accept.</p>
<p class="legend"><span><span class="swatch" style="background:${COVERAGE_COLOR}"></span>coverage</span><span><span class="swatch" style="background:${PRECISION_COLOR}"></span>precision</span></p>
${precisionCoverageChart(report)}
${curveTable(report)}
<h2>Per tag</h2>
<p class="muted">A query counts under its own tags and under the tags of the threads that answer it.</p>
${report.tags.length === 0 ? '<p>No tags on the queries or their threads.</p>' : tagTable(report, report.tags)}
<h2>Worst misses</h2>
${misses}
${duplicatesSection(report)}
</body>
</html>
`
}
