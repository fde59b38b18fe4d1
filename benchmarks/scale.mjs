#!/usr/bin/env node
// Issue 9: how faqmatch and its peers scale with the number of threads. Synthetic threads from
// lib/generate-threads.mjs (deterministic), per size and system in its own child process
// (`node --expose-gc`, so heaps don't mix): build time and threads/s, heap per thread after
// indexing, snapshot size and load time, match latency median/p95/p99 over ≥1000 queries after
// warm-up, queries/s, and top-1 hit rate on derived queries as a correctness guard. The known
// sentinel query must return the sentinel thread first, or the run fails loudly.
//
// Snapshots are one JSON string, except faqmatch's from STREAMED_SNAPSHOT_FROM threads on: its
// JSON Lines form (snapshotLines / loadFaqIndexLines) through a file, since one string would pass
// V8's limit; there the built index is dropped before loading and the loaded one is queried, so
// that one index of that size is in memory at a time (two 1M indexes did not fit 8 GB).
//
// Usage: node benchmarks/scale.mjs [--sizes=1000,10000] [--full] [--max 1000000]
//          [--langs=de,en] [--systems=faqmatch,lunr] [--queries=1000] [--budget-s=300] [--out=scale]
//        node benchmarks/scale.mjs --render-only=scale   (rewrite the .md from the .json)
//        node benchmarks/scale.mjs --combine=scale-small,scale-1m --out=scale
//          (one report from runs made separately, e.g. the 1M run in its own process; a run
//          repeated in a later file replaces the earlier one)
//   --full adds 100k threads; --max N runs every standard size up to N (1k, 10k, 100k, 1M).
// Writes benchmarks/results/scale.{json,md}.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadSourceTexts } from './lib/source-texts.mjs'
import { generateThreads, deriveQueries, SENTINEL, sentinelId } from './lib/generate-threads.mjs'
import { latencySummary, selfCheckPercentile } from './lib/percentile.mjs'
import { markdownTable } from './lib/markdown-table.mjs'
import { machineInfo } from './lib/machine-info.mjs'
import { fixed, percent, ms, integer, bytes } from './lib/format.mjs'
import { peersNamed } from './lib/peers.mjs'
import { loadFaqmatch } from './lib/faqmatch-system.mjs'

const STANDARD_SIZES = [1_000, 10_000, 100_000, 1_000_000]
const SCALE_PEERS = ['minisearch-default', 'minisearch-natural', 'orama', 'lunr', 'flexsearch']
const WARMUP_QUERIES = 200
/** Threads added one by one to the built index, each timed (issue 9: well under a millisecond at 100k). */
const SINGLE_ADDS = 200
const K = 10
const RESULT_MARK = 'SCALE_RESULT '
/** From this size faqmatch writes its snapshot as JSON Lines: one string of ~550 B × 1M threads would not fit V8's ~512M-character limit. */
const PARTIAL_MARK = 'SCALE_PARTIAL '

const args = process.argv.slice(2)
const option = (name) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (i < 0) return undefined
  return args[i].includes('=') ? args[i].split('=')[1] : args[i + 1]
}
const STREAMED_SNAPSHOT_FROM = Number(option('streamed-from') ?? 500_000)
const list = (value) => value?.split(',').map((s) => s.trim()).filter(Boolean)

if (args.includes('--child')) {
  await runChild()
} else if (option('combine')) {
  combineReports(list(option('combine')), option('out') ?? 'scale')
} else if (option('render-only')) {
  // Re-renders results/<name>.md from results/<name>.json without measuring anything again.
  const name = option('render-only')
  const file = fileURLToPath(new URL(`./results/${name}.json`, import.meta.url))
  writeFileSync(file.replace(/\.json$/, '.md'), renderMarkdown(JSON.parse(readFileSync(file, 'utf8'))))
  console.log(`rewrote benchmarks/results/${name}.md`)
} else {
  await runParent()
}

