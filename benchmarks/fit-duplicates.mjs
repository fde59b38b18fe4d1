#!/usr/bin/env node
// Fits the duplicate probability (src/duplicates/duplicate-weights.ts), reproducibly: logistic
// regression over the pair features of every pairs.jsonl in ../shared/datasets (shared split), each
// set weighted equally, then the default threshold (best mean F0.5 over the sets). Also prints
// leave-one-set-out AP, so in-sample optimism is visible, and the AP of the same weights without
// corpus statistics (duplicateScore without an index).
// Features are computed as duplicateScore(a, b, { index }) computes them: each set's threads.jsonl
// (questions with answers) and its pair texts that are no thread question form one index (no
// redaction, like the baselines), whose analyzer, question statistics (idf, as the TF-IDF baseline
// takes its idf from the set) and answers (answer-evidence.ts) score that set's pairs.
// The TypeScript features are bundled on the fly with esbuild (nothing to build first).
// Usage: node benchmarks/fit-duplicates.mjs [--dry-run] [--logistic] [--ceilings] [--neighbours] [--thesaurus=FILE]  (--logistic: the old
// plain fit, for comparison; --ceilings: also each set's AP with weights fitted on that set alone, the most these features
// can do there; --thesaurus: an experiment, implies --dry-run: one more feature, the idf share of the terms that are no
// shared term but a synonym of one on the other side, from an OpenThesaurus text file, German pairs only; Debian's
// openthesaurus-de-text installs one as /usr/share/openthesaurus-de/openthesaurus.txt)
import { writeFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importTypeScript } from './lib/import-typescript.mjs'
import { createRandom, randomIndex, sample } from './lib/seeded-random.mjs'
import { averagePrecision, countsAt, fBetaAt, f1At } from './lib/pair-metrics.mjs'
import { readJsonl } from './lib/read-jsonl.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const datasetsDir = process.env.FAQMATCH_DATASETS ?? join(root, '..', 'shared', 'datasets')
const thesaurusFile = process.argv.find((a) => a.startsWith('--thesaurus='))?.slice('--thesaurus='.length)
const dryRun = process.argv.includes('--dry-run') || thesaurusFile !== undefined
if (thesaurusFile !== undefined && !existsSync(thesaurusFile)) {
  console.error(`--thesaurus: ${thesaurusFile} not found`)
  process.exit(2)
}

if (!existsSync(datasetsDir)) {
  console.log(`skipped: ${datasetsDir} not found (the fit needs the labelled pairs)`)
  process.exit(0)
}

