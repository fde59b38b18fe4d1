import { Worker } from 'node:worker_threads'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { MatchResult } from '../types.js'
import type { MatchOptions } from '../schemas/index-options.js'
import { FaqMatchError, InvalidInputError } from '../errors.js'

/** Questions sent to a worker at once: large enough to amortize messaging, small enough to balance. */
const BATCH_SIZE = 64

/**
 * Answers questions across worker threads. Each worker loads the index snapshot once, so this pays
 * off for batches of hundreds of questions and more; results keep the order of `texts`.
 * Needs the built package (dist/match-worker.js); from sources it answers in-process.
 */
export async function matchInWorkers(snapshot: string, texts: readonly string[], options: MatchOptions, concurrency: number): Promise<MatchResult[]> {
  const script = workerScript()
  if (!script) throw new FaqMatchError('INVALID_INPUT', 'faqmatch: worker script not found (dist/match-worker.js). Use matchMany with concurrency 1 when running from sources.')
  const results = new Array<MatchResult>(texts.length)
  const batches: Array<{ id: number; from: number; texts: string[] }> = []
  for (let from = 0; from < texts.length; from += BATCH_SIZE) batches.push({ id: batches.length, from, texts: texts.slice(from, from + BATCH_SIZE) })
  const workers = Array.from({ length: Math.min(concurrency, batches.length) }, () => new Worker(script, { workerData: { snapshot, options } }))
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const next = () => {
              const batch = batches.shift()
              if (!batch) return resolve()
              const onMessage = (message: { id: number; results?: MatchResult[]; error?: string }) => {
                worker.off('message', onMessage)
                if (message.error) return reject(new InvalidInputError([{ path: 'texts', message: message.error }], 'a question failed'))
                message.results!.forEach((result, i) => (results[batch.from + i] = result))
                next()
              }
              worker.on('message', onMessage)
              worker.postMessage({ id: batch.id, texts: batch.texts })
            }
            worker.once('error', reject)
            next()
          }),
      ),
    )
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return results
}

function workerScript(): URL | undefined {
  for (const name of ['./match-worker.js', '../match-worker.js']) {
    const url = new URL(name, import.meta.url)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url)) && !fileURLToPath(url).includes('/src/')) return url
  }
  return undefined
}
