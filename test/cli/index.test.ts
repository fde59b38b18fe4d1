import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, runCli, STACK_LINE, tempDir } from './run-cli.js'

const dir = tempDir()
const threads = [
  { id: 'passwort', question: 'Passwort vergessen – was tun?', answer: 'Auf der Anmeldeseite „Passwort vergessen“ wählen.' },
  { id: 'router', question: 'Der Router blinkt rot und das Internet geht nicht', answer: 'Bitte den Router neu starten.' },
  { id: 'adresse', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Im Kundencenter unter „Meine Daten“.' },
]
const corpus = join(dir, 'threads.jsonl')

beforeAll(() => {
  ensureBuilt()
  writeFileSync(corpus, threads.map((t) => JSON.stringify(t)).join('\n') + '\n')
})

describe('faqmatch index <corpus> -o <file>', () => {
  it('writes a snapshot that --index then answers from, and leaves no temporary file', () => {
    const output = join(dir, 'small-index.json')
    const built = runCli(['index', corpus, '-o', output])
    expect(built.status).toBe(0)
    expect(built.stdout).toMatch(new RegExp(`^Indexed 3 threads from .*threads\\.jsonl into .*small-index\\.json \\(\\d+(\\.\\d)? kB\\) in \\d+\\.\\d s\\.\\n$`))
    expect(JSON.parse(readFileSync(output, 'utf8'))).toMatchObject({ format: 'faqmatch-index' })
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const asked = runCli(['Router blinkt rot', '--index', output, '--json'])
    expect(asked.status).toBe(0)
    expect(JSON.parse(asked.stdout).matches[0].threadId).toBe('router')
  })

  it('the bundled corpus gives the same top thread from a snapshot as when built on the fly', () => {
    const output = join(dir, 'de-service.json')
    expect(runCli(['index', 'corpus/de-service', '-o', output, '--quiet']).status).toBe(0)
    const fromSnapshot = JSON.parse(runCli(['Wie ändere ich meine Rechnungsadresse?', '--index', output, '--json']).stdout)
    expect(fromSnapshot.matches[0].threadId).toBe('rechnungsadresse-aendern')
  })

  it('without a terminal, progress is plain lines on stderr, ending at 100%', () => {
    const run = runCli(['index', corpus, '-o', join(dir, 'progress.json')])
    expect(run.status).toBe(0)
    const lines = run.stderr.trimEnd().split('\n')
    for (const line of lines) expect(line).toMatch(/^faqmatch: indexing \d+% \(\d+\/3 threads\)$/)
    expect(lines.at(-1)).toBe('faqmatch: indexing 100% (3/3 threads)')
  })

  it('--quiet prints nothing at all', () => {
    const output = join(dir, 'quiet.json')
    const run = runCli(['index', corpus, '-o', output, '--quiet'])
    expect(run).toEqual({ status: 0, stdout: '', stderr: '' })
    expect(existsSync(output)).toBe(true)
  })

  it('a corpus row that does not validate: one line naming file and line number, exit code 3, nothing written', () => {
    const bad = join(dir, 'bad.jsonl')
    writeFileSync(bad, [JSON.stringify(threads[0]), JSON.stringify({ id: 'leer', question: '', answer: 'x' }), JSON.stringify(threads[1])].join('\n') + '\n')
    const output = join(dir, 'bad-index.json')
    const run = runCli(['index', bad, '-o', output])
    expect(run.status).toBe(3)
    expect(run.stdout).toBe('')
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines.filter((line) => !line.startsWith('faqmatch: indexing'))).toHaveLength(1)
    expect(lines.at(-1)).toMatch(/^faqmatch: .*bad\.jsonl.*line 2.*question/)
    expect(run.stderr).not.toMatch(STACK_LINE)
    expect(existsSync(output)).toBe(false)

    const skipped = runCli(['index', bad, '-o', output, '--skip-invalid'])
    expect(skipped.status).toBe(0)
    expect(skipped.stdout).toMatch(/^Indexed 2 threads .* 1 invalid rows? skipped/)
  })

  it.each([
    [4, 'a missing corpus', ['index', 'nicht/da.jsonl', '-o', 'x.json'], /^faqmatch: .*nicht\/da\.jsonl/],
    [1, 'a folder that does not exist for the output', ['index', corpus, '-o', join(dir, 'fehlt', 'index.json')], /^faqmatch: cannot write .*fehlt\/index\.json \(no such file or directory\)/],
    [2, 'no -o', ['index', corpus], /^faqmatch: required option '-o, --output <file>' not specified\. See faqmatch index --help\.$/],
    [2, 'an unknown --lang', ['index', corpus, '-o', 'x.json', '--lang', 'fr'], /^faqmatch: option '-l, --lang <lang>' argument 'fr' is invalid\. Allowed choices are de, en, auto\. See faqmatch index --help\.$/],
  ])('exit code %i: %s, one line on stderr', (status, _name, args, message) => {
    const run = runCli(args)
    expect(run.status).toBe(status)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n').filter((line) => !line.startsWith('faqmatch: indexing'))).toEqual([expect.stringMatching(message)])
  })
})