const { setFeatures, neighbourFeatures, PAIR_FEATURE_NAMES: FEATURE_NAMES, createSynonymFeature } = await importTypeScript(root, 'pair-features.mjs', {
  stdin: {
    contents: `
      import { createAnalyzer } from './src/analysis/analyzer.js'
      import { profileText } from './src/matching/text-profile.js'
      import { createFaqIndex } from './src/faq-index/create-faq-index.js'
      import { pairFeatures, PAIR_FEATURE_NAMES } from './src/duplicates/pair-features.js'
      import { createPairProfiler } from './src/duplicates/pair-profile.js'
      import { storeStatistics, UNIFORM_STATISTICS } from './src/duplicates/pair-statistics.js'
      export { PAIR_FEATURE_NAMES }
      import { answerEvidence } from './src/duplicates/answer-evidence.js'
      import { entryWeight } from './src/duplicates/pair-statistics.js'
      /**
       * The --thesaurus experiment: OpenThesaurus lines are synonym sets separated by ';', with
       * notes in parentheses; entries that analyze to one term link the terms of their set.
       * The feature: idf mass of the unshared terms that have a synonym among the other side's
       * unshared terms, over the idf mass of all terms of both sides.
       */
      export function createSynonymFeature(thesaurusText) {
        const analyzer = createAnalyzer({ language: 'de' })
        const setsOf = new Map()
        let setId = 0
        for (const line of thesaurusText.split('\\n')) {
          if (!line || line.startsWith('#')) continue
          const terms = new Set(line.split(';').flatMap((entry) => {
            const terms = profileText(analyzer, entry.replace(/\\([^)]*\\)/g, '')).terms
            return terms.length === 1 ? terms : []
          }))
          if (terms.size < 2) continue
          setId++
          for (const term of terms) setsOf.set(term, [...(setsOf.get(term) ?? []), setId])
        }
        return (a, b, statistics) => {
          const weight = (term) => entryWeight(statistics, term, 'term')
          const onlyA = a.distinctTerms.filter((t) => !b.distinctTerms.includes(t))
          const onlyB = b.distinctTerms.filter((t) => !a.distinctTerms.includes(t))
          const linked = (terms, other) => {
            const otherSets = new Set(other.flatMap((t) => setsOf.get(t) ?? []))
            return terms.filter((t) => (setsOf.get(t) ?? []).some((s) => otherSets.has(s))).reduce((sum, t) => sum + weight(t), 0)
          }
          const total = [...a.distinctTerms, ...b.distinctTerms].reduce((sum, t) => sum + weight(t), 0)
          return total ? (linked(onlyA, onlyB) + linked(onlyB, onlyA)) / total : 0
        }
      }
      /**
       * Features of a set's pairs: with the set's index (fitted on) and without statistics (reported).
       * The index holds the set's threads.jsonl (questions with their answers) and every pair text
       * that is no thread question (answer ''), as benchmarks/duplicates.mjs builds it.
       */
      /**
       * Hard candidates, as findSimilar and findDuplicates meet them (--neighbours): each query
       * against the threads the index matches for it (top \`depth\`), a duplicate when the query is
       * labelled with that thread. Features as duplicateScore(query, thread question, { index }).
       */
      export function neighbourFeatures(threads, queries, language, depth) {
        const index = createFaqIndex({ language, redact: false })
        index.addAll(threads.map((t) => ({ id: t.id, question: t.question, answer: t.answer ?? '' })))
        const toPairProfile = createPairProfiler(storeStatistics(index.store))
        const analyzer = createAnalyzer({ language })
        const uniform = createPairProfiler(UNIFORM_STATISTICS)
        const cache = new Map()
        const profiles = (text) => {
          let p = cache.get(text)
          if (!p) {
            const profile = index.profileQuestion(text, language).profile
            cache.set(text, (p = { x: toPairProfile(profile, answerEvidence(index, text, profile)), plain: uniform(profileText(analyzer, text)) }))
          }
          return p
        }
        const questionOf = new Map(threads.map((t) => [t.id, t.question]))
        return queries.flatMap((q) => index.match(q.text, { limit: depth }).matches.map((m) => {
          const a = profiles(q.text), b = profiles(questionOf.get(m.threadId))
          return { x: pairFeatures(a.x, b.x), plain: pairFeatures(a.plain, b.plain), y: q.relevant.includes(m.threadId) ? 1 : 0 }
        }))
      }
      export function setFeatures(pairs, threads, language, synonymFeature) {
        const texts = [...new Set(pairs.flatMap((p) => [p.a, p.b]))]
        const index = createFaqIndex({ language, redact: false })
        const known = new Set(threads.map((t) => t.question))
        index.addAll([...threads.map((t) => ({ id: t.id, question: t.question, answer: t.answer ?? '' })), ...texts.filter((t) => !known.has(t)).map((question, i) => ({ id: 'pair-text-' + i, question, answer: '' }))])
        const withIndex = createPairProfiler(storeStatistics(index.store))
        const indexed = new Map(texts.map((t) => {
          const profile = index.profileQuestion(t, language).profile
          return [t, withIndex(profile, answerEvidence(index, t, profile))]
        }))
        const analyzer = createAnalyzer({ language })
        const uniform = createPairProfiler(UNIFORM_STATISTICS)
        const plain = new Map(texts.map((t) => [t, uniform(profileText(analyzer, t))]))
        const statistics = storeStatistics(index.store)
        const extra = (profiles, p, stats) => (!synonymFeature ? [] : [language === 'de' ? synonymFeature(profiles.get(p.a).profile, profiles.get(p.b).profile, stats) : 0])
        return pairs.map((p) => ({
          x: [...pairFeatures(indexed.get(p.a), indexed.get(p.b)), ...extra(indexed, p, statistics)],
          plain: [...pairFeatures(plain.get(p.a), plain.get(p.b)), ...extra(plain, p, UNIFORM_STATISTICS)],
        }))
      }`,
    resolveDir: root,
    loader: 'ts',
  },
})

