#!/usr/bin/env node
// Issue 4's quality bar: faqmatch and its peers side by side, in one run, on every labelled set
// (../shared/datasets, read at run time, and the bundled corpus/*/). Per set and system: MRR@10,
// hit@1, hit@5, index build ms, median ms/query; macro averages per language; faqmatch's
// calibration (reliability, precision at confidence, "new" decisions on out-of-scope queries).
// Writes benchmarks/results/quality.{json,md}.
//
// Usage: node benchmarks/quality.mjs [--systems=faqmatch,lunr] [--datasets=massive-de,...]
//   env FAQMATCH_DATASETS: another datasets folder.
import { mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { listDatasets, loadDataset, sharedDatasetsDir } from './lib/discover-datasets.mjs'
import { createRankingScorer, selfCheckRankingMetrics } from './lib/ranking-metrics.mjs'
import { latencySummary, selfCheckPercentile } from './lib/percentile.mjs'
import { reliabilityTable, precisionAtConfidence, expectedCalibrationError, selfCheckCalibration } from './lib/calibration.mjs'
import { markdownTable } from './lib/markdown-table.mjs'
import { machineInfo } from './lib/machine-info.mjs'
import { fixed, percent, signed, ms } from './lib/format.mjs'
import { PEERS } from './lib/peers.mjs'
import { loadFaqmatch } from './lib/faqmatch-system.mjs'

const RESULTS_DIR = fileURLToPath(new URL('./results/', import.meta.url))
const K = 10

selfCheckRankingMetrics()
selfCheckPercentile()
selfCheckCalibration()

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]?.split(',')
const onlySystems = arg('systems')
const onlyDatasets = arg('datasets')

const sharedDir = sharedDatasetsDir()
if (!existsSync(sharedDir)) console.log(`skipped: ../shared/datasets not found (${sharedDir}; set FAQMATCH_DATASETS to use another folder)`)
const sets = listDatasets().filter((d) => !onlyDatasets || onlyDatasets.includes(d.name))
if (sets.length === 0) {
  console.log('quality: no labelled sets to evaluate (neither ../shared/datasets nor corpus/*/threads.jsonl + queries.jsonl)')
  process.exit(0)
}

const faqmatch = await loadFaqmatch()
const notes = []
if (faqmatch.missing) { console.log(faqmatch.missing); notes.push(faqmatch.missing) }
const systems = [...(faqmatch.missing ? [] : [faqmatch]), ...PEERS].filter((s) => !onlySystems || onlySystems.includes(s.name))
const peerNames = systems.filter((s) => s.name !== 'faqmatch').map((s) => s.name)

const elapsedMs = (start) => Number(process.hrtime.bigint() - start) / 1e6

/**
 * Builds the system's index on the set and runs every query once, timing both. A small untimed
 * warm-up first, so lazy loading (stemmers, lemmatizer) and JIT are not billed to the first set.
 */
function evaluate(system, set) {
  const warm = system.create(set.lang)
  warm.addAll(set.threads.slice(0, 20))
  for (const query of set.queries.slice(0, 5)) warm.search(query.text, K)
  const buildStart = process.hrtime.bigint()
  const instance = system.create(set.lang)
  instance.addAll(set.threads)
  const buildMs = elapsedMs(buildStart)
  const scorer = createRankingScorer()
  const latencies = []
  const outcomes = [] // faqmatch only: per query top-1 confidence, decision, correctness
  let errors = 0, firstError = null
  for (const query of set.queries) {
    let ids = []
    let result = null
    const start = process.hrtime.bigint()
    try {
      if (instance.match) {
        result = instance.match(query.text, K)
        ids = result.matches.map((m) => m.threadId)
      } else {
        ids = instance.search(query.text, K)
      }
    } catch (error) {
      errors++
      firstError ??= `${query.id}: ${error.message}`
    }
    latencies.push(elapsedMs(start))
    scorer.add(ids, query.relevant)
    if (result) {
      const top = result.matches[0]
      outcomes.push({
        dataset: set.name,
        inScope: query.relevant.length > 0,
        confidence: top ? top.confidence : 0,
        hasMatch: Boolean(top),
        correct: Boolean(top) && query.relevant.includes(top.threadId),
        decision: result.decision,
      })
    }
  }
  const latency = latencySummary(latencies)
  return {
    ...scorer.result(),
    buildMs,
    queryMsMedian: latency.median,
    queryMsP99: latency.p99,
    errors,
    ...(firstError ? { firstError } : {}),
    outcomes,
  }
}

