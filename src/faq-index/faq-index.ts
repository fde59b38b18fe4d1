import type { Language, Match, MatchResult, Thread } from '../types.js'
import type { StoredThread } from '../store/stored-thread.js'
import type { ResolvedFaqIndexOptions, MatchOptions, AddAllOptions } from '../schemas/index-options.js'
import type { ThreadInput } from '../schemas/thread.js'
import type { FaqIndexSnapshot } from '../schemas/snapshot.js'
import { ThreadStore } from '../store/thread-store.js'
import { MatchOptionsSchema, AddAllOptionsSchema } from '../schemas/index-options.js'
import { parseInput } from '../schemas/to-input-error.js'
import { DuplicateThreadError, InvalidInputError, UnknownThreadError } from '../errors.js'
import { createIndexAnalyzers, type IndexAnalyzers } from './index-analyzers.js'
import { analyzeThread, keepSpelledThread, learnSpelledThread, learnThread, spellThread, unpackSpelledThread, type KeptSpelledThread } from './analyze-thread.js'
import { validateThreads } from './validate-threads.js'
import { profileText, type TextProfile } from '../matching/text-profile.js'
import { rankCandidates } from '../matching/rank-candidates.js'
import { decide, REUSE_MIN_CONFIDENCE, SUGGEST_MIN_CONFIDENCE } from '../matching/confidence.js'
import { matchedTerms } from '../matching/explain.js'
import { FeedbackLog } from './feedback-log.js'
import { redactText } from './redact-text.js'
import { buildSnapshot } from './snapshot.js'
import { matchInWorkers } from './match-many.js'

/** Report progress at most this often in a batch (1%), so callbacks never dominate indexing time. */
const PROGRESS_STEPS = 100
/** Workers beyond the cores only add overhead; 64 covers any machine we know. */
const MAX_CONCURRENCY = 64
/**
 * A batch keeps at most this many spelled tokens between learning its words and analyzing it,
 * packed (~50 bytes each with their texts: ~300 MB, a 100k-thread batch); threads beyond are
 * tokenized again. Keeping all of them would let a 1M-thread batch hold gigabytes. At 2M
 * tokens, a 100k German build took 14.4 s; at 8M, 12.3 s (MiniSearch with natural: 15.7 s).
 */
const MAX_KEPT_SPELLED_TOKENS = 6_000_000
/** Below this many questions per worker, loading the snapshot in a worker costs more than it saves. */
const MIN_TEXTS_PER_WORKER = 200

/**
 * An index of answered threads. Create it with `createFaqIndex`, restore it with `loadFaqIndex`.
 * Every mutation validates first and either completes or leaves the index as it was.
 */
export interface FaqIndex {
  /** Number of threads. */
  readonly size: number
  /** Adds one thread. Throws DuplicateThreadError for a known id, InvalidInputError for a bad thread. */
  add(thread: ThreadInput): void
  /** Adds a batch, all or nothing: every bad thread is reported, none is added. */
  addAll(threads: readonly ThreadInput[], options?: AddAllOptions): void
  /** Replaces a thread with the same id. Throws UnknownThreadError if there is none. */
  update(thread: ThreadInput): void
  /** Removes a thread. Throws UnknownThreadError if there is none. */
  remove(threadId: string): void
  has(threadId: string): boolean
  /** The thread as stored (redacted), or undefined. */
  get(threadId: string): Thread | undefined
  /** All stored threads, in insertion order. */
  threads(): Thread[]
  /** The ranked threads that answer `question`, with a calibrated confidence and a decision. */
  match(question: string, options?: MatchOptions): MatchResult
  /**
   * Answers many questions, optionally across worker threads (`concurrency`, default 1 = in this
   * thread). Every question is validated first; results keep the order of `texts`.
   */
  matchMany(texts: readonly string[], options?: MatchOptions & { concurrency?: number }): Promise<MatchResult[]>
  /** A person confirmed that `threadId` answers `question`: it becomes a variant of the thread. */
  confirm(question: string, threadId: string): void
  /** A person rejected `threadId` for `question`: that pairing is ranked down from now on. */
  reject(question: string, threadId: string): void
  /** A versioned, JSON-serialisable snapshot; `loadFaqIndex` restores it. */
  toJSON(): FaqIndexSnapshot
}

/** Implementation behind `createFaqIndex` and `loadFaqIndex`. Internal: use the factories. */
export class FaqIndexImpl implements FaqIndex {
  readonly store = new ThreadStore()
  readonly analyzers: IndexAnalyzers
  readonly feedback = new FeedbackLog()