// ---------------------------------------------------------------- child: one system, one size
async function runChild() {
  const systemName = option('system')
  const size = Number(option('size'))
  const lang = option('lang')
  const timedQueries = Number(option('queries') ?? 1000)
  const budgetMs = Number(option('budget-ms') ?? Infinity)
  const childStart = process.hrtime.bigint()
  if (typeof globalThis.gc !== 'function') throw new Error('scale child needs node --expose-gc')
  const gc = () => { globalThis.gc(); globalThis.gc() }
  const elapsedMs = (start) => Number(process.hrtime.bigint() - start) / 1e6

  const system = systemName === 'faqmatch' ? await loadFaqmatch() : peersNamed([systemName])[0]
  if (system.missing) throw new Error(system.missing)

  // Data first, so it sits in the baseline heap; the threads are kept only as JSON strings and
  // parsed right before indexing, so whatever the index retains of them is billed to the index.
  const pool = loadSourceTexts()[lang]
  const generated = generateThreads(pool, { count: size, lang })
  const queries = deriveQueries(generated, { count: WARMUP_QUERIES + timedQueries })
  // One JSON string per thread: a single string for 1M threads would near V8's string limit.
  const threadLines = generated.map((t) => JSON.stringify(t))
  // Threads added one at a time to the finished index (after the queries): copies under new ids.
  const singleAddLines = threadLines.slice(0, SINGLE_ADDS)
  generated.length = 0
  // The threads as JSON Lines: the yardstick for snapshot size (issue 9: at most 1.5× this).
  const rawJsonlBytes = threadLines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0)

  // Warm the library (lazy stemmer/lemmatizer loads, JIT) on a throwaway index of 50 threads.
  const warm = system.create(lang)
  warm.addAll(threadLines.slice(0, 50).map((line) => JSON.parse(line)))
  for (const q of queries.slice(0, 20)) warm.search(q.text, K)

  gc()
  const heapBefore = process.memoryUsage().heapUsed
  const phase = (name) => process.stderr.write(`PHASE ${name}\n`)
  phase('build')
  let threads = threadLines.map((line) => JSON.parse(line))
  const buildStart = process.hrtime.bigint()
  let instance = system.create(lang)
  instance.addAll(threads)
  const buildMs = elapsedMs(buildStart)
  threads = null
  gc()
  const heapAfter = process.memoryUsage().heapUsed

  const failures = []
  const checkSentinel = (index, where) => {
    const top = index.search(SENTINEL[lang].query, K)[0]
    if (top !== sentinelId(lang)) failures.push(`${where}: top-1 for "${SENTINEL[lang].query}" is ${top ?? 'nothing'}, expected ${sentinelId(lang)}`)
  }
  checkSentinel(instance, 'index')

  let snapshot = null
  let loadedHeapBytes = null
  if (size >= STREAMED_SNAPSHOT_FROM && instance.saveSnapshotFile && system.loadSnapshotFile) {
    // Streamed through a file. The built index is dropped before loading and the loaded one
    // answers the queries: one index of this size in memory at a time, as in practice.
    const file = join(tmpdir(), `faqmatch-scale-${process.pid}.jsonl`)
    try {
      phase('save')
      const saveStart = process.hrtime.bigint()
      await instance.saveSnapshotFile(file)
      const saveMs = elapsedMs(saveStart)
      const sizeBytes = statSync(file).size
      instance = null
      threadLines.length = 0
      gc()
      const heapBeforeLoad = process.memoryUsage().heapUsed
      phase('load')
      const loadStart = process.hrtime.bigint()
      instance = await system.loadSnapshotFile(file)
      const loadMs = elapsedMs(loadStart)
      gc()
      loadedHeapBytes = process.memoryUsage().heapUsed - heapBeforeLoad
      checkSentinel(instance, 'loaded snapshot')
      snapshot = { form: 'json-lines-file', sizeBytes, bytesPerThread: sizeBytes / size, toRawJsonl: sizeBytes / rawJsonlBytes, saveMs, loadMs, buildToLoad: buildMs / loadMs }
    } finally {
      rmSync(file, { force: true })
    }
  } else if (instance.saveSnapshot) {
    try {
      const saveStart = process.hrtime.bigint()
      let saved = instance.saveSnapshot()
      const saveMs = elapsedMs(saveStart)
      const sizeBytes = Buffer.byteLength(saved)
      gc()
      const loadStart = process.hrtime.bigint()
      let loaded = await instance.loadSnapshot(saved)
      const loadMs = elapsedMs(loadStart)
      checkSentinel(loaded, 'loaded snapshot')
      saved = loaded = null
      snapshot = { form: 'json', sizeBytes, bytesPerThread: sizeBytes / size, toRawJsonl: sizeBytes / rawJsonlBytes, saveMs, loadMs, buildToLoad: buildMs / loadMs }
    } catch (error) {
      // A snapshot that cannot be made (e.g. one string beyond V8's limit) is a result, not a crash.
      snapshot = { error: `${error?.name ?? 'Error'}: ${String(error?.message ?? error).slice(0, 120)}` }
    }
    gc()
  }

  // Reported before the queries, so a run that times out while querying still has these figures.
  const beforeQueries = {
    system: systemName, lang, size, rawJsonlBytesPerThread: rawJsonlBytes / size,
    buildMs, threadsPerSecond: size / (buildMs / 1000),
    heapBytes: heapAfter - heapBefore, heapBytesPerThread: (heapAfter - heapBefore) / size,
    snapshot, loadedHeapBytes, failures,
  }
  process.stdout.write(`${PARTIAL_MARK}${JSON.stringify(beforeQueries)}\n`)

  // A turn of the event loop first: until then the snapshot step's async frames keep the
  // loaded copy alive, and it would count in the heap after the queries.
  await new Promise((resolve) => setImmediate(resolve))
  gc()
  phase('queries')
  // Warm-up; after 20 queries, a run whose queries cannot finish within the budget stops here
  // (reported as a query timeout) instead of being killed later with nothing to show.
  const warmStart = process.hrtime.bigint()
  for (const [i, q] of queries.slice(0, WARMUP_QUERIES).entries()) {
    instance.search(q.text, K)
    if (i === 19) {
      const projectedMs = (elapsedMs(warmStart) / 20) * (WARMUP_QUERIES - 20 + timedQueries)
      const remainingMs = budgetMs - elapsedMs(childStart)
      if (projectedMs > remainingMs) {
        process.stdout.write(`${RESULT_MARK}${JSON.stringify({ ...beforeQueries, queryMs: null, queryTimeout: `queries not run: ~${Math.round(projectedMs / 1000)} s projected, ${Math.round(remainingMs / 1000)} s of the budget left`, firstQueriesMeanMs: elapsedMs(warmStart) / 20 })}\n`)
        return
      }
    }
  }
  const latencies = []
  let top1 = 0
  for (const q of queries.slice(WARMUP_QUERIES)) {
    const start = process.hrtime.bigint()
    const ids = instance.search(q.text, K)
    latencies.push(elapsedMs(start))
    if (ids[0] === q.expected) top1++
  }
  const latency = latencySummary(latencies)
  const totalQueryMs = latencies.reduce((s, x) => s + x, 0)
  // Again after the queries: what an index grows to in use (faqmatch creates a term's posting
  // maps on its first query; other engines may cache too).
  gc()
  const heapAfterQueries = process.memoryUsage().heapUsed - heapBefore
  const addLatencies = []
  for (const line of singleAddLines) {
    const copy = JSON.parse(line)
    const thread = { ...copy, id: `${copy.id}-added` }
    const start = process.hrtime.bigint()
    instance.addAll([thread])
    addLatencies.push(elapsedMs(start))
  }
  const adds = latencySummary(addLatencies)
  const result = {
    ...beforeQueries,
    heapAfterQueriesBytesPerThread: heapAfterQueries / size,
    singleAddMs: { median: adds.median, p99: adds.p99, max: Math.max(...addLatencies) },
    queryMs: { median: latency.median, p95: latency.p95, p99: latency.p99 },
    queries: latency.count, queriesPerSecond: latency.count / (totalQueryMs / 1000),
    top1HitRate: top1 / latency.count,
  }
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`)
}

// ---------------------------------------------------------------- parent: all sizes and systems
async function runParent() {
  selfCheckPercentile()
  const max = option('max') ? Number(option('max')) : args.includes('--full') ? 100_000 : 10_000
  const sizes = list(option('sizes'))?.map(Number) ?? STANDARD_SIZES.filter((s) => s <= max)
  const langs = list(option('langs')) ?? ['de', 'en']
  const queries = Math.max(1000, Number(option('queries') ?? 1000))
  const budgetMs = Number(option('budget-s') ?? 300) * 1000
  const notes = []

  const faqmatch = await loadFaqmatch()
  if (faqmatch.missing) { console.log(faqmatch.missing); notes.push(faqmatch.missing) }
  const systems = list(option('systems')) ?? [...(faqmatch.missing ? [] : ['faqmatch']), ...SCALE_PEERS]

  const sources = loadSourceTexts()
  notes.push(`threads recombined from: ${sources.sources.join(', ') || 'built-in fallback lines only'}`)
  // Sanity check of the generator in the parent: deterministic, and the sentinel is where expected.
  const a = generateThreads(sources.de, { count: 100, lang: 'de' })
  const b = generateThreads(sources.de, { count: 100, lang: 'de' })
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('generate-threads is not deterministic')
  if (a[50].id !== sentinelId('de')) throw new Error('sentinel thread not at the middle')
  for (const lang of langs) {
    const sample = deriveQueries(generateThreads(sources[lang], { count: 1000, lang }), { count: 1000 })
    const words = sample.reduce((sum, q) => sum + q.text.split(' ').length, 0) / sample.length
    notes.push(`${lang} derived queries average ${words.toFixed(1)} words (long queries cost OR-scoring engines most)`)
  }

  const machine = machineInfo()
  console.log(`scale: sizes ${sizes.join(', ')}; langs ${langs.join(', ')}; ${systems.join(', ')}; ${queries} timed queries; budget ${budgetMs / 1000} s per run`)
  console.log(`machine: ${machine.cpuModel}, ${machine.cores} cores, node ${machine.node}, load ${machine.loadAverage1m}\n`)

  const runs = []
  const writeReport = () => {
    const runNotes = runs.filter((run) => run.queryTimeout).map((run) => `${run.system}, ${run.lang}, ${integer(run.size)} threads: ${run.queryTimeout}`)
    const report = { kind: 'faqmatch-scale', machine, sizes, langs, systems, queries, warmupQueries: WARMUP_QUERIES, budgetMs, runs, notes: [...notes, ...runNotes] }
    const resultsDir = fileURLToPath(new URL('./results/', import.meta.url))
    mkdirSync(resultsDir, { recursive: true })
    const out = option('out') ?? 'scale'
    const markdown = renderMarkdown(report)
    writeFileSync(`${resultsDir}${out}.json`, JSON.stringify(report, null, 2) + '\n')
    writeFileSync(`${resultsDir}${out}.md`, markdown)
    return markdown
  }
  const gaveUp = new Map() // system/lang → reason: a system that could not even build is not retried at larger sizes
  for (const lang of langs) {
    for (const size of sizes) {
      for (const system of systems) {
        const key = `${system}/${lang}`
        if (gaveUp.has(key)) {
          runs.push({ system, lang, size, skipped: gaveUp.get(key) })
          continue
        }
        process.stdout.write(`${lang} ${integer(size).padStart(9)} ${system.padEnd(20)} `)
        const run = await runInChild({ system, lang, size, queries, budgetMs })
        runs.push(run)
        // Written after every run: a long run (1M threads) that is stopped keeps what it measured.
        writeReport()
        if (run.error) {
          console.log(run.error)
          gaveUp.set(key, `not run: ${run.error} at ${integer(size)}`)
        } else {
          console.log(`build ${ms(run.buildMs)} ms, heap ${bytes(run.heapBytesPerThread)}/thread, ` +
            (run.queryMs ? `p50 ${ms(run.queryMs.median)} ms, p99 ${ms(run.queryMs.p99)} ms, top-1 ${percent(run.top1HitRate)}` : run.queryTimeout))
          for (const f of run.failures) console.log(`  CORRECTNESS FAILURE (${system}, ${lang}, ${size}): ${f}`)
        }
      }
    }
  }

  const markdown = writeReport()
  console.log('\n' + markdown)
  console.log(`wrote benchmarks/results/${option('out') ?? 'scale'}.json and .md`)

  const failed = runs.filter((r) => r.failures?.length)
  if (failed.length) {
    console.error(`\nscale: CORRECTNESS FAILURE in ${failed.map((r) => `${r.system} ${r.lang} ${r.size}`).join('; ')}: the sentinel query did not return the sentinel thread first`)
    process.exitCode = 1
  }
}

function runInChild({ system, lang, size, queries, budgetMs }) {
  const script = fileURLToPath(import.meta.url)
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=8192', script, '--child', `--system=${system}`, `--lang=${lang}`, `--size=${size}`, `--queries=${queries}`, `--budget-ms=${budgetMs}`, `--streamed-from=${STREAMED_SNAPSHOT_FROM}`], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = '', stderr = '', timedOut = false
    child.stdout.on('data', (d) => { stdout += d })
    child.stderr.on('data', (d) => { stderr += d })
    // The child stops itself when its queries cannot finish in time; this is the hard limit.
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL') }, budgetMs + 30_000)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK))
      const partial = stdout.split('\n').find((l) => l.startsWith(PARTIAL_MARK))
      if (timedOut && partial) {
        // Built and snapshotted in time, but the queries did not finish: keep what was measured.
        return resolve({ ...JSON.parse(partial.slice(PARTIAL_MARK.length)), queryMs: null, queryTimeout: `queries timed out (> ${budgetMs / 1000 + 30} s per run)` })
      }
      if (timedOut) return resolve({ system, lang, size, error: `timeout (> ${budgetMs / 1000 + 30} s)` })
      if (code !== 0 || !line) {
        const oom = /heap out of memory|Allocation failed/i.test(stderr)
        const lastLine = stderr.trim().split('\n').filter((l) => /Error|error:/.test(l) && !l.startsWith('PHASE ')).pop() ?? stderr.trim().split('\n').pop() ?? ''
        const lastPhase = stderr.split('\n').filter((l) => l.startsWith('PHASE ')).pop()?.slice(6)
        return resolve({ system, lang, size, error: (oom ? 'out of memory' : `failed (exit ${code ?? signal}): ${lastLine.slice(0, 200)}`) + (lastPhase ? ` (during ${lastPhase})` : '') })
      }
      resolve(JSON.parse(line.slice(RESULT_MARK.length)))
    })
  })
}

// ---------------------------------------------------------------- rendering
/** Snapshot/thread, ÷ JSONL, save ms, load ms, build ÷ load. */
/** Adding one thread to the built index, after the queries (runs from before this column have none). */
function singleAdds(x) {
  return x.singleAddMs ? `${ms(x.singleAddMs.median)} / ${ms(x.singleAddMs.p99)} / ${ms(x.singleAddMs.max)}` : '–'
}

/** Heap per thread after the timed queries (older runs and runs whose queries timed out have none). */
function afterQueries(x) {
  return x.heapAfterQueriesBytesPerThread ? bytes(x.heapAfterQueriesBytesPerThread) : '–'
}

function snapshotCells(x) {
  const s = x.snapshot
  if (!s) return ['n/a', 'n/a', 'n/a', 'n/a', 'n/a']
  if (s.error) return ['failed', '–', '–', '–', '–']
  const toRaw = s.toRawJsonl ?? (x.rawJsonlBytesPerThread ? s.bytesPerThread / x.rawJsonlBytesPerThread : undefined)
  return [bytes(s.bytesPerThread) + (s.form?.startsWith('json-lines') ? ' (lines)' : ''), toRaw ? `${toRaw.toFixed(2)}×` : '–', ms(s.saveMs), ms(s.loadMs), `${(x.buildMs / s.loadMs).toFixed(1)}×`]
}

/** One report from several result files (runs made in separate processes), written as results/<out>.{json,md}. */
function combineReports(names, out) {
  const resultsDir = fileURLToPath(new URL('./results/', import.meta.url))
  const reports = names.map((name) => JSON.parse(readFileSync(`${resultsDir}${name}.json`, 'utf8')))
  const unique = (values) => [...new Set(values)]
  const combined = {
    ...reports[0],
    machines: reports.map((r) => ({ ...r.machine, sizes: r.sizes })),
    sizes: unique(reports.flatMap((r) => r.sizes)).sort((a, b) => a - b),
    langs: unique(reports.flatMap((r) => r.langs)),
    systems: unique(reports.flatMap((r) => r.systems)),
    // A run repeated in a later file (same system, language, size) replaces the earlier one.
    runs: [...new Map(reports.flatMap((r) => r.runs).map((run) => [`${run.system}/${run.lang}/${run.size}`, run])).values()],
    notes: unique(reports.flatMap((r) => r.notes)),
    combinedFrom: names,
  }
  writeFileSync(`${resultsDir}${out}.json`, JSON.stringify(combined, null, 2) + '\n')
  writeFileSync(`${resultsDir}${out}.md`, renderMarkdown(combined))
  console.log(`wrote benchmarks/results/${out}.json and benchmarks/results/${out}.md from ${names.join(', ')}`)
}

function renderMarkdown(r) {
  const parts = [
    '# faqmatch scale benchmark',
    '',
    `Generated by \`node benchmarks/scale.mjs\` on ${r.machine.date}: ${r.machine.cpuModel}, ${r.machine.cores} cores (shared), node ${r.machine.node}, load average ${r.machine.loadAverage1m}.`,
    `Synthetic threads (lib/generate-threads.mjs, seeded): questions joined from two real questions, answers of 1–3 real sentences. Each system and size runs in its own \`node --expose-gc\` process; heap is heapUsed after gc minus before indexing, right after the build and again after the timed queries (“after queries”: faqmatch creates a term's posting maps on its first query, so that is the figure of an index in use). Latency: ${r.queries} timed \`search(text, 10)\` calls after ${r.warmupQueries} warm-up calls, one at a time. add 1: after the queries, ${SINGLE_ADDS} threads (copies under new ids) added one at a time to the built index, each timed. top-1: share of derived queries (a thread's question, lowercased, one word dropped, two swapped) whose first result is that thread.`,
    '',
  ]
  const machines = r.machines ?? [r.machine]
  if (machines.length > 1) parts.splice(2, 1, `Generated by \`node benchmarks/scale.mjs\` in ${machines.length} runs, combined: ${machines.map((m) => `${m.date} (sizes ${m.sizes.map(integer).join(', ')}; load average ${m.loadAverage1m})`).join('; ')}; ${machines[0].cpuModel}, ${machines[0].cores} cores (shared), node ${machines[0].node}.`)
  parts.push(`Snapshot: one JSON string (faqmatch: \`JSON.stringify(index.toJSON())\`), except faqmatch from ${integer(STREAMED_SNAPSHOT_FROM)} threads on, marked “lines”: \`snapshotLines\` to a file, the built index dropped, \`loadFaqIndexLines\` from the file, and the loaded index answers the queries. ÷ JSONL: snapshot size over the threads as JSON Lines (the issue's target: at most 1.5×); build ÷ load: how many times faster loading is than building (target: at least 5×).`, '')
  for (const lang of r.langs) {
    const growth = r.runs.filter((x) => x.lang === lang && x.system === 'faqmatch' && !x.error && !x.skipped).sort((a, b) => a.size - b.size)
    if (growth.length < 2) continue
    parts.push(`## faqmatch, ${lang}: growth from ${integer(growth[0].size)} to ${integer(growth.at(-1).size)} threads`, '')
    const growthHeader = ['threads', 'build ms', 'threads/s', 'heap/thread', 'after queries', 'snapshot/thread', '÷ JSONL', 'save ms', 'load ms', 'build ÷ load', 'p50 ms', 'p95 ms', 'p99 ms', 'top-1', 'add 1: p50 / p99 / max ms']
    parts.push(markdownTable(growthHeader, growth.map((x) => [
      integer(x.size), ms(x.buildMs), integer(x.threadsPerSecond), bytes(x.heapBytesPerThread), afterQueries(x), ...snapshotCells(x),
      ...(x.queryMs ? [ms(x.queryMs.median), ms(x.queryMs.p95), ms(x.queryMs.p99), percent(x.top1HitRate)] : [x.firstQueriesMeanMs ? `~${ms(x.firstQueriesMeanMs)} (mean of 20)` : 'not run', 'not run', 'not run', '–']),
      singleAdds(x),
    ]), ['r', ...growthHeader.slice(1).map(() => 'r')]))
    parts.push('')
    for (const x of growth) {
      if (x.loadedHeapBytes > 0) parts.push(`At ${integer(x.size)} threads the built index was dropped before loading; the loaded index takes ${bytes(x.loadedHeapBytes / x.size)}/thread of heap (${bytes(x.loadedHeapBytes)}) and answered the queries.`, '')
    }
  }
  const header = ['system', 'build ms', 'threads/s', 'heap/thread', 'after queries', 'snapshot/thread', '÷ JSONL', 'save ms', 'load ms', 'build ÷ load', 'p50 ms', 'p95 ms', 'p99 ms', 'queries/s', 'top-1', 'add 1: p50 / p99 / max ms']
  for (const lang of r.langs) {
    for (const size of r.sizes) {
      const group = r.runs.filter((x) => x.lang === lang && x.size === size)
      if (!group.length) continue
      parts.push(`## ${lang}, ${integer(size)} threads`, '')
      parts.push(markdownTable(header, group.map((x) => x.error || x.skipped
        ? [x.system, x.error ?? x.skipped, ...header.slice(2).map(() => '')]
        : [
          x.system + (x.failures.length ? ' ⚠ sentinel miss' : ''), ms(x.buildMs), integer(x.threadsPerSecond), bytes(x.heapBytesPerThread), afterQueries(x), ...snapshotCells(x),
          ...(x.queryMs
            ? [ms(x.queryMs.median), ms(x.queryMs.p95), ms(x.queryMs.p99), integer(x.queriesPerSecond), percent(x.top1HitRate)]
            : [x.firstQueriesMeanMs ? `~${ms(x.firstQueriesMeanMs)} (mean of 20)` : 'timeout', 'not run', 'not run', x.firstQueriesMeanMs ? `~${integer(1000 / x.firstQueriesMeanMs)}` : '–', '–']),
          singleAdds(x),
        ]), ['l', ...header.slice(1).map(() => 'r')]))
      parts.push('')
      const own = group.find((x) => x.system === 'faqmatch' && !x.error && !x.skipped)
      if (own) {
        const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–')
        const peers = group.filter((x) => x.system !== 'faqmatch' && !x.error && !x.skipped)
        parts.push(`faqmatch ÷ peer (above 1×: faqmatch is slower or larger; top-1 is a difference in points):`, '')
        parts.push(markdownTable(['peer', 'build ms', 'heap/thread', 'after queries', 'snapshot size', 'load ms', 'p50', 'p99', 'queries/s', 'top-1 Δ'], peers.map((p) => [
          p.system, ratio(own.buildMs, p.buildMs), ratio(own.heapBytesPerThread, p.heapBytesPerThread), ratio(own.heapAfterQueriesBytesPerThread, p.heapAfterQueriesBytesPerThread),
          ratio(own.snapshot?.sizeBytes, p.snapshot?.sizeBytes), ratio(own.snapshot?.loadMs, p.snapshot?.loadMs),
          ratio(own.queryMs?.median, p.queryMs?.median), ratio(own.queryMs?.p99, p.queryMs?.p99), ratio(own.queriesPerSecond, p.queriesPerSecond),
          own.queryMs && p.queryMs ? `${((own.top1HitRate - p.top1HitRate) * 100).toFixed(1)}` : '–',
        ]), ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']))
        parts.push('')
      }
    }
  }
  for (const x of r.runs) if (x.snapshot?.error) parts.push(`${x.system}, ${x.lang}, ${integer(x.size)} threads: no snapshot (${x.snapshot.error}).`, '')
  parts.push('FlexSearch has no single-string snapshot (its export() is asynchronous and chunked), natural-tfidf is not in this benchmark (its idf() is O(terms × threads)).', '')
  if (r.notes.length) parts.push('## Notes', '', ...r.notes.map((n) => `- ${n}`), '')
  return parts.join('\n')
}