// ---- run
const machine = machineInfo()
console.log(`quality: ${sets.length} sets × ${systems.length} systems on ${machine.cpuModel} (${machine.cores} cores), node ${machine.node}\n`)
const datasets = []
const allOutcomes = []
for (const entry of sets) {
  const set = loadDataset(entry)
  const row = {
    name: set.name, source: set.source, lang: set.lang,
    threads: set.threads.length, queries: set.queries.length,
    unanswerable: set.queries.filter((q) => q.relevant.length === 0).length,
    systems: {},
  }
  for (const system of systems) {
    try {
      const { outcomes, ...metrics } = evaluate(system, set)
      row.systems[system.name] = metrics
      allOutcomes.push(...outcomes)
      if (metrics.errors) notes.push(`${system.name} on ${set.name}: ${metrics.errors} queries threw (first: ${metrics.firstError})`)
    } catch (error) {
      row.systems[system.name] = { failed: error.message }
      notes.push(`${system.name} on ${set.name}: failed (${error.message})`)
    }
  }
  const peers = peerNames.filter((n) => row.systems[n] && !row.systems[n].failed)
  const best = peers.reduce((b, n) => (!b || row.systems[n].mrr10 > row.systems[b].mrr10 ? n : b), null)
  row.bestPeer = best
  row.bestPeerMrr10 = best ? row.systems[best].mrr10 : null
  row.faqmatchMinusBestPeer = row.systems.faqmatch?.mrr10 !== undefined && best ? row.systems.faqmatch.mrr10 - row.bestPeerMrr10 : null
  datasets.push(row)
  console.log(datasetTable(row) + '\n')
}

// ---- macro averages per source and language (each set weighs the same)
const macro = []
for (const source of ['shared', 'corpus']) {
  for (const lang of ['de', 'en']) {
    const group = datasets.filter((d) => d.source === source && d.lang === lang)
    if (!group.length) continue
    const bySystem = {}
    for (const system of systems) {
      const ok = group.map((d) => d.systems[system.name]).filter((m) => m && !m.failed)
      if (ok.length !== group.length) continue
      const mean = (key) => ok.reduce((s, m) => s + m[key], 0) / ok.length
      bySystem[system.name] = { mrr10: mean('mrr10'), hit1: mean('hit1'), hit5: mean('hit5') }
    }
    const peers = peerNames.filter((n) => bySystem[n])
    const best = peers.reduce((b, n) => (!b || bySystem[n].mrr10 > bySystem[b].mrr10 ? n : b), null)
    macro.push({ source, lang, sets: group.map((d) => d.name), systems: bySystem, bestPeer: best })
  }
}

