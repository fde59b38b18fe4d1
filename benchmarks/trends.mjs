// Trends benchmark on GermEval 2017 (Deutsche Bahn social media, labelled sentiment and aspect
// categories): sentiment accuracy / macro-F1 of natural's plain lexicon vs our service lexicon and
// rules, thresholds fitted on one hash half and reported on the other; topic purity, NMI and AMI
// against the aspect categories; and a speed run on 100k generated messages. Run `npm run build`
// first. Writes benchmarks/results/trends.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { topicTrends } from '../dist/index.js'
import { readJsonl } from './lib/read-jsonl.mjs'
import { createRandom, pick, randomIndex } from './lib/seeded-random.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const datasetFile = join(here, '../../shared/datasets/germeval2017-de/messages.jsonl')
if (!existsSync(datasetFile)) {
  console.log(`trends benchmark skipped: ${datasetFile} is missing (see ../shared/datasets/germeval2017-de/SOURCE.md)`)
  process.exit(0)
}
const rows = readJsonl(datasetFile)
const START_MS = Date.parse('2016-01-04T00:00:00Z')
const MINUTE_MS = 60_000
const toMessage = (row, i) => ({ id: row.id, text: row.text, createdAt: new Date(START_MS + i * MINUTE_MS).toISOString(), channel: row.channel === 'twitter' ? 'twitter' : 'web' })
const messages = rows.map(toMessage)
const lines = ['# Trends benchmark', '', `GermEval 2017 dev: ${rows.length} messages (${datasetFile.replace(/.*shared\//, '../shared/')}). Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`, '']

