import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load-corpus.js'
import { CorpusError } from '../../src/errors.js'

const dir = mkdtempSync(join(tmpdir(), 'faqmatch-lines-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

/** The issues of the CorpusError a load throws (fails the test if it does not throw one). */
async function issuesOf(path: string, options: Parameters<typeof loadCorpus>[1] = {}): Promise<string[]> {
  const error = await loadCorpus(path, options).then(() => undefined, (e: unknown) => e)
  expect(error).toBeInstanceOf(CorpusError)
  expect((error as CorpusError).code).toBe('CORPUS_INVALID')
  return (error as CorpusError).issues.map((i) => `${i.path}: ${i.message}`)
}

describe('bad rows are reported with the line they start on', () => {
  it.each([
    [
      'JSONL with a blank line',
      'a.jsonl',
      '{"id":"a","question":"Frage"}\n\n{"id":"b","question":"   "}\n{"id":"c"\n',
      ['line 3: question: must not be empty', expect.stringMatching(/^line 4: not valid JSON \(/)],
    ],
    [
      'a pretty-printed JSON array',
      'b.json',
      '[\n  {\n    "id": "a",\n    "question": "Frage"\n  },\n  {\n    "id": "b",\n    "question": "Frage",\n    "lang": "fr"\n  }\n]\n',
      ['line 6: lang: Invalid option: expected one of "de"|"en"'],
    ],
    [
      'a JSON object with a "threads" array',
      'c.json',
      '{ "threads": [\n{"id":"a","question":"Frage"},\n{"id":"a","question":"Noch eine"}\n] }\n',
      ['line 3: id: repeats the id of line 2 ("a")'],
    ],
    [
      'CSV after a multi-line cell and a blank line',
      'd.csv',
      'id;question;answer\nt1;"Frage über\nzwei Zeilen";A\n\nt2;;B\nt3;Frage;C;extra\n',
      ['line 5: question: Invalid input: expected string, received undefined', 'line 6: has 4 cells, the header has 3 (a line break or ";" outside quotes?)'],
    ],
    [
      'an unknown key in a thread row',
      'e.jsonl',
      '{"id":"a","question":"Frage","antwort":"Tippfehler im Feldnamen"}\n',
      ['line 1: Unrecognized key: "antwort"'],
    ],
  ])('%s', async (_what, name, text, expected) => {
    expect(await issuesOf(file(name, text))).toEqual(expected)
  })

  it('queries: a bad row in queries.csv is found with { kind: "queries" }', async () => {
    const path = file('queries.csv', 'id,text,relevant\nq1,Wie kündige ich?,kuendigen-festnetz|kuendigen-mobilfunk\nq2,,\n')
    expect(await issuesOf(path, { kind: 'queries' })).toEqual([
      'line 3: text: Invalid input: expected string, received undefined',
      'line 3: relevant: Invalid input: expected array, received undefined',
    ])
  })

  it('skipInvalid keeps the good CSV rows and names the bad ones with file and line', async () => {
    const path = file('mixed.csv', '\uFEFFid;question\nt1;Router blinkt\nt2;\nt3;WLAN langsam\n')
    const { threads, skipped } = await loadCorpus(path, { skipInvalid: true })
    expect(threads.map((t) => t.id)).toEqual(['t1', 't3'])
    expect(skipped).toEqual([{ path: `${path} line 3: question`, message: 'Invalid input: expected string, received undefined' }])
  })
})
