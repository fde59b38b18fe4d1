import { InvalidInputError } from '../errors.js'
import { SNAPSHOT_VERSION, type SnapshotLinesHeader } from '../schemas/snapshot.js'
import { FaqIndexImpl, type FaqIndex } from './faq-index.js'
import { buildSnapshot } from './snapshot.js'

/**
 * Threads per line: ~0.5 MB of text at ~550 bytes a thread, so neither the writer nor the reader
 * ever holds more than a few MB of JSON text, while per-line overhead stays negligible.
 */
export const SNAPSHOT_THREADS_PER_LINE = 1_000
/** Dictionary strings per line (~10 bytes each). */
export const SNAPSHOT_STRINGS_PER_LINE = 20_000

/**
 * The snapshot of `index` as JSON Lines, each line ending in `\n`: the same content as
 * `index.toJSON()`, but never one string, so an index of any size can be written to a file or a
 * stream (`JSON.stringify(index)` stops near V8's string limit, ~0.5 GB: about 900k threads).
 * `loadFaqIndexLines` reads it back. Throws InvalidInputError when `index` is not a faqmatch index.
 * @example
 * import { createWriteStream } from 'node:fs'
 * import { Readable } from 'node:stream'
 * import { pipeline } from 'node:stream/promises'
 * await pipeline(Readable.from(snapshotLines(index)), createWriteStream('faq-index.jsonl'))
 */
export function* snapshotLines(index: FaqIndex): Generator<string, void, undefined> {
  if (!(index instanceof FaqIndexImpl)) throw new InvalidInputError([{ path: 'index', message: 'must be an index from createFaqIndex/loadFaqIndex' }], 'invalid snapshotLines input')
  const { threads, strings, analyzed, format: _format, version: _version, ...rest } = buildSnapshot(index)
  const header: SnapshotLinesHeader = { format: 'faqmatch-index-lines', version: SNAPSHOT_VERSION, ...rest, threadCount: threads.length, stringCount: strings.length }
  yield JSON.stringify(header) + '\n'
  for (let i = 0; i < strings.length; i += SNAPSHOT_STRINGS_PER_LINE) yield JSON.stringify({ strings: strings.slice(i, i + SNAPSHOT_STRINGS_PER_LINE) }) + '\n'
  for (let i = 0; i < threads.length; i += SNAPSHOT_THREADS_PER_LINE) {
    yield JSON.stringify({ threads: threads.slice(i, i + SNAPSHOT_THREADS_PER_LINE), analyzed: analyzed.slice(i, i + SNAPSHOT_THREADS_PER_LINE) }) + '\n'
  }
}