// ---- Sentiment -----------------------------------------------------------------------------
const CLASSES = ['negative', 'neutral', 'positive']
// Held-out split: half A / half B by an FNV-1a hash of the message id (fixed, independent of order).
const fnv1a = (text) => {
  let hash = 2166136261
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  return hash >>> 0
}
const halfOf = rows.map((r) => (fnv1a(r.id) % 2 === 0 ? 'A' : 'B'))
const ALL = rows.map((_, i) => i)
const HALF_A = ALL.filter((i) => halfOf[i] === 'A')
const HALF_B = ALL.filter((i) => halfOf[i] === 'B')
// SENTIMENT_THRESHOLDS in src/trends/score-sentiment.ts (fitted on half A); checked against topicTrends' `negative` flags below.
const SHIPPED = { lexicon: { negativeBelow: 0, positiveAbove: 0.05 }, negation: { negativeBelow: -0.1, positiveAbove: 0.2 } }
const THRESHOLD_GRID = [0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7]
const labelOf = (score, t) => (score < t.negativeBelow ? 'negative' : score > t.positiveAbove ? 'positive' : 'neutral')
function scoresFor(method) {
  const t0 = performance.now()
  const trends = topicTrends(messages, { window: 'week', sentiment: method })
  const byId = new Map(trends.messages.map((m) => [m.id, m]))
  const scores = rows.map((r) => byId.get(r.id).sentiment)
  const flagged = rows.filter((r) => byId.get(r.id).negative).length
  const expected = scores.filter((s) => labelOf(s, SHIPPED[method]) === 'negative').length
  if (flagged !== expected) throw new Error(`SHIPPED.${method} is out of date: topicTrends flags ${flagged} negative, these thresholds ${expected}`)
  return { scores, ms: performance.now() - t0, trends }
}
function evaluate(indices, scores, thresholds) {
  const tp = [0, 0, 0], fp = [0, 0, 0], fn = [0, 0, 0]
  let correct = 0
  for (const i of indices) {
    const predicted = CLASSES.indexOf(labelOf(scores[i], thresholds))
    const gold = CLASSES.indexOf(rows[i].sentiment)
    if (predicted === gold) (tp[gold]++, correct++)
    else (fp[predicted]++, fn[gold]++)
  }
  const f1s = tp.map((t, k) => (t === 0 ? 0 : (2 * t) / (2 * t + fp[k] + fn[k])))
  return { accuracy: correct / indices.length, macroF1: f1s.reduce((a, b) => a + b, 0) / 3, f1s }
}
const byMacroF1 = (r) => r.macroF1
/** Thresholds with the best `goal` (default macro-F1) on `indices`: both free, or one symmetric band (the old procedure). */
function fit(indices, scores, symmetric = false, goal = byMacroF1) {
  let best
  for (const low of THRESHOLD_GRID) {
    for (const high of symmetric ? [low] : THRESHOLD_GRID) {
      const thresholds = { negativeBelow: -low, positiveAbove: high }
      const result = evaluate(indices, scores, thresholds)
      if (!best || goal(result) > goal(best)) best = { thresholds, ...result }
    }
  }
  return best
}
const pct = (x) => (x * 100).toFixed(1)
const showThresholds = (t) => `${t.negativeBelow} / ${t.positiveAbove}`
const runs = {}
for (const method of ['lexicon', 'negation']) runs[method] = scoresFor(method)
const sentimentRows = []
for (const [name, method, symmetric] of [
  ['natural plain lexicon, one band (old procedure)', 'lexicon', true],
  ['natural plain lexicon (baseline)', 'lexicon', false],
  ['ours: service lexicon + rules', 'negation', false],
]) {
  const scores = runs[method].scores
  const onA = fit(HALF_A, scores, symmetric)
  const onB = fit(HALF_B, scores, symmetric)
  sentimentRows.push({
    name,
    fitA: onA.thresholds,
    heldOutB: evaluate(HALF_B, scores, onA.thresholds),
    heldOutA: evaluate(HALF_A, scores, onB.thresholds),
    fitB: onB.thresholds,
    inSample: fit(ALL, scores, symmetric),
  })
}
// A second operating point: thresholds fitted for accuracy + macro-F1, so neither metric is traded away.
const byBoth = (r) => r.accuracy + r.macroF1
const balancedRows = [['natural plain lexicon (baseline)', 'lexicon'], ['ours', 'negation']].map(([name, method]) => {
  const scores = runs[method].scores
  const onA = fit(HALF_A, scores, false, byBoth)
  const onB = fit(HALF_B, scores, false, byBoth)
  return { name, fitA: onA.thresholds, heldOutB: evaluate(HALF_B, scores, onA.thresholds), fitB: onB.thresholds, heldOutA: evaluate(HALF_A, scores, onB.thresholds) }
})
/** ROC AUC of `scores` (sign −1: lower means more likely) for gold class `cls` against the rest, ties averaged. */
function rocAuc(indices, scores, cls, sign) {
  const order = [...indices].sort((a, b) => sign * (scores[a] - scores[b]))
  let rankSum = 0
  let positives = 0
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++
    const rank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) if (rows[order[k]].sentiment === cls) (rankSum += rank, positives++)
    i = j + 1
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * (order.length - positives))
}
const aucRows = [['natural plain lexicon (baseline)', 'lexicon'], ['ours', 'negation']].map(([name, method]) => ({
  name,
  values: [ALL, HALF_B].flatMap((indices) => [rocAuc(indices, runs[method].scores, 'negative', -1), rocAuc(indices, runs[method].scores, 'positive', 1)]),
}))
const shippedRows = ['lexicon', 'negation'].map((method) => ({ method, all: evaluate(ALL, runs[method].scores, SHIPPED[method]), b: evaluate(HALF_B, runs[method].scores, SHIPPED[method]) }))
const neutralScores = rows.map(() => 0)
const majority = { b: evaluate(HALF_B, neutralScores, { negativeBelow: 0, positiveAbove: 0 }), all: evaluate(ALL, neutralScores, { negativeBelow: 0, positiveAbove: 0 }) }
const count = (indices, c) => indices.filter((i) => rows[i].sentiment === c).length
lines.push('## Sentiment (3 classes: negative / neutral / positive)', '')
lines.push(
  `Labels: document sentiment (${CLASSES.map((c) => `${c} ${count(ALL, c)}`).join(', ')}). Held-out split: half A (${HALF_A.length}) and half B (${HALF_B.length}) by an FNV-1a hash of the message id. Class thresholds (negative below, positive above) are fitted for macro-F1 on one half and reported on the other; both methods get the same fitting. "lexicon" = natural's SentimentAnalyzer (Pattern German lexicon) on the analyzer's stemmed terms; "ours" = our German service lexicon (src/trends/service-polarity.ts) over Pattern at half weight, clause-bounded negation, intensifiers, emoji and emoticons, "!", event words weighed down in reports, length damping. The design choices of "ours" (word lists, weights) were made looking at the whole dev set; only the thresholds are fitted per half.`,
  '',
)
lines.push('| method | fitted on A | **held-out B** accuracy | **held-out B** macro-F1 | B: F1 neg / neu / pos | fitted on B | held-out A accuracy | held-out A macro-F1 | in-sample (all) thresholds | accuracy | macro-F1 |')
lines.push('|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|')
lines.push(`| always neutral | – | ${pct(majority.b.accuracy)} | ${pct(majority.b.macroF1)} | ${majority.b.f1s.map(pct).join(' / ')} | – | | | – | ${pct(majority.all.accuracy)} | ${pct(majority.all.macroF1)} |`)
for (const r of sentimentRows) {
  lines.push(`| ${r.name} | ${showThresholds(r.fitA)} | ${pct(r.heldOutB.accuracy)} | ${pct(r.heldOutB.macroF1)} | ${r.heldOutB.f1s.map(pct).join(' / ')} | ${showThresholds(r.fitB)} | ${pct(r.heldOutA.accuracy)} | ${pct(r.heldOutA.macroF1)} | ${showThresholds(r.inSample.thresholds)} | ${pct(r.inSample.accuracy)} | ${pct(r.inSample.macroF1)} |`)
}
lines.push('')
lines.push('Fitted for accuracy + macro-F1 instead (another operating point, same halves):', '')
lines.push('| method | fitted on A | held-out B accuracy | held-out B macro-F1 | B: F1 neg / neu / pos | fitted on B | held-out A accuracy | held-out A macro-F1 |', '|---|---:|---:|---:|---|---:|---:|---:|')
for (const r of balancedRows) lines.push(`| ${r.name} | ${showThresholds(r.fitA)} | ${pct(r.heldOutB.accuracy)} | ${pct(r.heldOutB.macroF1)} | ${r.heldOutB.f1s.map(pct).join(' / ')} | ${showThresholds(r.fitB)} | ${pct(r.heldOutA.accuracy)} | ${pct(r.heldOutA.macroF1)} |`)
lines.push('')
lines.push('Without thresholds: ROC AUC of the score (how well it ranks a class above the rest; 0.5 = chance):', '')
lines.push('| method | all: negative vs rest | all: positive vs rest | half B: negative vs rest | half B: positive vs rest |', '|---|---:|---:|---:|---:|')
for (const r of aucRows) lines.push(`| ${r.name} | ${r.values.map((v) => v.toFixed(3)).join(' | ')} |`)
lines.push('')
lines.push('With the thresholds topicTrends ships (`SENTIMENT_THRESHOLDS`, fitted on half A; they decide each message\'s `negative` flag):', '')
lines.push('| method | thresholds | half B accuracy | half B macro-F1 | all accuracy | all macro-F1 | all F1 neg / neu / pos |', '|---|---:|---:|---:|---:|---:|---|')
for (const r of shippedRows) lines.push(`| ${r.method === 'lexicon' ? 'natural plain lexicon' : 'ours'} | ${showThresholds(SHIPPED[r.method])} | ${pct(r.b.accuracy)} | ${pct(r.b.macroF1)} | ${pct(r.all.accuracy)} | ${pct(r.all.macroF1)} | ${r.all.f1s.map(pct).join(' / ')} |`)
lines.push('')
console.log(lines.slice(-26).join('\n'))

