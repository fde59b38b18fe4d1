import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { InvalidInputError } from '../../src/errors.js'
import { THREADS } from './fixtures.js'

const QUESTIONS = ['Adresse der Rechnung ändern', 'passwort vergessen', 'Akku iPhone 7 leer', 'WLAN lahm', 'Paket fehlt']

describe('matchMany', () => {
  const index = createFaqIndex({ language: 'de' })
  index.addAll(THREADS)

  it('in this thread: the same results as match, in order', async () => {
    expect(await index.matchMany(QUESTIONS, { limit: 3 })).toEqual(QUESTIONS.map((q) => index.match(q, { limit: 3 })))
  })

  it('validates every question first and names each bad one', async () => {
    const error = await index.matchMany(['ok', '', 'also ok', 42 as never]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidInputError)
    expect((error as InvalidInputError).issues.map((i) => i.path)).toEqual(['texts[1]', 'texts[3]'])
  })

  it.each([[0], [1.5], [1000]])('rejects concurrency %s', async (concurrency) => {
    await expect(index.matchMany(QUESTIONS, { concurrency })).rejects.toThrow(/options.concurrency/)
  })

  const dist = resolve(__dirname, '../../dist/index.js')
  it.runIf(existsSync(resolve(__dirname, '../../dist/match-worker.js')))('across 2 worker threads (built package): identical results', async () => {
    const built = (await import(dist)) as typeof import('../../src/index.js')
    const workerIndex = built.createFaqIndex({ language: 'de' })
    workerIndex.addAll(THREADS)
    const many = Array.from({ length: 500 }, (_, i) => QUESTIONS[i % QUESTIONS.length]!)
    const inWorkers = await workerIndex.matchMany(many, { concurrency: 2 })
    expect(inWorkers).toEqual(many.map((q) => workerIndex.match(q)))
  })
})
