#!/usr/bin/env node
// Fits the re-ranking weights and the confidence calibration, reproducibly, on the shared split of
// ../shared/datasets (and the bundled corpus): per language, pairwise and listwise starts then
// coordinate ascent on MRR@10 for the ranking (each dataset weighted equally), then pointwise
// logistic regression for P(relevant). [--cv] leaves each dataset out once; [--cached] reuses features.
// Writes src/matching/ranker-weights.ts. Usage: node benchmarks/fit-ranker.mjs [--dry-run]
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importTypeScript } from './lib/import-typescript.mjs'
import { readJsonl } from './lib/read-jsonl.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const datasetsDir = process.env.FAQMATCH_DATASETS ?? join(root, '..', 'shared', 'datasets')
const dryRun = process.argv.includes('--dry-run')

if (!existsSync(datasetsDir)) {
  console.log(`skipped: ${datasetsDir} not found (the fit needs the labelled evaluation data)`)
  process.exit(0)
}

const outDir = join(root, 'node_modules', '.cache', 'faqmatch-fit')
const { collect, FEATURE_NAMES } = await importTypeScript(root, 'collect.mjs', { entryPoints: [join(root, 'benchmarks/fit/collect-features.ts')] })

// ---- data
const sets = []
for (const name of readdirSync(datasetsDir).sort()) {
  const dir = join(datasetsDir, name)
  if (!existsSync(join(dir, 'threads.jsonl')) || !existsSync(join(dir, 'queries.jsonl'))) continue
  sets.push({ name, dir })
}
for (const name of existsSync(join(root, 'corpus')) ? readdirSync(join(root, 'corpus')).sort() : []) {
  const dir = join(root, 'corpus', name)
  if (existsSync(join(dir, 'threads.jsonl')) && existsSync(join(dir, 'queries.jsonl'))) sets.push({ name: `corpus/${name}`, dir })
}
const cacheFile = join(outDir, 'candidates.json')
const useCache = process.argv.includes('--cached') && existsSync(cacheFile)
const data = useCache ? JSON.parse(readFileSync(cacheFile, 'utf8')) : []
for (const { name, dir } of useCache ? [] : sets) {
  const threads = readJsonl(join(dir, 'threads.jsonl'))
  const queries = readJsonl(join(dir, 'queries.jsonl'))
  const lang = threads[0]?.lang ?? 'de'
  const t0 = Date.now()
  const candidates = collect(threads, queries, lang)
  console.log(`${name.padEnd(22)} ${lang} threads ${threads.length} queries ${queries.length} collected in ${Date.now() - t0} ms`)
  data.push({ name, lang, candidates })
}

if (!useCache) writeFileSync(cacheFile, JSON.stringify(data))