  constructor(readonly options: ResolvedFaqIndexOptions) {
    this.analyzers = createIndexAnalyzers(options)
  }

  get size(): number {
    return this.store.size
  }

  add(thread: ThreadInput): void {
    this.addBatch([thread], 'thread')
  }

  addAll(threads: readonly ThreadInput[], options: AddAllOptions = {}): void {
    const { onProgress } = parseInput(AddAllOptionsSchema, options, 'options', 'invalid addAll options')
    this.addBatch(threads, 'threads', onProgress)
  }

  private addBatch(threads: readonly ThreadInput[], root: 'thread' | 'threads', onProgress?: (done: number, total: number) => void): void {
    const valid = validateThreads(threads, root)
    const duplicates = [...new Set(valid.map((t) => t.id).filter((id) => this.store.has(id)))]
    if (duplicates.length) throw new DuplicateThreadError(duplicates)
    this.insert(valid.map((t) => this.prepare(t)), onProgress)
  }

  update(thread: ThreadInput): void {
    const [valid] = validateThreads([thread], 'thread')
    if (!this.store.has(valid!.id)) throw new UnknownThreadError(valid!.id)
    const prepared = this.prepare(valid!)
    learnThread(prepared, this.analyzers)
    const record = analyzeThread(prepared, this.analyzers)
    this.store.remove(prepared.id)
    this.store.add(record)
  }

  remove(threadId: string): void {
    requireId(threadId)
    if (!this.store.remove(threadId)) throw new UnknownThreadError(threadId)
    this.feedback.forgetThread(threadId)
  }

  has(threadId: string): boolean {
    return typeof threadId === 'string' && this.store.has(threadId)
  }

  get(threadId: string): Thread | undefined {
    return typeof threadId === 'string' ? this.store.get(threadId)?.thread : undefined
  }

  threads(): Thread[] {
    return [...this.store.all()].map((r) => r.thread)
  }

  match(question: string, options: MatchOptions = {}): MatchResult {
    const resolved = parseInput(MatchOptionsSchema, options, 'options', 'invalid match options')
    const { profile, lang } = this.profileQuestion(question, resolved.lang)
    const accept = acceptFilter(resolved.filter)
    const analyzer = this.analyzers.forLanguage(lang)
    const ranked = rankCandidates(this.store, profile, lang, {
      ...(accept ? { accept } : {}),
      rejected: this.feedback.rejectedFor(profile),
      wordsOf: (text) => analyzer.analyzeWithWords(text).words,
    })
    const matches: Match[] = ranked.slice(0, resolved.limit).map((c) => ({
      threadId: c.record.thread.id,
      score: c.score,
      confidence: c.confidence,
      thread: c.record.thread,
      matchedTerms: matchedTerms(profile, c.record),
    }))
    const reuseMin = resolved.reuseMinConfidence ?? this.options.reuseMinConfidence ?? REUSE_MIN_CONFIDENCE
    const suggestMin = resolved.suggestMinConfidence ?? this.options.suggestMinConfidence ?? SUGGEST_MIN_CONFIDENCE
    return { decision: decide(matches[0]?.confidence, reuseMin, suggestMin), matches, lang }
  }

