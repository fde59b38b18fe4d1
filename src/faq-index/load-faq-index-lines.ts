import { TextDecoder } from 'node:util'
import { SnapshotError } from '../errors.js'
import { SNAPSHOT_VERSION, SnapshotLinesChunkSchema, SnapshotLinesHeaderSchema, type FaqIndexSnapshot, type SnapshotLinesHeader } from '../schemas/snapshot.js'
import { formatPath } from '../schemas/to-input-error.js'
import type { FaqIndex } from './faq-index.js'
import { loadFaqIndex } from './load-faq-index.js'

/** Text or bytes (UTF-8), cut anywhere: the lines of `snapshotLines`, or a file's read stream. */
export type SnapshotLinesSource = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>

/**
 * Restores an index from its snapshot as JSON Lines (`snapshotLines`), read chunk by chunk: the
 * text is never held as one string, so this loads indexes too large for `loadFaqIndex`. Chunks
 * may be strings or UTF-8 bytes and may cut lines anywhere (a `fs.createReadStream` works as it
 * is). Throws SnapshotError like `loadFaqIndex`; a stream that ends early (fewer threads than its
 * first line announces) is SNAPSHOT_CORRUPT.
 * @example
 * import { createReadStream } from 'node:fs'
 * const index = await loadFaqIndexLines(createReadStream('faq-index.jsonl'))
 * index.match('Rechnungsadresse ändern').matches[0].threadId //=> 'adresse'
 */
export async function loadFaqIndexLines(source: SnapshotLinesSource): Promise<FaqIndex> {
  if (!isIterable(source)) throw corrupt('snapshot lines are not an iterable of text or bytes')
  const reader = new LinesReader()
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let pending = ''
  for await (const chunk of source) {
    let text: string
    if (typeof chunk === 'string') text = chunk
    else if (chunk instanceof Uint8Array) text = decode(decoder, chunk)
    else throw corrupt('a chunk of the snapshot lines is neither text nor bytes')
    let start = 0
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
      reader.line(pending + text.slice(start, newline))
      pending = ''
      start = newline + 1
    }
    pending += text.slice(start)
  }
  pending += decode(decoder, undefined)
  if (pending.trim()) reader.line(pending)
  return loadFaqIndex(reader.snapshot())
}

/** Collects the lines into one `FaqIndexSnapshot` (arrays of small strings, no big text). */
class LinesReader {
  private header: SnapshotLinesHeader | undefined
  private readonly threads: unknown[] = []
  private readonly strings: string[] = []
  private readonly analyzed: string[] = []
  private lineNumber = 0

  line(text: string): void {
    this.lineNumber++
    if (!text.trim()) return
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (cause) {
      throw corrupt(`line ${this.lineNumber} is not JSON: truncated or damaged`, cause)
    }
    if (!this.header) this.header = parseHeader(value)
    else this.addChunk(value, this.header)
  }

  snapshot(): FaqIndexSnapshot {
    const header = this.header
    if (!header) throw corrupt('no lines: empty or truncated')
    if (this.threads.length < header.threadCount || this.strings.length < header.stringCount) {
      throw corrupt(`the lines end early: ${this.threads.length} of ${header.threadCount} threads, ${this.strings.length} of ${header.stringCount} strings; truncated`)
    }
    const { threadCount: _threads, stringCount: _strings, format: _format, ...rest } = header
    return { ...rest, format: 'faqmatch-index', threads: this.threads as FaqIndexSnapshot['threads'], strings: this.strings, analyzed: this.analyzed }
  }

  private addChunk(value: unknown, header: SnapshotLinesHeader): void {
    const parsed = SnapshotLinesChunkSchema.safeParse(value)
    if (!parsed.success) throw corrupt(`line ${this.lineNumber} is damaged (${formatPath('line', parsed.error.issues[0]!.path)}: ${parsed.error.issues[0]!.message})`)
    const chunk = parsed.data
    if ('strings' in chunk) {
      if (this.threads.length) throw corrupt(`line ${this.lineNumber}: strings after threads`)
      for (const text of chunk.strings) this.strings.push(text)
    } else {
      if (chunk.threads.length !== chunk.analyzed.length) throw corrupt(`line ${this.lineNumber}: ${chunk.threads.length} threads but ${chunk.analyzed.length} analyzed forms`)
      for (let i = 0; i < chunk.threads.length; i++) {
        this.threads.push(chunk.threads[i])
        this.analyzed.push(chunk.analyzed[i]!)
      }
    }
    if (this.threads.length > header.threadCount || this.strings.length > header.stringCount) {
      throw corrupt(`line ${this.lineNumber}: more items than the first line announces (${header.threadCount} threads, ${header.stringCount} strings)`)
    }
  }
}

function parseHeader(value: unknown): SnapshotLinesHeader {
  const { format, version } = (value && typeof value === 'object' ? value : {}) as { format?: unknown; version?: unknown }
  if (format === 'faqmatch-index') throw corrupt('this is a single-JSON snapshot (index.toJSON()), not lines; load it with loadFaqIndex')
  if (format === 'faqmatch-index-lines' && version !== SNAPSHOT_VERSION) {
    throw new SnapshotError('SNAPSHOT_VERSION', `faqmatch: snapshot version not supported (got ${JSON.stringify(version)}, this faqmatch reads ${SNAPSHOT_VERSION}). Rebuild the index from its threads.`)
  }
  const parsed = SnapshotLinesHeaderSchema.safeParse(value)
  if (!parsed.success) throw corrupt(`line 1 is not a snapshot header (${formatPath('header', parsed.error.issues[0]!.path)}: ${parsed.error.issues[0]!.message})`)
  return parsed.data
}

function decode(decoder: TextDecoder, bytes: Uint8Array | undefined): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode()
  } catch (cause) {
    throw corrupt('the snapshot lines are not UTF-8 text', cause)
  }
}

function isIterable(source: unknown): source is SnapshotLinesSource {
  return source != null && typeof source === 'object' && (Symbol.asyncIterator in source || Symbol.iterator in source)
}

function corrupt(what: string, cause?: unknown): SnapshotError {
  return new SnapshotError('SNAPSHOT_CORRUPT', `faqmatch: snapshot is damaged (${what}). Save it again with snapshotLines(index).`, cause === undefined ? undefined : { cause })
}
