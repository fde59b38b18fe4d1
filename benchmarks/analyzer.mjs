#!/usr/bin/env node
// Analyzer throughput on German text (target, issue 3: >= 1 MB/s on one core), median and p99 over
// repeated runs, with the term count as a correctness guard. Uses the bundled corpus when present,
// else a built-in German paragraph. Usage: npm run build && node benchmarks/analyzer.mjs
import { readFileSync, existsSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAnalyzer } from '../dist/analysis.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const corpusFile = join(root, 'corpus/de-service/threads.jsonl')
const source = existsSync(corpusFile)
  ? readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).map((l) => { const t = JSON.parse(l); return `${t.question} ${t.answer}` }).join('\n')
  : 'Meine Rechnungsadresse ist falsch und der WLAN-Router (FRITZ!Box 7590) verliert ständig die Verbindung. Ich habe gekündigt, aber die Abbuchung läuft weiter! @fernwerk_hilfe #Störung\n'
const TARGET_BYTES = 1_000_000
let text = source
while (Buffer.byteLength(text) < TARGET_BYTES) text += '\n' + source
const bytes = Buffer.byteLength(text)

const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] }
for (const [label, options] of [['de (full chain)', { language: 'de' }], ['de (no decompounding)', { language: 'de', decompound: false }], ['en (full chain)', { language: 'en' }]]) {
  const analyzer = createAnalyzer(options)
  const expectedTerms = analyzer.terms(text).length // warm-up, and the guard
  const times = []
  for (let run = 0; run < 10; run++) {
    const t0 = process.hrtime.bigint()
    const terms = analyzer.terms(text)
    times.push(Number(process.hrtime.bigint() - t0) / 1e6)
    if (terms.length !== expectedTerms) throw new Error(`term count changed between runs: ${terms.length} vs ${expectedTerms}`)
  }
  const median = percentile(times, 50)
  console.log(`${label.padEnd(24)} ${(bytes / 1e6).toFixed(2)} MB  median ${median.toFixed(0)} ms (${(bytes / 1e6 / (median / 1000)).toFixed(2)} MB/s)  p99 ${percentile(times, 99).toFixed(0)} ms  terms ${expectedTerms}`)
}