const PAIR_FEATURE_NAMES = thesaurusFile === undefined ? FEATURE_NAMES : [...FEATURE_NAMES, 'thesaurusSynonyms']
const synonymFeature = thesaurusFile === undefined ? undefined : createSynonymFeature(readFileSync(thesaurusFile, 'utf8'))

// ---- data
const sets = []
for (const name of readdirSync(datasetsDir).sort()) {
  const file = join(datasetsDir, name, 'pairs.jsonl')
  if (!existsSync(file)) continue
  const pairs = readJsonl(file)
  const threadsFile = join(datasetsDir, name, 'threads.jsonl')
  const threads = existsSync(threadsFile) ? readJsonl(threadsFile) : []
  const rows = setFeatures(pairs, threads, pairs[0]?.lang ?? 'de', synonymFeature).map((f, i) => ({ ...f, y: pairs[i].duplicate ? 1 : 0 }))
  const positives = rows.filter((r) => r.y).length
  console.log(`${name.padEnd(14)} ${pairs.length} pairs, ${positives} duplicates`)
  sets.push({ name, rows })
}
// --neighbours: hard candidates (neighbourFeatures), reported beside the pairs sets and not fitted
// on: their labels miss duplicates among the threads themselves (covid-faq-de's authorities ask the
// same things), so their AP is a lower bound. Intent sets are left out: one intent is not one question.
const NEIGHBOUR_SETS = ['covid-faq-de', 'covid-faq-en', 'nlu-sim-de', 'pawsx-de', 'stackfaq-en', 'covid-q-en']
const NEIGHBOUR_QUERIES = 300
const NEIGHBOUR_DEPTH = 5
const neighbourSets = []
for (const name of process.argv.includes('--neighbours') ? NEIGHBOUR_SETS : []) {
  const dir = join(datasetsDir, name)
  if (!existsSync(join(dir, 'queries.jsonl'))) continue
  const threads = readJsonl(join(dir, 'threads.jsonl'))
  const random = createRandom(0x6e656967)
  const labelled = readJsonl(join(dir, 'queries.jsonl')).filter((q) => q.relevant.length)
  const queries = sample(random, labelled, NEIGHBOUR_QUERIES)
  const rows = neighbourFeatures(threads, queries, threads[0]?.lang ?? 'de', NEIGHBOUR_DEPTH)
  console.log(`${(name + ' nb').padEnd(14)} ${rows.length} query-neighbour pairs, ${rows.filter((r) => r.y).length} duplicates`)
  neighbourSets.push({ name: name + ' nb', rows })
}
if (!sets.length) {
  console.log(`skipped: no pairs.jsonl under ${datasetsDir}`)
  process.exit(0)
}

