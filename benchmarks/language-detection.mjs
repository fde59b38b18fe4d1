#!/usr/bin/env node
// Accuracy of detectLanguage on the evaluation datasets' texts (each set has a known language):
// thread questions and queries with 4+ words. Target (issue 3): >= 97%.
// Usage: npm run build && node benchmarks/language-detection.mjs
import { existsSync, readdirSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { detectLanguage } from '../dist/index.js'
import { readJsonl } from './lib/read-jsonl.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const datasets = process.env.FAQMATCH_DATASETS ?? join(root, '..', 'shared', 'datasets')
if (!existsSync(datasets)) {
  console.log(`skipped: ${datasets} not found`)
  process.exit(0)
}
const MIN_WORDS = 4
const rows = []
let allOk = 0, allN = 0, shortOk = 0, shortN = 0
for (const name of readdirSync(datasets).sort()) {
  const texts = []
  for (const file of ['threads.jsonl', 'queries.jsonl', 'messages.jsonl']) {
    const path = join(datasets, name, file)
    if (!existsSync(path)) continue
    for (const row of readJsonl(path)) {
      const text = row.question ?? row.text
      const lang = row.lang ?? (name.endsWith('-de') ? 'de' : 'en')
      if (typeof text === 'string') texts.push({ text, lang })
    }
  }
  let ok = 0, n = 0
  for (const { text, lang } of texts) {
    const words = text.trim().split(/\s+/).length
    const right = detectLanguage(text, lang === 'de' ? 'en' : 'de') === lang // fallback = the wrong answer
    if (words >= MIN_WORDS) { n++; if (right) ok++ } else { shortN++; if (right) shortOk++ }
  }
  allOk += ok; allN += n
  if (n) rows.push(`| ${name} | ${n} | ${((100 * ok) / n).toFixed(2)}% |`)
}
console.log(`| dataset | texts with ${MIN_WORDS}+ words | accuracy |\n|---|---:|---:|\n${rows.join('\n')}`)
console.log(`| **all** | ${allN} | **${((100 * allOk) / allN).toFixed(2)}%** |`)
console.log(`\nshorter texts (1-${MIN_WORDS - 1} words, not part of the target): ${((100 * shortOk) / Math.max(1, shortN)).toFixed(2)}% of ${shortN}`)
