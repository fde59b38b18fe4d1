// Redaction quality and speed. Uses the BUILT package: run `npm run build` first.
//   node benchmarks/redaction.mjs [--runs 20]
// Prints precision/recall/F1 per kind on test/fixtures/pii/messages.jsonl (exact spans,
// names on) and median/p99 time to redact 1 MB of German customer text.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { redact } from '../dist/index.js'

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 20
const ONE_MB = 1_000_000
const WARMUP_RUNS = 3

const messages = readFileSync(fileURLToPath(new URL('../test/fixtures/pii/messages.jsonl', import.meta.url)), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line))

// Quality: exact span and kind must match a labelled span.
const key = (span) => `${span.kind}:${span.start}:${span.end}`
const perKind = new Map()
const count = (kind) => perKind.get(kind) ?? perKind.set(kind, { tp: 0, fp: 0, fn: 0 }).get(kind)
for (const message of messages) {
  const predicted = redact(message.text, { names: true }).redactions
  const gold = new Set(message.spans.map(key))
  const got = new Set(predicted.map(key))
  for (const span of predicted) gold.has(key(span)) ? count(span.kind).tp++ : count(span.kind).fp++
  for (const span of message.spans) if (!got.has(key(span))) count(span.kind).fn++
}
const ratio = (a, b) => (b === 0 ? 1 : a / b)
const row = (kind, { tp, fp, fn }) => {
  const precision = ratio(tp, tp + fp)
  const recall = ratio(tp, tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return `| ${kind} | ${tp + fn} | ${tp} | ${fp} | ${fn} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} |`
}
const total = { tp: 0, fp: 0, fn: 0 }
for (const score of perKind.values()) for (const field of ['tp', 'fp', 'fn']) total[field] += score[field]

console.log(`## Redaction quality (${messages.length} labelled messages, exact spans, names on)\n`)
console.log('| kind | labelled | TP | FP | FN | precision | recall | F1 |')
console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
for (const kind of [...perKind.keys()].sort()) console.log(row(kind, perKind.get(kind)))
console.log(row('**all**', total))

// Speed: 1 MB of German messages, default options and with names.
const german = messages.filter((m) => m.lang === 'de').map((m) => m.text).join('\n\n')
const text = german.repeat(Math.ceil(ONE_MB / german.length)).slice(0, ONE_MB)
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

console.log(`\n## Redaction speed (1 MB German text, ${RUNS} runs after ${WARMUP_RUNS} warm-up, Node ${process.version})\n`)
console.log('| options | redactions | median ms | p99 ms | MB/s (median) |')
console.log('|---|---:|---:|---:|---:|')
for (const [label, options] of [['default', {}], ['names: true', { names: true }]]) {
  let redactions = 0
  for (let i = 0; i < WARMUP_RUNS; i++) redactions = redact(text, options).redactions.length
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now()
    redact(text, options)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const median = percentile(times, 50)
  // Correctness check inside the benchmark: the text has personal data, so there must be redactions.
  if (redactions < 1000) throw new Error(`expected > 1000 redactions in 1 MB, got ${redactions}`)
  console.log(`| ${label} | ${redactions} | ${median.toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${(ONE_MB / 1e6 / (median / 1000)).toFixed(1)} |`)
}