// Too rare or too special in the labelled pairs to learn, so fixed priors: a different model of one
// product, or a negation on one side of otherwise equal terms, asks another question (a veto: -6
// takes a perfect textual match to ~0.1). In the pairs, negations are incidental ("Personen ohne
// Krankheitszeichen") and fitting them gave a weak weight that lets "Vertrag nicht kündigen" pass
// as "Vertrag kündigen".
// orderConflict: swapped roles among many shared words occur only in pawsx-de; the ranking fit
// over all sets weakens it to -1.5 (pawsx-de AP 0.70 -> 0.60, and "A ist Nebenfluss von B" then
// passes as "B ist Nebenfluss von A"). Fixed at -6 like the other vetoes: -5 was about what the
// plain logistic fit learns from pawsx-de (-5.2), but refits move the fitted lexical weights
// (with the first, uncentred answeredNeighbours feature they grew ~1.25x and -5 no longer kept the
// swapped-roles example of test/duplicates below a one-word rewording). So pawsx-de's
// leave-one-set-out AP is not fully out of sample (reported so).
const FIXED = { productConflict: -6, negationMismatch: -6, orderConflict: -6 }
for (const name of Object.keys(FIXED)) {
  const i = PAIR_FEATURE_NAMES.indexOf(name)
  const count = sets.reduce((n, s) => n + s.rows.filter((r) => r.x[i] !== 0).length, 0)
  console.log(`fixed prior ${name} = ${FIXED[name]} (fires on ${count} labelled pairs)`)
}

// ---- logistic regression (Adam, small L2), each set weighted equally
const dim = PAIR_FEATURE_NAMES.length
const fixed = PAIR_FEATURE_NAMES.map((n) => FIXED[n] ?? null)
const L2 = 1e-3
const ITERATIONS = 1500
/**
 * Ranking fit: AP is a ranking measure within each set, and one logistic fit across sets lets a
 * set's base rate and regime (pawsx-de's near-identical negatives) bend the weights for all. So the
 * free weights minimise a pairwise logistic loss (a duplicate above a non-duplicate of the same
 * set; up to RANK_PAIRS_PER_SET seeded pairs per set, sets weighted equally), then a Platt step fits
 * scale and bias on the log-loss so the output is a probability again (monotone: AP unchanged).
 */
const RANK_PAIRS_PER_SET = 20000
function fitRanking(fitSets) {
  const random = createRandom(0x64757073)
  const free = fixed.map((f, i) => f === null && i !== 0)
  const pairs = fitSets.flatMap((s) => {
    const pos = s.rows.filter((r) => r.y), neg = s.rows.filter((r) => !r.y)
    const count = Math.min(RANK_PAIRS_PER_SET, pos.length * neg.length)
    return Array.from({ length: count }, () => ({ d: pos[randomIndex(random, pos.length)].x.map((v, i) => v - neg[randomIndex(random, neg.length)].x[i]), w: 1 / count }))
  })
  const w = new Array(dim).fill(0), m = new Array(dim).fill(0), v = new Array(dim).fill(0)
  for (let it = 1; it <= ITERATIONS; it++) {
    const g = w.map((wi) => L2 * wi)
    for (const p of pairs) {
      let z = 0
      for (let i = 0; i < dim; i++) if (free[i]) z += w[i] * p.d[i]
      const q = 1 / (1 + Math.exp(z)) // d loss / d z = -sigmoid(-z)
      for (let i = 0; i < dim; i++) if (free[i]) g[i] -= (q * p.w * p.d[i]) / fitSets.length
    }
    adamStep(w, g, m, v, it, free)
  }
  // Platt: p = sigmoid(a * free score + bias + fixed priors), a and bias on the log-loss.
  const rows = fitSets.flatMap((s) => s.rows.map((r) => ({ z: r.x.reduce((sum, x, i) => sum + (free[i] ? w[i] * x : 0), 0), prior: r.x.reduce((sum, x, i) => sum + (fixed[i] !== null ? fixed[i] * x : 0), 0), y: r.y, w: 1 / s.rows.length })))
  const ab = [1, 0], mm = [0, 0], vv = [0, 0]
  for (let it = 1; it <= ITERATIONS; it++) {
    const g = [0, 0]
    for (const r of rows) {
      const p = 1 / (1 + Math.exp(-(ab[0] * r.z + ab[1] + r.prior)))
      g[0] += ((p - r.y) * r.w * r.z) / fitSets.length
      g[1] += ((p - r.y) * r.w) / fitSets.length
    }
    adamStep(ab, g, mm, vv, it, [true, true])
  }
  return w.map((wi, i) => (i === 0 ? ab[1] : free[i] ? ab[0] * wi : fixed[i]))
}
function adamStep(w, g, m, v, it, free) {
  for (let i = 0; i < w.length; i++) {
    if (!free[i]) continue
    m[i] = 0.9 * m[i] + 0.1 * g[i]
    v[i] = 0.999 * v[i] + 0.001 * g[i] ** 2
    w[i] -= (0.1 * (m[i] / (1 - 0.9 ** it))) / (Math.sqrt(v[i] / (1 - 0.999 ** it)) + 1e-8)
  }
}

