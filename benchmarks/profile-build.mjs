#!/usr/bin/env node
// Issue 9: builds one faqmatch index from the scale benchmark's synthetic threads, for profiling
// the build (`node --cpu-prof benchmarks/profile-build.mjs`) and for proving a speed change kept
// the output: --digest prints a hash of the snapshot and of the top-10 matches (ids, scores,
// confidences) of derived queries, which must not change when only speed was meant to.
//
// Usage: node benchmarks/profile-build.mjs [--size=10000] [--lang=de] [--repeat=1] [--digest] [--dist=DIR]
// Loads dist/ (run npm run build first), like the scale benchmark.
import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadSourceTexts } from './lib/source-texts.mjs'
import { generateThreads, deriveQueries } from './lib/generate-threads.mjs'
import { FAQMATCH_DIST } from './lib/faqmatch-system.mjs'

const DIGEST_QUERIES = 500

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const arg = args.find((a) => a.startsWith(`--${name}=`))
  return arg ? arg.split('=')[1] : fallback
}
const size = Number(option('size', '10000'))
const lang = option('lang', 'de')
const repeat = Number(option('repeat', '1'))

// --dist=DIR: another build (a copy of dist/ kept for an A/B comparison).
const lib = await import(option('dist') ? pathToFileURL(resolve(option('dist'), 'index.js')).href : pathToFileURL(FAQMATCH_DIST).href)
const generated = generateThreads(loadSourceTexts()[lang], { count: size, lang })
const threads = generated.map(({ id, question, answer }) => ({ id, question, answer, lang }))

// Warm-up as in scale.mjs: lazy stemmer loads and JIT on a throwaway index.
lib.createFaqIndex({ language: lang }).addAll(threads.slice(0, 50))

let index
for (let run = 0; run < repeat; run++) {
  const start = process.hrtime.bigint()
  const cpuStart = process.cpuUsage()
  index = lib.createFaqIndex({ language: lang })
  index.addAll(threads)
  const buildMs = Number(process.hrtime.bigint() - start) / 1e6
  // CPU time too: on a shared machine it varies less than the wall clock.
  const cpu = process.cpuUsage(cpuStart)
  const cpuMs = (cpu.user + cpu.system) / 1000
  console.log(`build ${size} ${lang}: ${buildMs.toFixed(0)} ms (${cpuMs.toFixed(0)} ms CPU), ${Math.round(size / (buildMs / 1000))} threads/s`)
}

if (args.includes('--digest')) {
  const hash = (value) => createHash('sha256').update(value).digest('hex').slice(0, 16)
  const matches = deriveQueries(generated, { count: DIGEST_QUERIES }).map((q) =>
    index.match(q.text, { limit: 10 }).matches.map((m) => [m.threadId, m.score, m.confidence, m.matchedTerms]),
  )
  console.log(`snapshot ${hash(JSON.stringify(index.toJSON()))}  matches ${hash(JSON.stringify(matches))}`)
}