// ---- Topics vs aspect categories -------------------------------------------------------------
const run = runs.negation
const topicOfId = new Map(run.trends.messages.map((m) => [m.id, m.topicId]))
const choose2 = (x) => (x * (x - 1)) / 2
/**
 * Purity, NMI (geometric normalization), AMI (adjusted for chance, arithmetic normalization, as
 * scikit-learn; Vinh et al. 2010) and pair agreement (of message pairs in one topic, the share
 * with the same class).
 */
function topicScores(labelled) {
  const n = labelled.length
  const joint = new Map()
  const byTopic = new Map()
  const byClass = new Map()
  for (const { topic, cls } of labelled) {
    joint.set(`${topic}\u0000${cls}`, (joint.get(`${topic}\u0000${cls}`) ?? 0) + 1)
    byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1)
    byClass.set(cls, (byClass.get(cls) ?? 0) + 1)
  }
  const maxPerTopic = new Map()
  let mutual = 0
  let samePairs = 0
  for (const [key, c] of joint) {
    const [topic, cls] = key.split('\u0000')
    maxPerTopic.set(topic, Math.max(maxPerTopic.get(topic) ?? 0, c))
    mutual += (c / n) * Math.log((c * n) / (byTopic.get(topic) * byClass.get(cls)))
    samePairs += choose2(c)
  }
  const topicPairs = [...byTopic.values()].reduce((s, c) => s + choose2(c), 0)
  const entropy = (counts) => -[...counts.values()].reduce((s, c) => s + (c / n) * Math.log(c / n), 0)
  const purity = [...maxPerTopic.values()].reduce((a, b) => a + b, 0) / n
  const hT = entropy(byTopic)
  const hC = entropy(byClass)
  // Expected mutual information of two random clusterings with these sizes (hypergeometric).
  const logFactorial = new Float64Array(n + 1)
  for (let k = 2; k <= n; k++) logFactorial[k] = logFactorial[k - 1] + Math.log(k)
  const sizes = new Map()
  for (const a of byTopic.values()) sizes.set(a, (sizes.get(a) ?? 0) + 1)
  let expected = 0
  for (const [a, times] of sizes) {
    for (const b of byClass.values()) {
      for (let k = Math.max(1, a + b - n); k <= Math.min(a, b); k++) {
        const logP = logFactorial[a] + logFactorial[b] + logFactorial[n - a] + logFactorial[n - b] - logFactorial[n] - logFactorial[k] - logFactorial[a - k] - logFactorial[b - k] - logFactorial[n - a - b + k]
        expected += times * (k / n) * Math.log((n * k) / (a * b)) * Math.exp(logP)
      }
    }
  }
  const denominator = (hT + hC) / 2 - expected
  return {
    n,
    topics: byTopic.size,
    classes: byClass.size,
    purity,
    nmi: hT > 0 && hC > 0 ? mutual / Math.sqrt(hT * hC) : 0,
    ami: Math.abs(denominator) < 1e-12 ? 0 : (mutual - expected) / denominator,
    pairAgreement: topicPairs ? samePairs / topicPairs : NaN,
    hT,
    hC,
  }
}
const withAspects = rows.filter((r) => r.aspects.length > 0)
const firstClass = (r) => r.aspects[0].category
const specificClass = (r) => r.aspects.find((a) => a.category !== 'Allgemein#Haupt')?.category
const first = topicScores(withAspects.map((r) => ({ topic: topicOfId.get(r.id), cls: firstClass(r) })))
const halfOfId = new Map(rows.map((r, i) => [r.id, halfOf[i]]))
const inB = withAspects.filter((r) => halfOfId.get(r.id) === 'B')
const firstB = topicScores(inB.map((r) => ({ topic: topicOfId.get(r.id), cls: firstClass(r) })))
const singletonB = topicScores(inB.map((r) => ({ topic: r.id, cls: firstClass(r) })))
const specificRows = withAspects.filter(specificClass)
const spec = topicScores(specificRows.map((r) => ({ topic: topicOfId.get(r.id), cls: specificClass(r) })))
const singleton = topicScores(withAspects.map((r) => ({ topic: r.id, cls: firstClass(r) })))
const specSingleton = topicScores(specificRows.map((r) => ({ topic: r.id, cls: specificClass(r) })))
const oneTopic = topicScores(withAspects.map((r) => ({ topic: 'all', cls: firstClass(r) })))
// Merging two singletons raises NMI only if they share their class with at least this probability
// (d ln NMI = dI/I − dH_T/(2 H_T) at the singleton clustering, where I = H_C).
const breakEven = 1 - singleton.hC / (2 * singleton.hT)
lines.push('## Topics vs aspect categories', '')
lines.push(`All ${rows.length} messages clustered in one run (no answer index, so every topic is emerging); scored on the messages with an aspect label. No clustering parameter was fitted on these labels, so in-sample and held-out are the same procedure; half B alone is shown as a check. Clustering sent ${run.trends.totals.clusterIndexQueries} messages to its FaqIndex; the rest were decided by the term-overlap pre-check. AMI is NMI adjusted for chance (0 = no better than random topics of the same sizes); pair agreement = of the message pairs put in one topic, the share with the same aspect.`, '')
lines.push('| clustering | messages | topics | classes | purity | NMI | AMI | pair agreement |', '|---|---:|---:|---:|---:|---:|---:|---:|')
const pairText = (s) => (Number.isNaN(s.pairAgreement) ? '–' : pct(s.pairAgreement))
const topicRow = (name, s) => `| ${name} | ${s.n} | ${s.topics} | ${s.classes} | ${pct(s.purity)} | ${s.nmi.toFixed(3)} | ${s.ami.toFixed(3)} | ${pairText(s)} |`
lines.push(
  topicRow('ours, first aspect category', first),
  topicRow('every message its own topic', singleton),
  topicRow('one topic for all', oneTopic),
  topicRow('ours, first aspect category, half B only', firstB),
  topicRow('every message its own topic, half B only', singletonB),
  topicRow('ours, first specific category (not Allgemein#Haupt)', spec),
  topicRow('every message its own topic, specific category', specSingleton),
  '',
)
lines.push(`Against the first aspect category, merging two messages raises NMI above the all-singletons value only if the two share their category with probability ≥ ${pct(breakEven)}% (H(class) = ${singleton.hC.toFixed(2)} nats against H(topics) = ln ${singleton.n} = ${singleton.hT.toFixed(2)}); two random messages share it with probability ${pct(oneTopic.pairAgreement)}%.`, '')
const largest = [...run.trends.topics].sort((a, b) => b.volume - a.volume).slice(0, 8)
lines.push('Largest topics (label = top tf-idf terms):', '', '| topic | messages | label |', '|---|---:|---|')
for (const t of largest) lines.push(`| ${t.id} | ${t.volume} | ${t.label} |`)
lines.push('')
console.log(lines.slice(-22).join('\n'))

