// Trends benchmark on GermEval 2017 (Deutsche Bahn social media, labelled sentiment and aspect
// categories): sentiment accuracy / macro-F1 of natural's plain lexicon vs our negation and
// intensifier rules, topic purity and NMI against the aspect categories, and a speed run on 100k
// generated messages. Run `npm run build` first. Writes benchmarks/results/trends.md.
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
const labelOf = (score, band) => (score < -band ? 'negative' : score > band ? 'positive' : 'neutral')
function scoresFor(method) {
  const t0 = performance.now()
  const trends = topicTrends(messages, { window: 'week', sentiment: method })
  const byId = new Map(trends.messages.map((m) => [m.id, m.sentiment]))
  return { scores: rows.map((r) => byId.get(r.id)), ms: performance.now() - t0, trends }
}
function evaluate(scores, band) {
  let correct = 0
  const f1s = CLASSES.map((c) => {
    let tp = 0, fp = 0, fn = 0
    rows.forEach((r, i) => {
      const predicted = labelOf(scores[i], band)
      if (predicted === c && r.sentiment === c) tp++
      else if (predicted === c) fp++
      else if (r.sentiment === c) fn++
    })
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  })
  rows.forEach((r, i) => (correct += labelOf(scores[i], band) === r.sentiment ? 1 : 0))
  return { accuracy: correct / rows.length, macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length, f1s }
}
const DEFAULT_BANDS = { lexicon: 0.01, negation: 0.15 } // NEUTRAL_BAND in src/trends/score-sentiment.ts
const BAND_GRID = [0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]
const sentimentRows = []
const runs = {}
for (const method of ['lexicon', 'negation']) {
  const run = scoresFor(method)
  runs[method] = run
  const atDefault = evaluate(run.scores, DEFAULT_BANDS[method])
  const best = BAND_GRID.map((band) => ({ band, ...evaluate(run.scores, band) })).sort((a, b) => b.macroF1 - a.macroF1)[0]
  sentimentRows.push({ method, atDefault, best, ms: run.ms })
}
const majority = evaluate(rows.map(() => 0), 1)
const pct = (x) => (x * 100).toFixed(1)
lines.push('## Sentiment (3 classes: negative / neutral / positive)', '')
lines.push('Labels: document sentiment (neutral 1,589, negative 578, positive 148). "lexicon" = natural\'s SentimentAnalyzer (Pattern German lexicon) on the analyzer\'s stemmed terms; "negation" = the same lexicon\'s listed forms on the analyzer\'s words with our scoped negation, intensifiers and downtoners. The best band is fitted on this same set (in-sample).', '')
lines.push('| method | band | accuracy | macro-F1 | F1 neg / neu / pos | best band | accuracy | macro-F1 |', '|---|---:|---:|---:|---|---:|---:|---:|')
lines.push(`| always neutral | – | ${pct(majority.accuracy)} | ${pct(majority.macroF1)} | ${majority.f1s.map(pct).join(' / ')} | | | |`)
for (const r of sentimentRows) {
  lines.push(`| ${r.method === 'lexicon' ? 'natural plain lexicon (baseline)' : 'ours: negation + intensifiers'} | ${DEFAULT_BANDS[r.method]} | ${pct(r.atDefault.accuracy)} | ${pct(r.atDefault.macroF1)} | ${r.atDefault.f1s.map(pct).join(' / ')} | ${r.best.band} | ${pct(r.best.accuracy)} | ${pct(r.best.macroF1)} |`)
}
lines.push('')
console.log(lines.slice(-6).join('\n'))

// ---- Topics vs aspect categories -------------------------------------------------------------
const run = runs.negation
const topicOfId = new Map(run.trends.messages.map((m) => [m.id, m.topicId]))
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
  for (const [key, count] of joint) {
    const [topic, cls] = key.split('\u0000')
    maxPerTopic.set(topic, Math.max(maxPerTopic.get(topic) ?? 0, count))
    mutual += (count / n) * Math.log((count * n) / (byTopic.get(topic) * byClass.get(cls)))
  }
  const entropy = (counts) => -[...counts.values()].reduce((s, c) => s + (c / n) * Math.log(c / n), 0)
  const purity = [...maxPerTopic.values()].reduce((a, b) => a + b, 0) / n
  const hT = entropy(byTopic)
  const hC = entropy(byClass)
  return { n, topics: byTopic.size, classes: byClass.size, purity, nmi: hT > 0 && hC > 0 ? mutual / Math.sqrt(hT * hC) : 0 }
}
const withAspects = rows.filter((r) => r.aspects.length > 0)
const first = topicScores(withAspects.map((r) => ({ topic: topicOfId.get(r.id), cls: r.aspects[0].category })))
const specific = withAspects
  .map((r) => ({ r, cls: r.aspects.find((a) => a.category !== 'Allgemein#Haupt')?.category }))
  .filter((x) => x.cls)
const spec = topicScores(specific.map(({ r, cls }) => ({ topic: topicOfId.get(r.id), cls })))
const singleton = topicScores(withAspects.map((r) => ({ topic: r.id, cls: r.aspects[0].category })))
const oneTopic = topicScores(withAspects.map((r) => ({ topic: 'all', cls: r.aspects[0].category })))
lines.push('## Topics vs aspect categories', '')
lines.push(`All ${rows.length} messages clustered in one run (no answer index, so every topic is emerging); scored on the messages with an aspect label. Purity rewards many small topics, so the two trivial clusterings are shown for scale. Clustering sent ${run.trends.totals.clusterIndexQueries} messages to its FaqIndex; the rest were decided by the term-overlap pre-check.`, '')
lines.push('| clustering | messages | topics | classes | purity | NMI |', '|---|---:|---:|---:|---:|---:|')
const topicRow = (name, s) => `| ${name} | ${s.n} | ${s.topics} | ${s.classes} | ${pct(s.purity)} | ${s.nmi.toFixed(3)} |`
lines.push(topicRow('ours, first aspect category', first), topicRow('ours, first specific category (not Allgemein#Haupt)', spec), topicRow('every message its own topic', singleton), topicRow('one topic for all', oneTopic), '')
const largest = [...run.trends.topics].sort((a, b) => b.volume - a.volume).slice(0, 8)
lines.push('Largest topics (label = top tf-idf terms):', '', '| topic | messages | label |', '|---|---:|---|')
for (const t of largest) lines.push(`| ${t.id} | ${t.volume} | ${t.label} |`)
lines.push('')
console.log(lines.slice(-18).join('\n'))

// ---- Speed: 100k generated messages -----------------------------------------------------------
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
lines.push('## Speed', '', summaryLine, '', `Sentiment runs on the 2,315 dev messages: lexicon ${(runs.lexicon.ms / 1000).toFixed(1)} s, negation ${(runs.negation.ms / 1000).toFixed(1)} s (each a full topicTrends run).`, '')
console.log(summaryLine)
mkdirSync(join(here, 'results'), { recursive: true })
writeFileSync(join(here, 'results/trends.md'), lines.join('\n'))
if (seconds >= 60) process.exitCode = 1
