import { describe, expect, it } from 'vitest'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { DuplicateThreadError, InvalidInputError, UnknownThreadError } from '../../src/errors.js'
import { THREADS } from './fixtures.js'

const fresh = () => {
  const index = createFaqIndex({ language: 'de' })
  index.addAll(THREADS)
  return index
}

describe('typed errors, and the index never changes halfway', () => {
  it('an invalid thread in a batch: every issue with its path, nothing added', () => {
    const index = fresh()
    const error = captureError(() => index.addAll([{ id: 'ok', question: 'Frage?', answer: 'Antwort' }, { id: 'bad', question: '  ', answer: 'x' }, { id: '', question: 'q' } as never]))
    expect(error).toBeInstanceOf(InvalidInputError)
    expect((error as InvalidInputError).code).toBe('INVALID_INPUT')
    expect((error as InvalidInputError).issues.map((i) => i.path)).toEqual(['threads[1].question', 'threads[2].id'])
    expect(error.message).toMatchInlineSnapshot(`"faqmatch: invalid threads (threads[1].question: must not be empty; threads[2].id: must not be empty). Fix the listed fields and call again."`)
    expect(index.size).toBe(THREADS.length)
    expect(index.has('ok')).toBe(false)
  })

  it('a misspelled key is rejected, not ignored', () => {
    const error = captureError(() => createFaqIndex().add({ id: 'x', question: 'Frage', answr: 'typo' } as never))
    expect((error as InvalidInputError).issues[0]!.path).toBe('thread')
  })

  it('duplicate ids: against the index and within the batch', () => {
    const index = fresh()
    const existing = captureError(() => index.addAll([{ id: 'new-one', question: 'Neu?' }, { id: 'paket', question: 'Paket?' }]))
    expect(existing).toBeInstanceOf(DuplicateThreadError)
    expect((existing as DuplicateThreadError).code).toBe('DUPLICATE_THREAD')
    expect(existing.message).toMatchInlineSnapshot(`"faqmatch: thread id already indexed (paket). Use update() to replace a thread, or give it a new id."`)
    expect(index.has('new-one')).toBe(false)
    const inBatch = captureError(() => index.addAll([{ id: 'a', question: 'A?' }, { id: 'a', question: 'B?' }]))
    expect((inBatch as InvalidInputError).issues[0]!.message).toContain('repeats the id of threads[0]')
  })

  it.each([
    ['remove', (i: ReturnType<typeof fresh>) => i.remove('nope')],
    ['update', (i: ReturnType<typeof fresh>) => i.update({ id: 'nope', question: 'Frage?' })],
    ['confirm', (i: ReturnType<typeof fresh>) => i.confirm('Frage?', 'nope')],
    ['reject', (i: ReturnType<typeof fresh>) => i.reject('Frage?', 'nope')],
  ])('%s with an unknown id throws UnknownThreadError', (_name, call) => {
    const index = fresh()
    const error = captureError(() => call(index))
    expect(error).toBeInstanceOf(UnknownThreadError)
    expect((error as UnknownThreadError).code).toBe('UNKNOWN_THREAD')
    expect(error.message).toBe('faqmatch: no thread with this id ("nope"). Check has(id) first, or add the thread.')
    expect(index.size).toBe(THREADS.length)
  })

  it.each([
    ['empty', '', 'question: must not be empty'],
    ['whitespace', '   \n', 'question: must not be empty'],
    ['too long', 'Rechnung '.repeat(500), 'question: must be at most 2000 characters, got 4500'],
    ['not a string', 42, 'question: must be a string, got number'],
  ])('match with a %s question: InvalidInputError', (_what, question, message) => {
    const error = captureError(() => fresh().match(question as string))
    expect(error).toBeInstanceOf(InvalidInputError)
    expect(error.message).toContain(message)
  })

  it.each([
    [{ limit: 0 }, 'options.limit'],
    [{ limit: 'drei' }, 'options.limit'],
    [{ lang: 'fr' }, 'options.lang'],
    [{ filter: { tag: ['x'] } }, 'options.filter'],
    [{ reuseMinConfidence: 0.2, suggestMinConfidence: 0.5 }, 'options.reuseMinConfidence'],
  ])('bad match options %j name the field', (options, path) => {
    const error = captureError(() => fresh().match('Paket', options as never))
    expect((error as InvalidInputError).issues[0]!.path).toBe(path)
  })

  it('bad index options name the field', () => {
    const error = captureError(() => createFaqIndex({ language: 'fr' } as never))
    expect((error as InvalidInputError).issues[0]!.path).toBe('options.language')
  })

  it('a throwing progress callback leaves the index as it was', () => {
    const index = createFaqIndex()
    expect(() =>
      index.addAll(THREADS, {
        onProgress: (done) => {
          if (done >= 4) throw new Error('stop')
        },
      }),
    ).toThrow('stop')
    expect(index.size).toBe(0)
    index.addAll(THREADS)
    expect(index.size).toBe(THREADS.length)
  })

  it('progress reaches the total', () => {
    const calls: Array<[number, number]> = []
    createFaqIndex().addAll(THREADS, { onProgress: (done, total) => calls.push([done, total]) })
    expect(calls.at(-1)).toEqual([THREADS.length, THREADS.length])
  })

  it('update replaces and remove deletes', () => {
    const index = fresh()
    index.update({ id: 'paket', question: 'Wo ist meine Sendung?', answer: 'Sendungsverfolgung nutzen.' })
    expect(index.get('paket')!.question).toBe('Wo ist meine Sendung?')
    expect(index.match('Sendung verschwunden').matches[0]!.threadId).toBe('paket')
    index.remove('paket')
    expect(index.has('paket')).toBe(false)
    expect(index.match('Sendung verschwunden').matches.some((m) => m.threadId === 'paket')).toBe(false)
    expect(index.size).toBe(THREADS.length - 1)
  })
})

function captureError(fn: () => unknown): Error {
  try {
    fn()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected an error')
}
