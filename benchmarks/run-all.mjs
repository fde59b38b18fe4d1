#!/usr/bin/env node
// All benchmarks, one after another (never in parallel: they time things): quality, scale
// (1k and 10k threads; --full adds 100k), import time and the first match after loading a snapshot. Each writes benchmarks/results/*.json
// and *.md. Exit code is non-zero when any of them fails.
// Usage: node benchmarks/run-all.mjs [--full]
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const here = (file) => fileURLToPath(new URL(file, import.meta.url))
const full = process.argv.includes('--full')
const steps = [
  ['quality', [here('./quality.mjs')]],
  ['scale', [here('./scale.mjs'), ...(full ? ['--full'] : [])]],
  ['import-time', [here('./import-time.mjs')]],
  ['first-match', [here('./first-match.mjs')]],
]

const failed = []
for (const [name, args] of steps) {
  console.log(`\n===== ${name} =====\n`)
  const { status, signal } = spawnSync(process.execPath, args, { stdio: 'inherit' })
  if (status !== 0) failed.push(`${name} (exit ${status ?? signal})`)
}
console.log(failed.length ? `\nrun-all: failed: ${failed.join(', ')}` : '\nrun-all: all benchmarks done; results in benchmarks/results/')
process.exitCode = failed.length ? 1 : 0
