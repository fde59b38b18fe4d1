import { SnapshotError } from '../errors.js'
import { SnapshotSchema, SNAPSHOT_VERSION } from '../schemas/snapshot.js'
import { FaqIndexOptionsSchema } from '../schemas/index-options.js'
import { formatPath } from '../schemas/to-input-error.js'
import { FaqIndexImpl, type FaqIndex } from './faq-index.js'
import { lexiconFromSnapshot, recordFromSnapshot, type DecodedRecord } from './snapshot.js'

/**
 * Restores an index from `index.toJSON()` (or its parsed JSON text) without analyzing the threads
 * again. Throws SnapshotError: SNAPSHOT_VERSION for another format version,
 * SNAPSHOT_ANALYZER_MISMATCH when this version of faqmatch analyzes text differently,
 * SNAPSHOT_CORRUPT for anything damaged or truncated.
 * @example
 * const again = loadFaqIndex(JSON.parse(JSON.stringify(index)))
 * again.match('Rechnungsadresse ändern').matches[0].threadId //=> 'adresse'
 */
export function loadFaqIndex(snapshot: unknown): FaqIndex {
  if (typeof snapshot === 'string') {
    try {
      snapshot = JSON.parse(snapshot)
    } catch (cause) {
      throw new SnapshotError('SNAPSHOT_CORRUPT', 'faqmatch: snapshot is not valid JSON (truncated or damaged text). Save it again with JSON.stringify(index.toJSON()).', { cause })
    }
  }
  const version = (snapshot as { version?: unknown } | null)?.version
  if (snapshot && typeof snapshot === 'object' && (snapshot as { format?: unknown }).format === 'faqmatch-index' && version !== SNAPSHOT_VERSION) {
    throw new SnapshotError('SNAPSHOT_VERSION', `faqmatch: snapshot version not supported (got ${JSON.stringify(version)}, this faqmatch reads ${SNAPSHOT_VERSION}). Rebuild the index from its threads.`)
  }
  const parsed = SnapshotSchema.safeParse(snapshot)
  if (!parsed.success) {
    const first = parsed.error.issues[0]!
    throw new SnapshotError('SNAPSHOT_CORRUPT', `faqmatch: snapshot is damaged (${formatPath('snapshot', first.path)}: ${first.message}). Save it again with index.toJSON().`)
  }
  const data = parsed.data
  const options = FaqIndexOptionsSchema.safeParse(data.options)
  if (!options.success || data.analyzed.length !== data.threads.length) {
    throw new SnapshotError('SNAPSHOT_CORRUPT', 'faqmatch: snapshot is damaged (options or analyzed threads do not fit). Save it again with index.toJSON().')
  }
  const index = new FaqIndexImpl(options.data)
  const expected = index.analyzers.fingerprints()
  for (const [lang, fingerprint] of Object.entries(expected)) {
    if (data.analyzerFingerprint[lang] !== fingerprint) {
      throw new SnapshotError(
        'SNAPSHOT_ANALYZER_MISMATCH',
        `faqmatch: snapshot was analyzed differently (${lang}: ${data.analyzerFingerprint[lang] ?? 'missing'}). Rebuild the index from its threads with this version.`,
      )
    }
  }
  const ids = new Set<string>()
  for (const thread of data.threads) {
    if (ids.has(thread.id)) throw new SnapshotError('SNAPSHOT_CORRUPT', `faqmatch: snapshot is damaged (thread id ${JSON.stringify(thread.id)} twice). Save it again with index.toJSON().`)
    ids.add(thread.id)
  }
  const lexicon = lexiconFromSnapshot(data.lexicon, data.strings)
  if (!lexicon) throw new SnapshotError('SNAPSHOT_CORRUPT', 'faqmatch: snapshot is damaged (snapshot.lexicon does not decode). Save it again with index.toJSON().')
  // Decode everything before touching the index: a damaged entry anywhere leaves nothing half-built.
  const shared = index.store.internAll(data.strings)
  const records: DecodedRecord[] = []
  for (let i = 0; i < data.threads.length; i++) {
    const decoded = recordFromSnapshot(data.threads[i] as never, data.analyzed[i]!, shared.texts, shared.ids)
    if (!decoded) throw new SnapshotError('SNAPSHOT_CORRUPT', `faqmatch: snapshot is damaged (snapshot.analyzed[${i}] does not decode). Save it again with index.toJSON().`)
    records.push(decoded)
  }
  for (const word of lexicon) index.analyzers.lexicon.addCorpusWord(word)
  for (const { record, ids } of records) index.store.addInterned(record, ids, false)
  index.store.restoreIndexes(data.words, records.map((r) => r.ids))
  index.store.restoreStaleGrams(data.staleGrams)
  index.store.settle()
  index.feedback.load(data.feedback)
  return index
}
