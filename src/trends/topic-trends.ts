import type { Language, Decision } from '../types.js'
import type { Analyzer } from '../analysis/analyzer.js'
import { createAnalyzer } from '../analysis/analyzer.js'
import { redact } from '../privacy/redact.js'
import { InvalidInputError, type InputIssue } from '../errors.js'
import { MessageSchema, type Message, type MessageInput } from '../schemas/message.js'
import { TrendOptionsSchema, type ResolvedTrendOptions, type TrendOptions } from '../schemas/trend-options.js'
import { parseInput, toInputIssues } from '../schemas/to-input-error.js'
import { createWindowing, parseInstant } from './time-buckets.js'
import { createSentimentScorer, sentimentLabel, type SentimentScorer } from './score-sentiment.js'
import { createCaseRules, hashtagsIn, mentionsIn, messageCases, normalizeHandle, type CaseRules, type MessageCase } from './message-cases.js'
import { clusterMessages } from './cluster-messages.js'
import { labelTerms } from './topic-label.js'
import { latestSpike, testWindows } from './spikes.js'
import { priorityScore } from './priority.js'
import type { MessageTrend, TopicTrend, TopicTrends, TopicWindowStats } from './trend-types.js'

/** Report progress at most this often (1%), so callbacks never dominate the run. */
const PROGRESS_STEPS = 100
/** Separator of an emerging topic's label terms. */
const LABEL_SEPARATOR = ' · '

/** A message after analysis: everything later steps need, computed once. */
interface Analyzed {
  readonly message: Message
  readonly ms: number
  readonly window: number
  readonly lang: Language
  readonly text: string // redacted
  readonly terms: ReadonlyArray<readonly [term: string, surface: string]> // distinct, not derived
  readonly cases: MessageCase[]
  readonly sentiment: number
  readonly negative: boolean
  readonly public: boolean
  readonly reach: number
}

/**
 * Finds recurring and emerging topics in a stream of customer messages, counts them per time
 * window, spots spikes and ranks the topics by priority.
 *
 * Each message is redacted, analyzed once, scored for sentiment and tagged ('mention',
 * 'hashtag', 'proactive'). It belongs to a known topic when `options.index` matches it with a
 * decision other than 'new', else to an emerging topic (greedy clustering in time order, see
 * `clusterMessages`). Per topic and window: volume, share, unanswered, sentiment, public reach;
 * a spike when the latest window's count has a Poisson tail probability under
 * `spikeMaxPValue` against the EWMA of earlier windows (`testWindows`); priority from spike,
 * volume, negativity, public share, reach and whether an answer exists (`priorityScore`).
 *
 * The brand's own posts (`author` equal to a `brand` handle) are replies, not topics; a message
 * someone replied to (`inReplyTo`) counts as answered.
 * @param messages see `MessageSchema`; validated as a whole, every bad one reported
 * @param options see `TrendOptionsSchema`
 * @throws InvalidInputError with paths (`messages[3].createdAt`, `options.timeZone`)
 * @example
 * const trends = topicTrends(messages, { window: 'hour', brand: '@fernwerk_hilfe', watch: ['Störung'] })
 * trends.topics[0].label   //=> 'Störung · Internet · Berlin'
 * trends.topics[0].spike   //=> { startedAt: '2024-03-04T14:00+01:00', count: 24, baseline: 0.5, … }
 */
