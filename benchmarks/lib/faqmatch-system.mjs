// faqmatch behind the same { addAll, search } shape as the peers, plus `match` for decisions and
// confidences. Loaded from the build (dist/), so the numbers are those of what ships.
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const FAQMATCH_DIST = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

/** @returns {Promise<{ name: string, create: Function, loadFaqIndex?: Function } | { missing: string }>} */
export async function loadFaqmatch() {
  if (!existsSync(FAQMATCH_DIST)) return { missing: 'faqmatch: not built yet (no dist/index.js; run npm run build)' }
  const lib = await import(pathToFileURL(FAQMATCH_DIST).href)
  if (typeof lib.createFaqIndex !== 'function') return { missing: 'faqmatch: not built yet (dist/index.js has no createFaqIndex)' }
  const wrap = (index) => ({
    index,
    addAll(threads) { index.addAll(threads.map(({ id, question, answer, lang, tags }) => (tags ? { id, question, answer, lang, tags } : { id, question, answer, lang }))) },
    match(text, k) { return index.match(text, { limit: k }) },
    search(text, k) { return index.match(text, { limit: k }).matches.map((m) => m.threadId) },
    saveSnapshot() { return JSON.stringify(index.toJSON()) },
    loadSnapshot(json) { return wrap(lib.loadFaqIndex(JSON.parse(json))) },
    // The streamed form, for indexes whose single JSON string would pass V8's string limit.
    // The streamed form through a file, as a large index would be saved and loaded in practice.
    async saveSnapshotFile(file) { await pipeline(Readable.from(lib.snapshotLines(index)), createWriteStream(file)) },
  })
  return {
    name: 'faqmatch',
    create(lang) { return wrap(lib.createFaqIndex({ language: lang })) },
    // On the system, not the instance: a method of the built index's wrapper would keep it alive.
    async loadSnapshotFile(file) { return wrap(await lib.loadFaqIndexLines(createReadStream(file))) },
  }
}