// ---- ranking: pairwise logistic regression, each dataset weighted equally
const dim = FEATURE_NAMES.length
const dot = (w, x) => { let s = 0; for (let i = 0; i < dim; i++) s += w[i] * x[i]; return s }
const MAX_NEGATIVES = 25
function pairsOf(sets) {
  const pairs = []
  for (const set of sets) {
    const usable = set.candidates.filter((q) => q.relevant.some(Boolean) && q.relevant.some((r) => !r))
    const weight = 1 / Math.max(1, usable.length)
    for (const q of usable) {
      const pos = q.features.filter((_, i) => q.relevant[i])
      // Hardest negatives first by the combined word score (feature 1) plus gram (feature 5).
      const neg = q.features.filter((_, i) => !q.relevant[i]).sort((a, b) => b[1] + b[5] - (a[1] + a[5])).slice(0, MAX_NEGATIVES)
      const w = weight / (pos.length * neg.length)
      for (const p of pos) for (const n of neg) pairs.push({ diff: p.map((v, i) => v - n[i]), w })
    }
  }
  return pairs
}
function fitPairwise(pairs, l2 = 1e-3, iterations = 150) {
  const w = new Array(dim).fill(0)
  const m = new Array(dim).fill(0), v = new Array(dim).fill(0)
  const lr = 0.05, b1 = 0.9, b2 = 0.999
  const total = pairs.reduce((s, p) => s + p.w, 0)
  for (let it = 1; it <= iterations; it++) {
    const grad = new Array(dim).fill(0)
    for (const { diff, w: pw } of pairs) {
      const z = dot(w, diff)
      const g = -pw / (1 + Math.exp(z)) / total // d/dz of log(1+e^-z)
      for (let i = 0; i < dim; i++) grad[i] += g * diff[i]
    }
    for (let i = 1; i < dim; i++) grad[i] += l2 * w[i]
    for (let i = 1; i < dim; i++) { // bias (i = 0) cancels out in pairs
      m[i] = b1 * m[i] + (1 - b1) * grad[i]; v[i] = b2 * v[i] + (1 - b2) * grad[i] ** 2
      w[i] -= (lr * (m[i] / (1 - b1 ** it))) / (Math.sqrt(v[i] / (1 - b2 ** it)) + 1e-8)
    }
  }
  return w
}
// Listwise softmax cross-entropy (ListNet with the relevant set as target): closer to MRR than
// pairs, since every candidate of a query competes with the relevant ones at once.
function fitListwise(sets, l2 = 1e-4, iterations = 300) {
  const queries = []
  for (const set of sets) {
    const usable = set.candidates.filter((q) => q.relevant.some(Boolean) && q.relevant.some((r) => !r))
    for (const q of usable) queries.push({ q, w: 1 / Math.max(1, usable.length) })
  }
  const total = queries.reduce((s, x) => s + x.w, 0)
  const w = new Array(dim).fill(0), m = new Array(dim).fill(0), v = new Array(dim).fill(0)
  for (let it = 1; it <= iterations; it++) {
    const grad = new Array(dim).fill(0)
    for (const { q, w: qw } of queries) {
      const s = q.features.map((f) => dot(w, f))
      const max = Math.max(...s)
      const e = s.map((x) => Math.exp(x - max))
      const all = e.reduce((a, b) => a + b, 0)
      const rel = e.reduce((a, x, i) => a + (q.relevant[i] ? x : 0), 0)
      // d/ds_i of -log(rel/all) = p_i - [relevant] · e_i / rel
      q.features.forEach((f, i) => {
        const g = (qw / total) * (e[i] / all - (q.relevant[i] ? e[i] / rel : 0))
        if (g) for (let k = 0; k < dim; k++) grad[k] += g * f[k]
      })
    }
    for (let i = 1; i < dim; i++) {
      grad[i] += l2 * w[i]
      m[i] = 0.9 * m[i] + 0.1 * grad[i]; v[i] = 0.999 * v[i] + 0.001 * grad[i] ** 2
      w[i] -= (0.05 * (m[i] / (1 - 0.9 ** it))) / (Math.sqrt(v[i] / (1 - 0.999 ** it)) + 1e-8)
    }
  }
  return w
}
function mrr(set, w) {
  let rr = 0, n = 0
  for (const q of set.candidates) {
    if (q.outOfScope) continue
    n++
    const order = q.features.map((f, i) => [dot(w, f), i]).sort((a, b) => b[0] - a[0])
    const rank = order.findIndex(([, i]) => q.relevant[i])
    if (rank >= 0 && rank < 10) rr += 1 / (rank + 1)
  }
  return rr / Math.max(1, n)
}