// ---- Speed: 100k generated messages -----------------------------------------------------------
// TRENDS_QUICK=1 stops here (quality only; the results file is not written).
if (process.env.TRENDS_QUICK) process.exit(0)
const GENERATED = 100_000
const random = createRandom(2017)
const short = rows.map((r) => r.text).filter((t) => t.length <= 280)
const TAGS = ['#bahn', '#db', '#verspätung', '#streik', '#wlan', '#zugausfall']
const clauseOf = (text) => text.split(/[.!?,]/)[0].slice(0, 60).trim()
const generated = []
const SPAN_MS = 14 * 24 * 60 * MINUTE_MS
for (let i = 0; i < GENERATED; i++) {
  const base = pick(random, short)
  const roll = random()
  // Recombination: half are copies (as retweets are), the rest add a clause from another message or a hashtag.
  const text = roll < 0.5 ? base : roll < 0.8 ? `${base} ${clauseOf(pick(random, short))}` : `${base} ${pick(random, TAGS)}`
  generated.push({
    id: `g${i}`,
    text,
    createdAt: new Date(START_MS + Math.floor((i / GENERATED) * SPAN_MS)).toISOString(),
    channel: random() < 0.6 ? 'twitter' : 'facebook',
    reach: { followers: randomIndex(random, 5000) },
  })
}
const mem0 = process.memoryUsage().heapUsed
const t0 = performance.now()
const big = topicTrends(generated, { window: 'day', brand: '@DB_Bahn', watch: ['Verspätung', 'Störung', 'WLAN'] })
const seconds = (performance.now() - t0) / 1000
const summaryLine = `${GENERATED.toLocaleString('en')} messages (tweet-length germeval texts, recombined; 14 days, day windows): ${seconds.toFixed(1)} s, ${big.topics.length} topics, ${big.totals.clusterIndexQueries} FaqIndex queries, cases ${JSON.stringify(big.totals.cases)}, heap +${Math.round((process.memoryUsage().heapUsed - mem0) / 1e6)} MB. ${seconds < 60 ? 'Under a minute: pass.' : 'OVER A MINUTE: fail.'}`
lines.push('## Speed', '', summaryLine, '', `Sentiment runs on the 2,315 dev messages: lexicon ${(runs.lexicon.ms / 1000).toFixed(1)} s, ours ${(runs.negation.ms / 1000).toFixed(1)} s (each a full topicTrends run).`, '')
console.log(summaryLine)
const [baselineRow, oursRow] = [sentimentRows[1], sentimentRows[2]]
const oldRow = sentimentRows[0]
const sign = (x) => `${x >= 0 ? '+' : '−'}${pct(Math.abs(x))}`
const signed = (key) => `${sign(oursRow.heldOutB[key] - baselineRow.heldOutB[key])} (B) and ${sign(oursRow.heldOutA[key] - baselineRow.heldOutA[key])} (A)`
const signedOld = (key) => `${sign(oursRow.heldOutB[key] - oldRow.heldOutB[key])} (B) and ${sign(oursRow.heldOutA[key] - oldRow.heldOutA[key])} (A)`
lines.push(
  '## Reading the numbers',
  '',
  `- **Sentiment.** On held-out messages, each half scored with thresholds fitted on the other half, ours changes macro-F1 by ${signed('macroF1')} points and accuracy by ${signed('accuracy')} points against natural's lexicon given the same two-threshold fit; against the old one-band procedure (the "one band" row, how the baseline was reported before) accuracy changes by ${signedOld('accuracy')} and macro-F1 by ${signedOld('macroF1')}. The gain is in the polar classes (held-out B F1 negative ${pct(baselineRow.heldOutB.f1s[0])} → ${pct(oursRow.heldOutB.f1s[0])}, positive ${pct(baselineRow.heldOutB.f1s[2])} → ${pct(oursRow.heldOutB.f1s[2])}). Accuracy stays below always answering "neutral" (${pct(majority.all.accuracy)}) because macro-F1 is the fitting goal and two thirds of the messages are neutral; fitted for accuracy + macro-F1 instead, ours has accuracy ${pct(balancedRows[1].heldOutB.accuracy)} vs ${pct(balancedRows[0].heldOutB.accuracy)} (B) and ${pct(balancedRows[1].heldOutA.accuracy)} vs ${pct(balancedRows[0].heldOutA.accuracy)} (A), macro-F1 ${pct(balancedRows[1].heldOutB.macroF1)} vs ${pct(balancedRows[0].heldOutB.macroF1)} (B) and ${pct(balancedRows[1].heldOutA.macroF1)} vs ${pct(balancedRows[0].heldOutA.macroF1)} (A). Without any threshold, ROC AUC shows the same: negative vs rest ${aucRows[0].values[0].toFixed(3)} → ${aucRows[1].values[0].toFixed(3)}, positive vs rest ${aucRows[0].values[1].toFixed(3)} → ${aucRows[1].values[1].toFixed(3)}. Positive stays hard: many positive labels here are news of a strike ending, which words alone barely tell from news of a strike.`,
  `- **Topics.** Pairs of messages in one topic share their first aspect category ${pct(first.pairAgreement)}% of the time, against ${pct(oneTopic.pairAgreement)}% for random pairs, and AMI is above 0; but NMI against the first category cannot rise clearly above the all-singletons value on this set: a merge raises it only at ≥ ${pct(breakEven)}% agreement, and in our runs for issue #7 even pairs of near-copies (weighted cosine ≥ 0.6) agreed only ~88%: similar texts carry different labels, and 70% of messages are Allgemein#Haupt. Looser clusterings tried for issue #7 (lower cosine thresholds, cluster centroids, ignoring words seen once; not rerun here) gave down to ~1,200 topics but lower NMI (0.40–0.43) and purity (90–96%); in a sample of the pairs they would add (cosine 0.3–0.4) most messages shared only a common word ("Wunder", "still", "Antwort"), so the thresholds stay as they are. Few messages here recur: 1751 topics for 1889 messages reflects the set more than a too strict clustering. Against the specific categories, where a merge pays off at lower agreement, ours is at ${spec.nmi.toFixed(3)} against ${specSingleton.nmi.toFixed(3)} for singletons.`,
  '- **Speed.** Timed on a shared 2-core machine that other jobs load. Texts are analysed once per distinct text and copies follow their earlier text\'s topic, so the share of copies (50% here, like retweets) matters.',
  '',
)
mkdirSync(join(here, 'results'), { recursive: true })
writeFileSync(join(here, 'results/trends.md'), lines.join('\n'))
if (seconds >= 60) process.exitCode = 1