const logistic = process.argv.includes('--logistic')
function fit(fitSets) {
  return logistic ? fitLogistic(fitSets) : fitRanking(fitSets)
}

/** The plain joint logistic fit, kept for comparison (--logistic): better on pawsx-de, worse elsewhere. */
function fitLogistic(fitSets) {
  const rows = fitSets.flatMap((s) => s.rows.map((r) => ({ ...r, w: 1 / s.rows.length })))
  const total = rows.reduce((s, r) => s + r.w, 0)
  const w = fixed.map((f) => f ?? 0)
  const m = new Array(dim).fill(0), v = new Array(dim).fill(0)
  for (let it = 1; it <= ITERATIONS; it++) {
    const g = w.map((wi, i) => (i === 0 ? 0 : L2 * wi))
    for (const r of rows) {
      const p = probability(w, r.x)
      for (let i = 0; i < dim; i++) g[i] += ((p - r.y) * r.w * r.x[i]) / total
    }
    for (let i = 0; i < dim; i++) {
      if (fixed[i] !== null) continue
      m[i] = 0.9 * m[i] + 0.1 * g[i]
      v[i] = 0.999 * v[i] + 0.001 * g[i] ** 2
      w[i] -= (0.1 * (m[i] / (1 - 0.9 ** it))) / (Math.sqrt(v[i] / (1 - 0.999 ** it)) + 1e-8)
    }
  }
  return w
}
function probability(w, x) {
  let z = 0
  for (let i = 0; i < dim; i++) z += w[i] * x[i]
  return 1 / (1 + Math.exp(-z))
}

// ---- metrics: benchmarks/lib/pair-metrics.mjs
const precisionAt = (scored, threshold) => { const { tp, fp } = countsAt(scored, threshold); return tp + fp ? tp / (tp + fp) : 1 }
const scoredWith = (w, set, key = 'x') => set.rows.map((r) => ({ score: probability(w, r[key]), label: r.y === 1 }))

const weights = fit(sets)
// The thresholds with the best mean F1 and F0.5 over the sets (each set counts once), to two decimals.
function bestThreshold(beta) {
  let best = [-1, 0.5]
  for (let t = 0.05; t <= 0.951; t += 0.01) {
    const mean = sets.reduce((s, set) => s + fBetaAt(scoredWith(weights, set), t, beta), 0) / sets.length
    if (mean > best[0] + 1e-9) best = [mean, Math.round(t * 100) / 100]
  }
  return best
}
const [bestF1, threshold] = bestThreshold(1)
const [bestF05, precisionThreshold] = bestThreshold(0.5)
console.log(`F0.5-optimal threshold ${precisionThreshold} (mean F0.5 ${bestF05.toFixed(3)})`)