// Pairwise logistic regression gives the direction; coordinate ascent on the macro MRR@10
// (German and English averaged) then tunes the weights on the metric users see.
const macro = (w, sets = data) => macroOf(sets, (set) => mrr(set, w))
function macroOf(sets, mrrOf) {
  const by = { de: [], en: [] }
  for (const set of sets) by[set.lang].push(mrrOf(set))
  const avg = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)
  return (avg(by.de) + avg(by.en)) / 2
}
// The ascent moves one weight at a time, so it keeps every candidate's score and adds step·feature
// instead of recomputing dot products: the same ranking, ~20x faster. The rank of the first relevant
// candidate is counted, not sorted for: the candidates scoring higher, ties broken by order as the
// stable sort in mrr() does.
function scoresOf(set, w) {
  return set.candidates.map((q) => Float64Array.from(q.features, (f) => dot(w, f)))
}
function mrrWithStep(set, scores, feature, step) {
  let rr = 0, n = 0
  set.candidates.forEach((q, k) => {
    if (q.outOfScope) return
    n++
    const s = scores[k], f = q.features
    let best = -1, bestScore = -Infinity
    for (let i = 0; i < s.length; i++) {
      if (!q.relevant[i]) continue
      const v = s[i] + step * f[i][feature]
      if (v > bestScore) { bestScore = v; best = i }
    }
    if (best < 0) return
    let rank = 0
    for (let i = 0; i < s.length && rank < 10; i++) {
      const v = s[i] + step * f[i][feature]
      if (v > bestScore || (v === bestScore && i < best)) rank++
    }
    if (rank < 10) rr += 1 / (rank + 1)
  })
  return rr / Math.max(1, n)
}
// Hand-set weights: one of the ascent's starts, and the floor of the penalties below.
const HAND = { bm25: 0.4, gramRelative: 0.6, coverage: 0.2, productMatch: 0.1, productConflict: -0.5, negationMismatch: -0.2 }
// Features for knowledge the evaluation sets hardly test (few product models, few negations) keep
// at least their hand-set penalty: a fit that never saw iPhone 6 asked against iPhone 7 must not
// switch the conflict off. Upper bounds on the weight, in the starts and throughout the ascent.
const PENALTY_FEATURES = ['productConflict', 'negationMismatch']
const BOUND = FEATURE_NAMES.map((n) => (PENALTY_FEATURES.includes(n) ? HAND[n] : Infinity))
const bounded = (w) => w.map((x, i) => Math.min(x, BOUND[i]))
const COARSE_STEPS = [0.4, 0.2, 0.1, 0.05, -0.05, -0.1, -0.2, -0.4]
const FINE_STEPS = [0.02, 0.01, -0.01, -0.02]
function ascend(start, sets, rounds = 4) {
  let w = bounded(start), best = macro(w, sets)
  let scores = new Map(sets.map((set) => [set, scoresOf(set, w)]))
  for (let round = 0; round < rounds + 2; round++) {
    let improved = false
    // Coarse steps first, then two rounds of fine ones around the coarse optimum.
    for (let i = 1; i < dim; i++) {
      for (const step of round < rounds ? COARSE_STEPS : FINE_STEPS) {
        if (w[i] + step > BOUND[i]) continue
        const value = macroOf(sets, (set) => mrrWithStep(set, scores.get(set), i, step))
        if (value > best + 1e-5) {
          best = value; w = w.slice(); w[i] += step; improved = true
          scores = new Map(sets.map((set) => [set, scoresOf(set, w)]))
        }
      }
    }
    if (!improved && round < rounds) round = rounds - 1
    else if (!improved) break
  }
  return w
}
const handWeights = FEATURE_NAMES.map((n) => HAND[n] ?? 0)
// Ranking is scale-free: each start is scaled to a largest weight of 1 so the ascent's steps mean
// the same for all; the best start after ascent wins.
const unit = (w) => { const max = Math.max(...w.map(Math.abs)) || 1; return w.map((x) => x / max) }
// One weight vector per language, each fitted on that language's sets only: German and English
// questions differ in what carries the meaning (compounds, word order, inflection), and a joint fit
// trades one language's ranking for the other's.
const LANGUAGES = ['de', 'en']
const fitted = {}
for (const lang of LANGUAGES) {
  const own = data.filter((set) => set.lang === lang)
  const pairwise = fitPairwise(pairsOf(own))
  const listwise = fitListwise(own)
  const starts = [handWeights, pairwise, listwise].map(unit)
  const tuned = starts.map((w) => ascend(w, own))
  const best = tuned.reduce((a, b) => (macro(b, own) > macro(a, own) ? b : a))
  fitted[lang] = { own, weights: best, start: starts[tuned.indexOf(best)] }
  console.log(`\n${lang} MRR@10 in pool (macro of its sets): hand ${macro(handWeights, own).toFixed(4)}, pairwise ${macro(pairwise, own).toFixed(4)}, listwise ${macro(listwise, own).toFixed(4)}, tuned ${macro(best, own).toFixed(4)}`)
  console.log('weights:', Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, +best[i].toFixed(4)])))
}
const weightsOf = (set) => fitted[set.lang].weights
console.log(`\nmacro MRR@10 in pool (German and English averaged): ${macroOf(data, (set) => mrr(set, weightsOf(set))).toFixed(4)}`)
// --cv: leave each dataset out of its language's fit once, to see how the weights carry to unseen data.
const crossValidate = process.argv.includes('--cv')
console.log(`\nMRR@10 within the candidate pool (fit on all${crossValidate ? ' | leave-this-dataset-out' : ''}):`)
for (const set of data) {
  const { own, start } = fitted[set.lang]
  const held = crossValidate ? ` | ${mrr(set, ascend(start, own.filter((s) => s !== set), 2)).toFixed(3)}` : ''
  console.log(`  ${set.name.padEnd(22)} ${mrr(set, weightsOf(set)).toFixed(3)}${held}`)
}

