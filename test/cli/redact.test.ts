import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, runCli, tempDir } from './run-cli.js'

const dir = tempDir()
const file = (name: string, text: string) => {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

beforeAll(() => ensureBuilt())

describe('faqmatch redact <file>', () => {
  it('a text file: redacted to stdout, a summary on stderr', () => {
    const run = runCli(['redact', file('mail.txt', 'Hallo, bitte an max.mustermann@web.de schreiben.\n')])
    expect(run).toEqual({ status: 0, stdout: 'Hallo, bitte an ⟨EMAIL⟩ schreiben.\n', stderr: 'faqmatch: redacted 1 value (email 1).\n' })
  })

  it('a UTF-8 CSV keeps its BOM (Excel needs it to read the redacted file as UTF-8)', () => {
    expect(runCli(['redact', file('bom.csv', '\uFEFFid;question\n1;max@web.de\n'), '--quiet']).stdout).toBe('\uFEFFid;question\n1;⟨EMAIL⟩\n')
  })

  it('a Windows-1252 CSV comes out as UTF-8 with a BOM, so Excel reads the umlauts', () => {
    const path = join(dir, 'excel.csv')
    writeFileSync(path, Buffer.concat([Buffer.from('id;question\r\n1;Gr'), Buffer.from([0xfc, 0xdf]), Buffer.from('e an max@web.de\r\n')]))
    expect(runCli(['redact', path, '--quiet']).stdout).toBe('\uFEFFid;question\r\n1;Grüße an ⟨EMAIL⟩\r\n')
  })

  it('a Windows-1252 file (German Excel) is read with its umlauts; the output is UTF-8', () => {
    const path = join(dir, 'excel.txt')
    writeFileSync(path, Buffer.concat([Buffer.from('Gr'), Buffer.from([0xfc, 0xdf]), Buffer.from('e, max@web.de '), Buffer.from([0x80]), Buffer.from('\n')]))
    expect(runCli(['redact', path, '--quiet']).stdout).toBe('Grüße, ⟨EMAIL⟩ €\n')
  })

  it('JSONL: the fields question, answer, text and variants; other fields and clean lines stay byte for byte', () => {
    const clean = '{"id":"a",  "question":"Router blinkt"}'
    const input = [clean, JSON.stringify({ id: 'max@web.de', question: 'Mail an max@web.de geht nicht', variants: ['Bitte an anna@web.de'], channel: 'email' }), ''].join('\n')
    const run = runCli(['redact', file('threads.jsonl', input), '--quiet'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.split('\n')).toEqual([clean, JSON.stringify({ id: 'max@web.de', question: 'Mail an ⟨EMAIL⟩ geht nicht', variants: ['Bitte an ⟨EMAIL⟩'], channel: 'email' }), ''])
  })

  it('CSV: the named columns, keeping quotes, delimiter and the other columns', () => {
    const input = 'id;question;answer\r\nmax@web.de;"Meine Mail: ""max@web.de"""; Antwort an anna@web.de\r\n'
    const output = join(dir, 'out.csv')
    const run = runCli(['redact', file('export.csv', input), '-o', output])
    expect(run).toEqual({ status: 0, stdout: '', stderr: 'faqmatch: redacted 2 values (email 2).\n' })
    expect(readFileSync(output, 'utf8')).toBe('id;question;answer\r\nmax@web.de;"Meine Mail: ""⟨EMAIL⟩"""; Antwort an ⟨EMAIL⟩\r\n')
  })

  it('CSV without a known header: every cell, also across line breaks inside quotes', () => {
    const input = 'a,"Zeile eins\nMail: max@web.de",c\nx,y,anna@web.de'
    const run = runCli(['redact', file('plain.csv', input), '--quiet'])
    expect(run).toEqual({ status: 0, stdout: 'a,"Zeile eins\nMail: ⟨EMAIL⟩",c\nx,y,⟨EMAIL⟩', stderr: '' })
  })

  it('"-" reads stdin', () => {
    const run = runCli(['redact', '-', '--quiet'], { input: 'Rückruf an max@web.de' })
    expect(run).toEqual({ status: 0, stdout: 'Rückruf an ⟨EMAIL⟩', stderr: '' })
  })

  it.each([
    [3, 'a JSONL line that is no JSON', ['redact', file('broken.jsonl', '{"question":"ok"}\n{"question": kaputt}\n')], /^faqmatch: invalid input \(.*broken\.jsonl line 2: not valid JSON\)/],
    [3, 'a CSV quote that is never closed', ['redact', file('open.csv', 'question\nok\n"offen, max@web.de\n')], /^faqmatch: invalid input \(.*open\.csv line 3: quoted cell is never closed\)/],
    [4, 'a missing file', ['redact', join(dir, 'fehlt.txt')], /^faqmatch: cannot read .*fehlt\.txt \(no such file or directory\)\. Check the path\.$/],
    [2, 'an unknown format', ['redact', 'x.txt', '--format', 'xml'], /^faqmatch: option '-f, --format <format>' argument 'xml' is invalid\./],
  ])('exit code %i: %s, one line on stderr', (status, _name, args, message) => {
    const run = runCli(args)
    expect(run.status).toBe(status)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)])
  })
})
