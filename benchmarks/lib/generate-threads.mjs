// Deterministic synthetic threads for scale benchmarks: each question joins the start of one real
// question to the end of another, each answer strings 1–3 real answer sentences together, all
// drawn with a seeded PRNG from lib/source-texts.mjs. Same seed and sources → same threads.
// One sentinel thread with rare words sits in the middle, so a known query has a known answer.
import { createRandom, pick, randomIndex } from './seeded-random.mjs'

export const DEFAULT_SEED = 20240604

export const SENTINEL = {
  de: {
    question: 'Wie melde ich einen Wasserschaden im Ferienhaus Seeblick am Bodensee?',
    answer: 'Schicken Sie uns Fotos vom Wasserschaden und die Buchungsnummer, wir beauftragen den Hausmeister.',
    query: 'Wasserschaden Ferienhaus Seeblick melden',
  },
  en: {
    question: 'How do I report water damage in the Lakeview holiday cottage by Lake Constance?',
    answer: 'Send us photos of the water damage and your booking number, and we will send the caretaker.',
    query: 'report water damage Lakeview cottage',
  },
}

export const sentinelId = (lang) => `${lang}-sentinel`

const words = (text) => text.split(/\s+/).filter(Boolean)
const stripEnd = (text) => text.replace(/[\s?.!,;:]+$/u, '')

function recombineQuestion(random, questions) {
  const a = words(stripEnd(pick(random, questions)))
  const b = words(stripEnd(pick(random, questions)))
  const head = a.slice(0, Math.max(1, Math.ceil(a.length * (0.4 + 0.3 * random()))))
  const tail = b.slice(Math.min(b.length - 1, Math.floor(b.length * (0.3 + 0.3 * random()))))
  return `${[...head, ...tail].join(' ')}?`
}

/**
 * @param {{ questions: string[], answers: string[] }} pool texts of one language
 * @param {{ count: number, lang: 'de' | 'en', seed?: number }} options
 * @returns {{ id: string, question: string, answer: string, lang: string }[]}
 */
export function generateThreads(pool, { count, lang, seed = DEFAULT_SEED }) {
  const random = createRandom(seed ^ (lang === 'de' ? 0x64650000 : 0x656e0000))
  const seen = new Set()
  const threads = new Array(count)
  const sentinelAt = Math.floor(count / 2)
  for (let i = 0; i < count; i++) {
    if (i === sentinelAt) {
      threads[i] = { id: sentinelId(lang), question: SENTINEL[lang].question, answer: SENTINEL[lang].answer, lang }
      continue
    }
    let question = recombineQuestion(random, pool.questions)
    for (let retry = 0; retry < 5 && seen.has(question); retry++) question = recombineQuestion(random, pool.questions)
    seen.add(question)
    const sentences = 1 + randomIndex(random, 3)
    const answer = Array.from({ length: sentences }, () => pick(random, pool.answers)).join(' ')
    threads[i] = { id: `${lang}-${String(i).padStart(7, '0')}`, question, answer, lang }
  }
  return threads
}

/**
 * Queries with a known answer: a generated thread's question, lowercased, '?' dropped, one word
 * left out (5+ words) and two neighbours swapped (4+ words), as people retype a question.
 * @returns {{ text: string, expected: string }[]}
 */
export function deriveQueries(threads, { count, seed = DEFAULT_SEED }) {
  const random = createRandom(seed ^ 0x71756572)
  const queries = []
  for (let i = 0; i < count; i++) {
    const thread = threads[randomIndex(random, threads.length)]
    const w = words(stripEnd(thread.question).toLowerCase())
    if (w.length >= 5) w.splice(randomIndex(random, w.length), 1)
    if (w.length >= 4) {
      const j = randomIndex(random, w.length - 1)
      ;[w[j], w[j + 1]] = [w[j + 1], w[j]]
    }
    queries.push({ text: w.join(' '), expected: thread.id })
  }
  return queries
}