// ---- confidence: P(relevant | score, gap, gram) over each query's top 3
// Must list the same names, in the same order, as CALIBRATION_FEATURES in src/matching/confidence.ts.
const CALIBRATION_FEATURES = ['gram', 'coverage', 'questionCoverage', 'wordCoverage', 'tagVote']
const CAL_INDEX = CALIBRATION_FEATURES.map((n) => FEATURE_NAMES.indexOf(n))
const CAL_TOP = 3
const rows = []
for (const set of data) {
  const weight = 1 / Math.max(1, set.candidates.length)
  for (const q of set.candidates) {
    const scored = q.features.map((f, i) => ({ s: dot(weightsOf(set), f), f, rel: q.relevant[i] })).sort((a, b) => b.s - a.s)
    scored.slice(0, CAL_TOP).forEach((c, i) => {
      const other = i === 0 ? scored[1]?.s : scored[0].s
      const gap = other === undefined ? c.s : c.s - other
      rows.push({ x: [1, i === 0 ? 1 : 0, c.s, gap, ...CAL_INDEX.map((k) => c.f[k])], y: c.rel ? 1 : 0, w: weight, top: i === 0, set: set.name, lang: set.lang, oos: q.outOfScope })
    })
  }
}
function fitLogistic(rows, iterations = 1500) {
  const k = rows[0].x.length
  const w = new Array(k).fill(0), m = new Array(k).fill(0), v = new Array(k).fill(0)
  const total = rows.reduce((s, r) => s + r.w, 0)
  for (let it = 1; it <= iterations; it++) {
    const grad = new Array(k).fill(0)
    for (const r of rows) {
      let z = 0; for (let i = 0; i < k; i++) z += w[i] * r.x[i]
      const p = 1 / (1 + Math.exp(-z))
      for (let i = 0; i < k; i++) grad[i] += ((p - r.y) * r.w * r.x[i]) / total
    }
    for (let i = 0; i < k; i++) {
      m[i] = 0.9 * m[i] + 0.1 * grad[i]; v[i] = 0.999 * v[i] + 0.001 * grad[i] ** 2
      w[i] -= (0.05 * (m[i] / (1 - 0.9 ** it))) / (Math.sqrt(v[i] / (1 - 0.999 ** it)) + 1e-8)
    }
  }
  return w
}
// One calibration per language: each language's ranking weights give scores of their own scale.
const cal = Object.fromEntries(LANGUAGES.map((lang) => [lang, fitLogistic(rows.filter((r) => r.lang === lang))]))
const conf = (r) => 1 / (1 + Math.exp(-r.x.reduce((z, x, i) => z + cal[r.lang][i] * x, 0)))
const tops = rows.filter((r) => r.top)
for (const lang of LANGUAGES) console.log(`\ncalibration ${lang}`, cal[lang].map((x) => +x.toFixed(4)))
console.log('reliability of top-1 (pooled): bin  count  share correct')
for (let b = 0; b < 10; b++) {
  const sel = tops.filter((r) => { const c = conf(r); return c >= b / 10 && (c < (b + 1) / 10 || b === 9) })
  if (sel.length) console.log(`  ${(b / 10).toFixed(1)}-${((b + 1) / 10).toFixed(1)}  ${String(sel.length).padStart(5)}  ${(sel.filter((r) => r.y).length / sel.length).toFixed(3)}`)
}
const at = (c) => { const sel = tops.filter((r) => conf(r) >= c); return `${(sel.filter((r) => r.y).length / Math.max(1, sel.length)).toFixed(3)} of ${sel.length}` }
console.log(`P(top ok | conf>=0.9) ${at(0.9)}; P(top ok | conf>=0.5) ${at(0.5)}`)
// The suggest threshold: the highest confidence below which at most MAX_CORRECT_TO_NEW of clinc's
// correctly answered queries are called new (clinc is the set with unanswerable queries); the
// margin under the issue's 10% leaves room for held-out queries.
const MAX_CORRECT_TO_NEW = 0.09
const clinc = tops.filter((r) => r.set === 'clinc150-en')
const clincOos = clinc.filter((r) => r.oos), clincOk = clinc.filter((r) => !r.oos && r.y)
const shareNew = (rows, t) => rows.filter((r) => conf(r) < t).length / Math.max(1, rows.length)
let suggestThreshold = 0.5
for (let t = 0.3; t <= 0.7001; t += 0.01) {
  const rounded = +t.toFixed(2)
  if (clincOk.length && shareNew(clincOk, rounded) <= MAX_CORRECT_TO_NEW) suggestThreshold = rounded
  if (clincOos.length && [0.3, 0.4, 0.5, 0.6, 0.7].includes(rounded)) console.log(`  suggest threshold ${rounded}: clinc OOS->new ${shareNew(clincOos, rounded).toFixed(3)}, correct top->new ${shareNew(clincOk, rounded).toFixed(3)}`)
}
console.log(`suggest threshold ${suggestThreshold}: clinc OOS->new ${shareNew(clincOos, suggestThreshold).toFixed(3)}, correct top->new ${shareNew(clincOk, suggestThreshold).toFixed(3)}`)

