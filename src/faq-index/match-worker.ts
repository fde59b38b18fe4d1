// Worker thread behind `matchMany({ concurrency })`: loads the index snapshot once, then answers the
// questions it is sent. Runs only from the built package (dist/match-worker.js).
import { parentPort, workerData } from 'node:worker_threads'
import { loadFaqIndex } from './load-faq-index.js'
import type { MatchOptions } from '../schemas/index-options.js'

const { snapshot, options } = workerData as { snapshot: string; options: MatchOptions }
const index = loadFaqIndex(snapshot)

parentPort!.on('message', (message: { id: number; texts: string[] }) => {
  try {
    parentPort!.postMessage({ id: message.id, results: message.texts.map((text) => index.match(text, options)) })
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) })
  }
})
