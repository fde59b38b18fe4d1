import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createFaqIndex } from '../../src/faq-index/create-faq-index.js'
import { loadFaqIndex } from '../../src/faq-index/load-faq-index.js'
import type { FaqIndex } from '../../src/faq-index/faq-index.js'
import { DuplicateThreadError, InvalidInputError, UnknownThreadError } from '../../src/errors.js'
import { THREADS } from './fixtures.js'

/**
 * Model-based: random sequences of adds, updates, removes, feedback and matches, valid and invalid,
 * against a plain map of what the index should hold. A failing call must throw its typed error and
 * leave the index byte-for-byte as it was (its snapshot); a saved and loaded index goes on from
 * where the live one was, and after every sequence answers as the live one.
 */
interface Model {
  readonly threads: Map<string, string>
}
interface Real {
  index: FaqIndex
}

const QUESTIONS = [...THREADS.map((t) => t.question), 'Rechnung kommt an die alte Adresse', 'Passwörter zurücksetzen', 'Handyvertrag kündigen', 'Router blinkt rot', 'Paket beschädigt angekommen']
const PROBES = ['Rechnungsadresse ändern', 'passwort vergessen', 'Vertrag kündigen', 'iPhone 7 Akku', 'WLAN langsam', 'Paket fehlt']
const IDS = ['a', 'b', 'c', 'd', 'e']

const snapshotOf = (index: FaqIndex) => JSON.stringify(index.toJSON())

/** Runs a call that must fail: the typed error, and nothing changed. */
function expectRejected(real: Real, call: () => unknown, errorType: new (...args: never[]) => Error): void {
  const before = snapshotOf(real.index)
  expect(call).toThrow(errorType)
  expect(snapshotOf(real.index)).toBe(before)
}

function expectSameThreads(model: Model, real: Real): void {
  expect(real.index.size).toBe(model.threads.size)
  expect(Object.fromEntries(real.index.threads().map((t) => [t.id, t.question]))).toEqual(Object.fromEntries(model.threads))
}

class Add implements fc.Command<Model, Real> {
  constructor(readonly id: string, readonly question: string) {}
  check = () => true
  run(model: Model, real: Real): void {
    if (model.threads.has(this.id)) {
      expectRejected(real, () => real.index.add({ id: this.id, question: this.question, answer: 'Antwort.' }), DuplicateThreadError)
    } else {
      real.index.add({ id: this.id, question: this.question, answer: 'Antwort.' })
      model.threads.set(this.id, this.question)
    }
    expectSameThreads(model, real)
  }
  toString = () => `add(${this.id}, ${this.question})`
}

class AddInvalidBatch implements fc.Command<Model, Real> {
  constructor(readonly id: string, readonly bad: unknown) {}
  check = () => true
  run(model: Model, real: Real): void {
    // A valid new thread first: a batch is all or nothing.
    expectRejected(real, () => real.index.addAll([{ id: `${this.id}-new`, question: 'Neue Frage?' }, this.bad as never]), InvalidInputError)
    expectSameThreads(model, real)
  }
  toString = () => `addAll([ok, ${JSON.stringify(this.bad)}])`
}

class Update implements fc.Command<Model, Real> {
  constructor(readonly id: string, readonly question: string) {}
  check = () => true
  run(model: Model, real: Real): void {
    if (model.threads.has(this.id)) {
      real.index.update({ id: this.id, question: this.question, answer: 'Neue Antwort.' })
      model.threads.set(this.id, this.question)
    } else {
      expectRejected(real, () => real.index.update({ id: this.id, question: this.question }), UnknownThreadError)
    }
    expectRejected(real, () => real.index.update({ id: this.id, question: '' }), InvalidInputError)
    expectSameThreads(model, real)
  }
  toString = () => `update(${this.id}, ${this.question})`
}

class Remove implements fc.Command<Model, Real> {
  constructor(readonly id: string) {}
  check = () => true
  run(model: Model, real: Real): void {
    if (model.threads.has(this.id)) {
      real.index.remove(this.id)
      model.threads.delete(this.id)
    } else {
      expectRejected(real, () => real.index.remove(this.id), UnknownThreadError)
    }
    expectSameThreads(model, real)
  }
  toString = () => `remove(${this.id})`
}

class Feedback implements fc.Command<Model, Real> {
  constructor(readonly question: string, readonly id: string, readonly confirm: boolean) {}
  check = () => true
  run(model: Model, real: Real): void {
    const call = () => (this.confirm ? real.index.confirm(this.question, this.id) : real.index.reject(this.question, this.id))
    if (model.threads.has(this.id)) call()
    else expectRejected(real, call, UnknownThreadError)
    expectSameThreads(model, real)
  }
  toString = () => `${this.confirm ? 'confirm' : 'reject'}(${this.question}, ${this.id})`
}

/** Saves and loads the index and goes on with the loaded one: a loaded index must keep indexing. */
class Reload implements fc.Command<Model, Real> {
  check = () => true
  run(model: Model, real: Real): void {
    real.index = loadFaqIndex(snapshotOf(real.index))
    expectSameThreads(model, real)
  }
  toString = () => 'reload()'
}

class Match implements fc.Command<Model, Real> {
  constructor(readonly question: string) {}
  check = () => true
  run(model: Model, real: Real): void {
    const result = real.index.match(this.question, { limit: 10 })
    for (const m of result.matches) expect(model.threads.has(m.threadId)).toBe(true)
    expectRejected(real, () => real.index.match('   '), InvalidInputError)
  }
  toString = () => `match(${this.question})`
}

const commands = [
  fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...QUESTIONS)).map(([id, q]) => new Add(id, q)),
  fc.tuple(fc.constantFrom(...IDS), fc.constantFrom<unknown>({ id: '', question: 'Frage?' }, { id: 'x', question: ' ' }, { id: 'y', question: 42 }, null, 'Frage?')).map(([id, bad]) => new AddInvalidBatch(id, bad)),
  fc.tuple(fc.constantFrom(...IDS), fc.constantFrom(...QUESTIONS)).map(([id, q]) => new Update(id, q)),
  fc.constantFrom(...IDS).map((id) => new Remove(id)),
  fc.tuple(fc.constantFrom(...PROBES), fc.constantFrom(...IDS), fc.boolean()).map(([q, id, confirm]) => new Feedback(q, id, confirm)),
  fc.constantFrom(...PROBES).map((q) => new Match(q)),
  fc.constant(new Reload()),
]

describe('index operations (model-based)', () => {
  it('any sequence keeps the index equal to the model; failed calls change nothing; a snapshot answers as the live index', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 30 }), (sequence) => {
        const real: Real = { index: createFaqIndex({ language: 'de' }) }
        const model: Model = { threads: new Map() }
        fc.modelRun(() => ({ model, real }), sequence)
        const loaded = loadFaqIndex(JSON.parse(snapshotOf(real.index)))
        for (const probe of PROBES) expect(loaded.match(probe)).toEqual(real.index.match(probe))
      }),
      { numRuns: 150, seed: 0x66617173 },
    )
  })
})