  async matchMany(texts: readonly string[], options: MatchOptions & { concurrency?: number } = {}): Promise<MatchResult[]> {
    const { concurrency = 1, ...matchOptions } = options
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new InvalidInputError([{ path: 'options.concurrency', message: `must be an integer from 1 to ${MAX_CONCURRENCY}, got ${String(concurrency)}` }], 'invalid matchMany options')
    }
    if (!Array.isArray(texts)) throw new InvalidInputError([{ path: 'texts', message: 'must be an array of strings' }], 'invalid questions')
    const issues = texts.flatMap((text, i) => {
      try {
        this.checkQuestion(text)
        return []
      } catch (error) {
        return (error as InvalidInputError).issues.map((issue) => ({ path: `texts[${i}]`, message: issue.message }))
      }
    })
    if (issues.length) throw new InvalidInputError(issues, 'invalid questions')
    parseInput(MatchOptionsSchema, matchOptions, 'options', 'invalid match options')
    if (concurrency === 1 || texts.length <= MIN_TEXTS_PER_WORKER) return texts.map((text) => this.match(text, matchOptions))
    return matchInWorkers(JSON.stringify(this.toJSON()), texts, matchOptions, Math.min(concurrency, Math.ceil(texts.length / MIN_TEXTS_PER_WORKER)))
  }

  confirm(question: string, threadId: string): void {
    const text = this.checkQuestion(question)
    requireId(threadId)
    const record = this.store.get(threadId)
    if (!record) throw new UnknownThreadError(threadId)
    const variants = record.thread.variants ?? []
    if (text === record.thread.question || variants.includes(text)) return
    this.update({ ...record.thread, variants: [...variants, text] } as ThreadInput)
    this.feedback.confirmed(threadId)
  }

  reject(question: string, threadId: string): void {
    const text = this.checkQuestion(question)
    requireId(threadId)
    if (!this.store.has(threadId)) throw new UnknownThreadError(threadId)
    this.feedback.reject(this.profileQuestion(text).profile, threadId)
  }

  toJSON(): FaqIndexSnapshot {
    return buildSnapshot(this)
  }

  /** Confirmations a thread received (for duplicate clustering's canonical choice). */
  confirmations(threadId: string): number {
    return this.feedback.confirmations(threadId)
  }

  /** Analyzes a question the way `match` does. */
  profileQuestion(question: string, lang?: Language): { profile: TextProfile; lang: Language } {
    const text = this.checkQuestion(question)
    const language = this.analyzers.languageOf(text, lang)
    return { profile: profileText(this.analyzers.forLanguage(language), text), lang: language }
  }

  private prepare(thread: Thread): Thread {
    if (!this.options.redact) return thread
    return {
      ...thread,
      question: redactText(thread.question),
      answer: redactText(thread.answer),
      ...(thread.variants ? { variants: thread.variants.map(redactText) } : {}),
    }
  }

  private insert(threads: readonly Thread[], onProgress?: (done: number, total: number) => void): void {
    // Learn every word of the batch first, so compounds split the same way in the whole batch.
    // The spelled tokens are kept (up to a bound), so analysis does not tokenize them again.
    const kept: Array<KeptSpelledThread | undefined> = []
    let keptTokens = 0
    for (const thread of threads) {
      const spelled = spellThread(thread, this.analyzers)
      learnSpelledThread(spelled, this.analyzers)
      keptTokens += spelled.tokenCount
      if (keptTokens <= MAX_KEPT_SPELLED_TOKENS) kept.push(keepSpelledThread(spelled))
    }
    const step = Math.max(1, Math.floor(threads.length / PROGRESS_STEPS))
    const added: string[] = []
    try {
      threads.forEach((thread, i) => {
        const spelled = kept[i]
        kept[i] = undefined
        this.store.add(analyzeThread(thread, this.analyzers, spelled && unpackSpelledThread(spelled)))
        added.push(thread.id)
        if (onProgress && ((i + 1) % step === 0 || i + 1 === threads.length)) onProgress(i + 1, threads.length)
      })
      this.store.settle()
    } catch (error) {
      // All or nothing, also when a progress callback throws.
      for (const id of added) this.store.remove(id)
      throw error
    }
  }

  private checkQuestion(question: unknown): string {
    if (typeof question !== 'string') {
      throw new InvalidInputError([{ path: 'question', message: `must be a string, got ${question === null ? 'null' : typeof question}` }], 'invalid question')
    }
    if (question.trim() === '') throw new InvalidInputError([{ path: 'question', message: 'must not be empty' }], 'invalid question')
    if (question.length > this.options.maxQueryChars) {
      throw new InvalidInputError([{ path: 'question', message: `must be at most ${this.options.maxQueryChars} characters, got ${question.length}` }], 'question too long')
    }
    return this.options.redact ? redactText(question) : question
  }
}

function requireId(threadId: unknown): asserts threadId is string {
  if (typeof threadId !== 'string' || threadId === '') {
    throw new InvalidInputError([{ path: 'threadId', message: `must be a non-empty string, got ${JSON.stringify(threadId) ?? typeof threadId}` }], 'invalid thread id')
  }
}

function acceptFilter(filter: { tags?: string[] | undefined; channel?: string | string[] | undefined } | undefined): ((r: StoredThread) => boolean) | undefined {
  if (!filter || (!filter.tags && !filter.channel)) return undefined
  const tags = filter.tags ? new Set(filter.tags) : undefined
  const channels = filter.channel ? new Set(Array.isArray(filter.channel) ? filter.channel : [filter.channel]) : undefined
  return (record) =>
    (!tags || (record.thread.tags ?? []).some((t) => tags.has(t))) && (!channels || (record.thread.channel !== undefined && channels.has(record.thread.channel)))
}