// ---- faqmatch calibration, pooled over all sets
let calibration = null
if (allOutcomes.length) {
  const table = reliabilityTable(allOutcomes)
  const decisions = {}
  for (const d of ['reuse', 'suggest', 'new']) {
    const group = allOutcomes.filter((o) => o.decision === d)
    decisions[d] = { count: group.length, share: group.length / allOutcomes.length, top1Precision: group.length ? group.filter((o) => o.correct).length / group.length : null }
  }
  const outOfScope = []
  for (const name of new Set(allOutcomes.filter((o) => !o.inScope).map((o) => o.dataset))) {
    const set = allOutcomes.filter((o) => o.dataset === name)
    const oos = set.filter((o) => !o.inScope)
    const rightTop = set.filter((o) => o.inScope && o.correct)
    outOfScope.push({
      dataset: name,
      outOfScopeQueries: oos.length,
      outOfScopeDecidedNew: oos.filter((o) => o.decision === 'new').length / oos.length,
      correctTop1Queries: rightTop.length,
      correctTop1DecidedNew: rightTop.length ? rightTop.filter((o) => o.decision === 'new').length / rightTop.length : null,
    })
  }
  const perDataset = [...new Set(allOutcomes.map((o) => o.dataset))].map((name) => {
    const set = allOutcomes.filter((o) => o.dataset === name)
    const high = precisionAtConfidence(set, 0.9)
    return {
      dataset: name, queries: set.length, top1Correct: set.filter((o) => o.correct).length / set.length,
      meanConfidence: set.reduce((s, o) => s + o.confidence, 0) / set.length,
      precisionAt09: high.precision, coverageAt09: high.coverage,
      decidedReuse: set.filter((o) => o.decision === 'reuse').length / set.length,
      decidedNew: set.filter((o) => o.decision === 'new').length / set.length,
    }
  })
  calibration = {
    outcomes: allOutcomes.length,
    perDataset,
    reliability: table,
    expectedCalibrationError: expectedCalibrationError(table),
    precisionAt: [precisionAtConfidence(allOutcomes, 0.9), precisionAtConfidence(allOutcomes, 0.5)],
    decisions,
    outOfScope,
  }
}

// ---- report
const report = { kind: 'faqmatch-quality', machine, k: K, systems: systems.map((s) => s.name), datasets, macro, calibration, notes }
const markdown = renderMarkdown(report)
console.log(summaryMarkdown(report))
mkdirSync(RESULTS_DIR, { recursive: true })
writeFileSync(`${RESULTS_DIR}quality.json`, JSON.stringify(report, null, 2) + '\n')
writeFileSync(`${RESULTS_DIR}quality.md`, markdown)
console.log(`\nwrote benchmarks/results/quality.json and benchmarks/results/quality.md`)

// ---- rendering
function datasetTable(row) {
  const head = `### ${row.name} (${row.lang}, ${row.source}): ${row.threads} threads, ${row.queries} queries` +
    (row.unanswerable ? `, ${row.unanswerable} out of scope (not in MRR/hit)` : '')
  const rows = Object.entries(row.systems).map(([name, m]) => m.failed
    ? [name, 'failed', '', '', '', '']
    : [name + (name === row.bestPeer ? ' (best peer)' : ''), fixed(m.mrr10), fixed(m.hit1), fixed(m.hit5), ms(m.buildMs), ms(m.queryMsMedian)])
  return `${head}\n\n${markdownTable(['system', 'MRR@10', 'hit@1', 'hit@5', 'build ms', 'ms/query (median)'], rows, ['l', 'r', 'r', 'r', 'r', 'r'])}`
}

function summaryMarkdown(r) {
  const names = r.systems
  const rows = r.datasets.map((d) => [
    d.name, d.lang,
    ...names.map((n) => (d.systems[n]?.failed ? 'failed' : fixed(d.systems[n]?.mrr10))),
    d.bestPeer ?? '–', signed(d.faqmatchMinusBestPeer),
  ])
  for (const m of r.macro) {
    const best = m.bestPeer
    const diff = m.systems.faqmatch && best ? m.systems.faqmatch.mrr10 - m.systems[best].mrr10 : null
    rows.push([`**macro ${m.lang}${m.source === 'corpus' ? ' (corpus)' : ''}**`, m.lang, ...names.map((n) => fixed(m.systems[n]?.mrr10)), best ?? '–', signed(diff)])
  }
  const align = ['l', 'l', ...names.map(() => 'r'), 'l', 'r']
  return `## MRR@10 per set\n\n${markdownTable(['set', 'lang', ...names, 'best peer', 'faqmatch − best peer'], rows, align)}`
}