export function topicTrends(messages: readonly MessageInput[], options: TrendOptions = {}): TopicTrends {
  const resolved = parseInput(TrendOptionsSchema, options, 'options', 'invalid topicTrends options')
  const valid = validateMessages(messages)
  const windowing = createWindowing(resolved.window, resolved.timeZone)
  const times = valid.map((m) => parseInstant(m.createdAt))
  const nowMs = resolved.now !== undefined ? parseInstant(resolved.now) : times.reduce((a, b) => Math.max(a, b))
  const firstMs = times.reduce((a, b) => Math.min(a, b))
  if (nowMs < firstMs) throw new InvalidInputError([{ path: 'options.now', message: `must not be before the oldest message (${valid[times.indexOf(firstMs)]!.createdAt})` }], 'invalid topicTrends options')
  const windows = windowing.windowsBetween(firstMs, nowMs)
  const windowOf = new Map(windows.map((w, i) => [w.startMs, i]))

  const context = createContext(resolved)
  const brandHandles = context.rules(resolved.language).brandHandles
  const answeredIds = new Set(valid.flatMap((m) => (m.inReplyTo ? [m.inReplyTo] : [])))
  const order = valid.map((_, i) => i).filter((i) => times[i]! <= nowMs && !(valid[i]!.author && brandHandles.has(normalizeHandle(context.analyzer(resolved.language), valid[i]!.author!, '@'))))
  // Time order, then id order: messages of the same instant (minute-precision exports) must not
  // cluster differently with the order they come in.
  order.sort((a, b) => times[a]! - times[b]! || (valid[a]!.id < valid[b]!.id ? -1 : valid[a]!.id > valid[b]!.id ? 1 : 0))

  const progress = createProgress(order.length * 2, resolved.onProgress)
  const analyzed: Analyzed[] = order.map((i) => {
    const item = analyze(valid[i]!, times[i]!, windowOf.get(windowing.windowStartMs(times[i]!))!, context, resolved)
    progress.tick()
    return item
  })

  // Inverse document frequency over all messages: for labels and the clustering's pre-check.
  const documentFrequency = new Map<string, number>()
  for (const item of analyzed) for (const [term] of item.terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
  const idf = new Map([...documentFrequency].map(([term, df]) => [term, Math.log(analyzed.length / df)]))

  // Known topics first: the index decides.
  const topicOf: string[] = new Array(analyzed.length)
  const decisions: Array<Decision | undefined> = new Array(analyzed.length)
  const threadLabels = new Map<string, string>()
  const emerging: number[] = []
  const cache = new Map<string, { decision: Decision; threadId?: string; question?: string }>()
  analyzed.forEach((item, i) => {
    if (!resolved.index) return emerging.push(i)
    const key = `${item.lang}\u0000${item.text}`
    let outcome = cache.get(key)
    if (!outcome) {
      const result = resolved.index.match(item.text, { limit: 1, lang: item.lang })
      const top = result.matches[0]
      outcome = result.decision !== 'new' && top ? { decision: result.decision, threadId: top.threadId, question: top.thread.question } : { decision: result.decision }
      cache.set(key, outcome)
    }
    decisions[i] = outcome.decision
    if (outcome.threadId !== undefined) {
      topicOf[i] = `known:${outcome.threadId}`
      if (!threadLabels.has(outcome.threadId)) threadLabels.set(outcome.threadId, redact(outcome.question!).text)
    } else emerging.push(i)
  })
  if (!resolved.index) progress.skip(analyzed.length - emerging.length)

  const clustering = clusterMessages(
    emerging.map((i) => ({ text: analyzed[i]!.text, lang: analyzed[i]!.lang, terms: analyzed[i]!.terms.map(([term]) => term) })),
    idf,
    { language: resolved.language, joinMinConfidence: resolved.joinMinConfidence, onMessage: () => progress.tick() },
  )
  emerging.forEach((i, k) => {
    topicOf[i] = `emerging:${clustering.clusterOf[k]}`
  })
  progress.skip(analyzed.length - emerging.length)

  // Group, then compute per-topic series.
  const members = new Map<string, number[]>()
  analyzed.forEach((_, i) => {
    const id = topicOf[i]!
    let list = members.get(id)
    if (!list) members.set(id, (list = []))
    list.push(i)
  })
  const perWindow = windows.map(() => 0)
  for (const item of analyzed) perWindow[item.window]!++
  const latestIndex = windows.length - 1

  const drafts = [...members].map(([id, indices]) => {
    const stats = windowStats(indices.map((i) => analyzed[i]!), perWindow, answeredIds)
    const counts = windows.map(() => 0)
    for (const s of stats) counts[s.window] = s.volume
    const run = latestSpike(testWindows(counts, { minMessages: resolved.minSpikeMessages, maxPValue: resolved.spikeMaxPValue }))
    const spike = run
      ? { startedAt: windows[run.startWindow]!.start, startWindow: run.startWindow, count: run.latest.count, baseline: run.latest.baseline!, pValue: run.latest.pValue }
      : null
    const terms = labelTerms(
      indices.map((i) => analyzed[i]!.terms),
      idf,
    )
    const known = id.startsWith('known:')
    const threadId = known ? id.slice('known:'.length) : undefined
    const label = known ? threadLabels.get(threadId!)! : terms.map((t) => t.surface).join(LABEL_SEPARATOR) || '(no words)'
    return { id, known, threadId, label, terms, indices, stats, spike, latest: stats.find((s) => s.window === latestIndex) }
  })
  const maxVolume = Math.max(0, ...drafts.map((d) => d.latest?.volume ?? 0))
  const maxReach = Math.max(0, ...drafts.map((d) => d.latest?.publicReach ?? 0))

  const topics: TopicTrend[] = drafts.map((d) => {
    const { priority, reasons } = priorityScore({ latest: d.latest, spike: d.spike, known: d.known, ...(d.threadId !== undefined ? { threadId: d.threadId } : {}), maxVolume, maxReach })
    return {
      id: d.id,
      kind: d.known ? ('known' as const) : ('emerging' as const),
      ...(d.threadId !== undefined ? { threadId: d.threadId } : {}),
      label: d.label,
      terms: d.terms,
      volume: d.indices.length,
      messageIds: d.indices.map((i) => analyzed[i]!.message.id),
      windows: d.stats,
      spike: d.spike,
      priority,
      reasons,
    }
  })
  topics.sort((a, b) => b.priority - a.priority || b.volume - a.volume || (a.id < b.id ? -1 : 1))

  const byId = new Map(analyzed.map((item, i) => [item.message.id, i]))
  const messageTrends: MessageTrend[] = valid.flatMap((m) => {
    const i = byId.get(m.id)
    if (i === undefined) return []
    const item = analyzed[i]!
    return [
      {
        id: m.id,
        topicId: topicOf[i]!,
        window: item.window,
        cases: item.cases,
        sentiment: item.sentiment,
        negative: item.negative,
        answered: answeredIds.has(m.id),
        ...(decisions[i] !== undefined ? { decision: decisions[i] } : {}),
      },
    ]
  })
  const cases: Record<MessageCase, number> = { mention: 0, hashtag: 0, proactive: 0 }
  for (const item of analyzed) for (const c of item.cases) cases[c]++

  return {
    window: resolved.window,
    timeZone: resolved.timeZone,
    windows,
    topics,
    messages: messageTrends,
    totals: { messages: analyzed.length, perWindow, cases, clusterIndexQueries: clustering.indexQueries },
  }
}

function validateMessages(messages: readonly MessageInput[]): Message[] {
  if (!Array.isArray(messages)) throw new InvalidInputError([{ path: 'messages', message: `must be an array of messages, got ${messages === null ? 'null' : typeof messages}` }], 'invalid messages')
  if (messages.length === 0) throw new InvalidInputError([{ path: 'messages', message: 'must contain at least one message' }], 'invalid messages')
  const issues: InputIssue[] = []
  const valid: Message[] = []
  const seen = new Set<string>()
  messages.forEach((message, i) => {
    const result = MessageSchema.safeParse(message)
    if (!result.success) return issues.push(...toInputIssues(result.error, `messages[${i}]`))
    if (seen.has(result.data.id)) issues.push({ path: `messages[${i}].id`, message: `duplicate id ${JSON.stringify(result.data.id)}` })
    seen.add(result.data.id)
    valid.push(result.data)
  })
  if (issues.length) throw new InvalidInputError(issues, 'invalid messages')
  return valid
}

interface Context {
  /** Per distinct text: its analysis. */
  readonly texts: Map<string, TextAnalysis>
  analyzer(language: Language): Analyzer
  scorer(language: Language): SentimentScorer
  rules(language: Language): CaseRules
}

/** Analyzers, scorers and case rules per language, built on first use. */
function createContext(options: ResolvedTrendOptions): Context {
  const analyzers = new Map<Language, Analyzer>()
  const scorers = new Map<Language, SentimentScorer>()
  const rules = new Map<Language, CaseRules>()
  const brand = options.brand === undefined ? [] : Array.isArray(options.brand) ? options.brand : [options.brand]
  const analyzer = (language: Language) => {
    let a = analyzers.get(language)
    if (!a) analyzers.set(language, (a = createAnalyzer({ language })))
    return a
  }
  return {
    texts: new Map(),
    analyzer,
    scorer(language) {
      let s = scorers.get(language)
      if (!s) scorers.set(language, (s = createSentimentScorer(analyzer(language), options.sentiment)))
      return s
    },
    rules(language) {
      let r = rules.get(language)
      if (!r) rules.set(language, (r = createCaseRules(analyzer(language), brand, options.watch)))
      return r
    },
  }
}

/** What depends on a text alone; computed once per distinct text (copies and retweets are common). */
interface TextAnalysis {
  readonly text: string // redacted
  readonly terms: ReadonlyArray<readonly [term: string, surface: string]>
  readonly allTerms: ReadonlySet<string>
  readonly mentions: readonly string[]
  readonly hashtags: readonly string[]
  readonly sentiment: number
}

function analyzeText(raw: string, lang: Language, context: Context): TextAnalysis {
  const key = `${lang}\u0000${raw}`
  const cached = context.texts.get(key)
  if (cached) return cached
  const analyzer = context.analyzer(lang)
  const text = redact(raw).text
  const analysis = analyzer.analyzeWithWords(text)
  const tokens = analysis.tokens
  const terms = new Map<string, string>()
  const allTerms = new Set<string>()
  for (const token of tokens) {
    allTerms.add(token.text)
    if (!token.derived && !terms.has(token.text)) terms.set(token.text, text.slice(token.start, token.end))
  }
  const result: TextAnalysis = { text, terms: [...terms], allTerms, mentions: mentionsIn(text, analyzer), hashtags: hashtagsIn(tokens), sentiment: context.scorer(lang)(text, analysis) }
  context.texts.set(key, result)
  return result
}

function analyze(message: Message, ms: number, window: number, context: Context, options: ResolvedTrendOptions): Analyzed {
  const lang = message.lang ?? options.language
  const analyzer = context.analyzer(lang)
  const { text, terms, allTerms, sentiment, ...fromText } = analyzeText(message.text, lang, context)
  const mentions = [...fromText.mentions, ...(message.mentions ?? []).map((m) => normalizeHandle(analyzer, m, '@'))]
  const hashtags = [...fromText.hashtags, ...(message.hashtags ?? []).map((h) => normalizeHandle(analyzer, h, '#'))]
  const reach = message.reach === undefined ? 0 : typeof message.reach === 'number' ? message.reach : (message.reach.followers ?? 0) + (message.reach.shares ?? 0)
  const isPublic = message.channel !== undefined && options.publicChannels.includes(message.channel)
  return {
    message,
    ms,
    window,
    lang,
    text,
    terms,
    cases: messageCases(context.rules(lang), mentions, hashtags, allTerms),
    sentiment,
    negative: sentimentLabel(sentiment, options.sentiment) === 'negative',
    public: isPublic,
    reach: isPublic ? reach : 0,
  }
}

function windowStats(items: readonly Analyzed[], perWindow: readonly number[], answeredIds: ReadonlySet<string>): TopicWindowStats[] {
  const byWindow = new Map<number, Analyzed[]>()
  for (const item of items) {
    let list = byWindow.get(item.window)
    if (!list) byWindow.set(item.window, (list = []))
    list.push(item)
  }
  return [...byWindow]
    .sort((a, b) => a[0] - b[0])
    .map(([window, list]) => ({
      window,
      volume: list.length,
      share: list.length / perWindow[window]!,
      unanswered: list.filter((m) => !answeredIds.has(m.message.id)).length,
      meanSentiment: list.reduce((sum, m) => sum + m.sentiment, 0) / list.length,
      negativeShare: list.filter((m) => m.negative).length / list.length,
      publicMessages: list.filter((m) => m.public).length,
      publicReach: list.reduce((sum, m) => sum + m.reach, 0),
    }))
}

function createProgress(total: number, onProgress: ((done: number, total: number) => void) | undefined) {
  const step = Math.max(1, Math.floor(total / PROGRESS_STEPS))
  let done = 0
  const report = () => {
    if (onProgress && (done % step === 0 || done === total)) onProgress(done, total)
  }
  return {
    tick() {
      done++
      report()
    },
    skip(count: number) {
      if (count <= 0) return
      done += count
      if (onProgress) onProgress(done, total)
    },
  }
}