console.log('\nweights:', Object.fromEntries(PAIR_FEATURE_NAMES.map((n, i) => [n, +weights[i].toFixed(3)])))
console.log(`F1-optimal threshold ${threshold} (mean F1 over sets ${bestF1.toFixed(3)})\n`)
console.log('set             AP in-sample  AP leave-set-out  AP no index  F1 / precision at F1 threshold, at F0.5 threshold (default)')
for (const set of sets) {
  const heldOut = sets.length > 1 ? averagePrecision(scoredWith(fit(sets.filter((s) => s !== set)), set)).toFixed(3) : '–'
  const inSample = scoredWith(weights, set)
  const plain = averagePrecision(scoredWith(weights, set, 'plain')).toFixed(3)
  console.log(`${set.name.padEnd(16)}${averagePrecision(inSample).toFixed(3).padStart(12)}${heldOut.padStart(18)}${plain.padStart(13)}      ${f1At(inSample, threshold).toFixed(3)} / ${precisionAt(inSample, threshold).toFixed(3)}   ${f1At(inSample, precisionThreshold).toFixed(3)} / ${precisionAt(inSample, precisionThreshold).toFixed(3)}`)
}

for (const set of neighbourSets) {
  const inSample = scoredWith(weights, set)
  console.log(`${set.name.padEnd(16)}${averagePrecision(inSample).toFixed(3).padStart(12)}${'(not fitted on)'.padStart(18)}${averagePrecision(scoredWith(weights, set, 'plain')).toFixed(3).padStart(13)}      ${f1At(inSample, threshold).toFixed(3)} / ${precisionAt(inSample, threshold).toFixed(3)}   ${f1At(inSample, precisionThreshold).toFixed(3)} / ${precisionAt(inSample, precisionThreshold).toFixed(3)}`)
}

// Whether the weights or the features limit a set: fitted on that set alone, the weights can do no
// better there (in-sample), so a target above this AP needs new evidence, not another fit.
if (process.argv.includes('--ceilings')) {
  console.log('\nown-set fit (weights fitted on each set alone, in-sample AP)')
  for (const set of sets) console.log(`${set.name.padEnd(16)}${averagePrecision(scoredWith(fit([set]), set)).toFixed(3).padStart(12)}`)
}

if (dryRun) process.exit(0)
const body = `/**
 * Logistic weights of the duplicate probability, aligned with PAIR_FEATURE_NAMES, and the default
 * duplicate threshold.
 * GENERATED by \`node benchmarks/fit-duplicates.mjs\`: do not edit by hand, rerun the script.
 * ${logistic ? 'Logistic regression' : 'Pairwise ranking fit within each set, then Platt scaling'} (L2 ${L2}) on the pair features of every pairs.jsonl in the shared split of the
 * evaluation datasets (${sets.map((s) => s.name).join(', ')}), each set weighted equally, each
 * set's pairs scored with an index of its threads.jsonl (questions and answers) plus its other pair
 * texts (idf from the set, like the TF-IDF baseline).
 * Fixed priors, too rare in the pairs to learn: ${Object.entries(FIXED).map(([k, v]) => `${k} ${v}`).join(', ')}.
 */
import type { PairFeatureName } from './pair-features.js'

export const DUPLICATE_WEIGHTS: Readonly<Record<PairFeatureName, number>> = {
${PAIR_FEATURE_NAMES.map((n, i) => `  ${n}: ${+weights[i].toFixed(4)},`).join('\n')}
}

/**
 * The default \`minSimilarity\`: the probability threshold with the best mean F0.5 over the fitted
 * sets (${bestF05.toFixed(3)}). F0.5 and not F1 (best at ${threshold}, mean F1 ${bestF1.toFixed(3)}): a wrong merge hides a
 * thread and its answer, a missed duplicate only leaves two threads; and the pair sets hold ~45%
 * duplicates, far more than a thread's index neighbours do, which pulls the F1 optimum low. Two
 * questions without a shared word score ~${(1 / (1 + Math.exp(-weights[0]))).toFixed(2)}, so the threshold must stay above that.
 */
export const DUPLICATE_THRESHOLD = ${precisionThreshold}
`
writeFileSync(join(root, 'src/duplicates/duplicate-weights.ts'), body)
console.log('\nwrote src/duplicates/duplicate-weights.ts')