function renderMarkdown(r) {
  const parts = [
    '# faqmatch quality benchmark',
    '',
    `Generated by \`node benchmarks/quality.mjs\` on ${r.machine.date}: ${r.machine.cpuModel}, ${r.machine.cores} cores (shared), node ${r.machine.node}, load average ${r.machine.loadAverage1m}. Build and query times are indicative only: the machine is shared.`,
    'MRR@10, hit@1 and hit@5 over queries with at least one relevant thread; out-of-scope queries (`relevant: []`) are counted apart.',
    'Shared sets are the ~70% shared split of ../shared/datasets (not committed); the held-out 30% is measured elsewhere.',
    '',
    summaryMarkdown(r),
    '',
    '## hit@1 / hit@5 per set',
    '',
    markdownTable(['set', ...r.systems.map((n) => `${n} h@1 / h@5`)], r.datasets.map((d) => [d.name, ...r.systems.map((n) => (d.systems[n] && !d.systems[n].failed ? `${fixed(d.systems[n].hit1)} / ${fixed(d.systems[n].hit5)}` : '–'))]), ['l', ...r.systems.map(() => 'r')]),
    '',
    '## Macro averages (each set weighs the same)',
    '',
    markdownTable(['group', 'system', 'MRR@10', 'hit@1', 'hit@5'], r.macro.flatMap((m) => Object.entries(m.systems).map(([n, s]) => [`${m.source} ${m.lang} (${m.sets.length} sets)`, n + (n === m.bestPeer ? ' (best peer)' : ''), fixed(s.mrr10), fixed(s.hit1), fixed(s.hit5)])), ['l', 'l', 'r', 'r', 'r']),
    '',
    '## Per set',
    '',
    ...r.datasets.flatMap((d) => [datasetTable(d), '']),
  ]
  if (r.calibration) {
    const c = r.calibration
    parts.push(
      '## faqmatch calibration (top-1 match, pooled over all sets)',
      '',
      `${c.outcomes} queries; out-of-scope queries count as wrong top-1. Expected calibration error: ${fixed(c.expectedCalibrationError)}.`,
      '',
      markdownTable(['confidence', 'count', 'correct share', 'mean confidence'], c.reliability.map((b) => [`${b.from.toFixed(1)}–${b.to.toFixed(1)}`, b.count, percent(b.accuracy), fixed(b.meanConfidence)]), ['l', 'r', 'r', 'r']),
      '',
      markdownTable(['top-1 confidence', 'queries', 'coverage', 'precision'], c.precisionAt.map((p) => [`≥ ${p.minConfidence}`, p.count, percent(p.coverage), percent(p.precision)]), ['l', 'r', 'r', 'r']),
      '',
      markdownTable(['decision', 'queries', 'share', 'top-1 precision'], Object.entries(c.decisions).map(([d, v]) => [d, v.count, percent(v.share), percent(v.top1Precision)]), ['l', 'r', 'r', 'r']),
      '',
      'Per set: is the confidence right on average (mean confidence vs. share of correct top-1)?',
      '',
      markdownTable(['set', 'queries', 'top-1 correct', 'mean confidence', 'precision at ≥ 0.9', 'coverage at ≥ 0.9', 'decided reuse', 'decided new'],
        c.perDataset.map((p) => [p.dataset, p.queries, percent(p.top1Correct), fixed(p.meanConfidence), percent(p.precisionAt09), percent(p.coverageAt09), percent(p.decidedReuse), percent(p.decidedNew)]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
      '',
    )
    if (c.outOfScope.length) {
      parts.push(
        '### Out-of-scope queries',
        '',
        markdownTable(['set', 'out-of-scope queries', 'decided new', 'queries with correct top-1', 'of those decided new'], c.outOfScope.map((o) => [o.dataset, o.outOfScopeQueries, percent(o.outOfScopeDecidedNew), o.correctTop1Queries, percent(o.correctTop1DecidedNew)]), ['l', 'r', 'r', 'r', 'r']),
        '',
      )
    }
  }
  parts.push('## Peer setups', '', ...PEERS.map((p) => `- **${p.name}**: ${p.description}`), '')
  if (r.notes.length) parts.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '')
  return parts.join('\n')
}