if (!dryRun) {
  const file = join(root, 'src/matching/ranker-weights.ts')
  const body = `/**
 * Re-ranking weights and confidence calibration.
 * GENERATED by \`node benchmarks/fit-ranker.mjs\` (ranking: pairwise and listwise starts, then
 * coordinate ascent on MRR@10, one weight vector per language fitted on that language's sets;
 * confidence: pointwise logistic regression over all sets; the shared split of the evaluation
 * datasets and the bundled corpus, every dataset weighted equally); do not edit by hand.
 */
import type { Language } from '../types.js'
import type { FeatureName } from './features.js'

export const RANKER_WEIGHTS: Readonly<Record<Language, Readonly<Record<FeatureName, number>>>> = {
${LANGUAGES.map((lang) => `  ${lang}: {\n${FEATURE_NAMES.map((n, i) => `    ${n}: ${+fitted[lang].weights[i].toFixed(5)},`).join('\n')}\n  },`).join('\n')}
}

/** P(relevant) = sigmoid(intercept + top + score·w + gap·w + Σ feature·w): fitted on the top-${CAL_TOP} candidates' labels. */
export const CONFIDENCE_CALIBRATION = {
${LANGUAGES.map((lang) => `  ${lang}: {\n    intercept: ${+cal[lang][0].toFixed(5)},\n    top: ${+cal[lang][1].toFixed(5)},\n    score: ${+cal[lang][2].toFixed(5)},\n    gap: ${+cal[lang][3].toFixed(5)},\n${CALIBRATION_FEATURES.map((n, i) => `    ${n}: ${+cal[lang][4 + i].toFixed(5)},`).join('\n')}\n  },`).join('\n')}
} as const

/** Suggest from this confidence on: the highest at which at most ${MAX_CORRECT_TO_NEW * 100}% of clinc150-en's correctly answered queries are called new (${(shareNew(clincOos, suggestThreshold) * 100).toFixed(0)}% of its unanswerable ones are). */
export const FITTED_SUGGEST_MIN_CONFIDENCE = ${suggestThreshold}
`
  writeFileSync(file, body)
  console.log(`\nwrote ${file}`)
}
