import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadCorpus } from '../../src/corpus/load-corpus.js'
import { CorpusError } from '../../src/errors.js'

const dir = mkdtempSync(join(tmpdir(), 'faqmatch-corpus-'))
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

describe('loadCorpus', () => {
  it('loads the bundled German corpus', async () => {
    const { threads } = await loadCorpus('corpus/de-service')
    expect(threads.length).toBeGreaterThanOrEqual(200)
    expect(new Set(threads.map((t) => t.id)).size).toBe(threads.length)
  })

  it('reads a Windows-1252 CSV as German Excel saves it: umlauts, ß, € and „quotes“ intact', async () => {
    const path = join(dir, 'excel.csv')
    // "Wie ändere ich die Straße?" / "Kostet 5 € – „sofort“." in Windows-1252 bytes.
    writeFileSync(path, Buffer.concat([Buffer.from('id;question;answer\r\nt1;Wie '), Buffer.from([0xe4]), Buffer.from('ndere ich die Stra'), Buffer.from([0xdf]), Buffer.from('e?;Kostet 5 '), Buffer.from([0x80, 0x20, 0x96, 0x20, 0x84]), Buffer.from('sofort'), Buffer.from([0x93]), Buffer.from('.\r\n')]))
    const { threads } = await loadCorpus(path)
    expect(threads).toEqual([{ id: 't1', question: 'Wie ändere ich die Straße?', answer: 'Kostet 5 € – „sofort“.' }])
  })

  it('reads CSV with BOM, ";" separator, a quoted multi-line field and list cells', async () => {
    const path = file('threads.csv', '\uFEFFid;question;answer;tags\nt1;"Wie kündige ich?";"Zeile eins\nZeile zwei";vertrag|kuendigung\nt2;Passwort vergessen;Link nutzen;\n')
    const { threads } = await loadCorpus(path)
    expect(threads).toEqual([
      { id: 't1', question: 'Wie kündige ich?', answer: 'Zeile eins\nZeile zwei', tags: ['vertrag', 'kuendigung'] },
      { id: 't2', question: 'Passwort vergessen', answer: 'Link nutzen' },
    ])
  })

  it('reports every bad row with its physical line number and loads nothing', async () => {
    const path = file('bad.csv', 'id,question,answer\nt1,"Frage\nüber zwei Zeilen",A\nt2,,B\nt3,Frage,C\nt3,Doppelt,D\n')
    const error = await loadCorpus(path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CorpusError)
    expect((error as CorpusError).code).toBe('CORPUS_INVALID')
    expect((error as CorpusError).issues).toEqual([
      { path: 'line 4: question', message: 'Invalid input: expected string, received undefined' },
      { path: 'line 6: id', message: 'repeats the id of line 5 ("t3")' },
    ])
  })

  it('skipInvalid loads the good rows and lists the bad ones', async () => {
    const path = file('mixed.jsonl', '{"id":"a","question":"Frage A"}\n{"id":"b","question":""}\nnot json\n\n{"id":"c","question":"Frage C"}\n')
    const { threads, skipped } = await loadCorpus(path, { skipInvalid: true })
    expect(threads.map((t) => t.id)).toEqual(['a', 'c'])
    expect(skipped.map((s) => s.path)).toEqual([`${path} line 2: question`, `${path} line 3`])
  })

  it('reads a JSON array and a directory with queries', async () => {
    const sub = join(dir, 'set')
    mkdirSync(sub)
    writeFileSync(join(sub, 'threads.json'), JSON.stringify([{ id: 'x', question: 'Router blinkt' }], null, 2))
    writeFileSync(join(sub, 'queries.jsonl'), '{"id":"q1","text":"Router leuchtet rot","relevant":["x"]}\n')
    const corpus = await loadCorpus(sub)
    expect(corpus.threads.map((t) => t.id)).toEqual(['x'])
    expect(corpus.queries).toEqual([{ id: 'q1', text: 'Router leuchtet rot', relevant: ['x'] }])
  })

  it.each([
    ['a missing path', join(dir, 'nope.jsonl')],
    ['an unknown format', file('threads.txt', 'x')],
    ['broken JSON', file('broken.json', '[{"id":')],
  ])('%s is CORPUS_UNREADABLE', async (_what, path) => {
    const error = await loadCorpus(path).catch((e: unknown) => e)
    expect((error as CorpusError).code).toBe('CORPUS_UNREADABLE')
    expect((error as Error).message).toMatch(/^faqmatch: cannot read corpus/)
  })
})
