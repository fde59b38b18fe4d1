import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, root, runCli, STACK_LINE, tempDir } from './run-cli.js'

const dir = tempDir()
const threads = [
  { id: 'passwort', question: 'Passwort vergessen – was tun?', answer: 'Auf der Anmeldeseite „Passwort vergessen“ wählen.', tags: ['login'] },
  { id: 'router', question: 'Der Router blinkt rot und das Internet geht nicht', answer: 'Bitte den Router neu starten.', tags: ['router'] },
  { id: 'adresse', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Im Kundencenter unter „Meine Daten“.', tags: ['rechnung'] },
]
const queries = [
  { id: 'q1', text: 'Ich habe mein Passwort vergessen', relevant: ['passwort'] },
  { id: 'q2', text: 'Router leuchtet rot, kein Internet', relevant: ['router'] },
  { id: 'q3', text: '<script>alert(1)</script> Wann fährt der Zug nach Hamburg?', relevant: [] },
]
const jsonl = (rows: readonly object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n'
const threadsFile = join(dir, 'threads.jsonl')
const queriesFile = join(dir, 'queries.jsonl')
const threadsOnly = join(dir, 'threads-only')
/** The bundled corpus gets its labelled queries from the corpus helper; until then its test says so and is skipped. */
const bundledQueries = join(root, 'corpus/de-service/queries.jsonl')

beforeAll(() => {
  ensureBuilt()
  writeFileSync(threadsFile, jsonl(threads))
  writeFileSync(queriesFile, jsonl(queries))
  mkdirSync(threadsOnly)
  writeFileSync(join(threadsOnly, 'threads.jsonl'), jsonl(threads))
})

/** The keys every report has, in the documented shape. */
function expectReportShape(report: Record<string, unknown>): void {
  expect(Object.keys(report).sort()).toEqual(['curve', 'k', 'misses', 'overall', 'tags', 'threads', 'thresholds', 'worstMisses'])
  expect(report.overall).toMatchObject({
    queries: expect.any(Number),
    answerable: expect.any(Number),
    outOfScope: expect.any(Number),
    metrics: { hitAt1: expect.any(Number), hitAt5: expect.any(Number), mrrAtK: expect.any(Number) },
    decisions: { reuse: expect.any(Number), reuseWrong: expect.any(Number), outOfScopeNew: expect.any(Number) },
  })
  const curve = report.curve as { threshold: number; coverage: number }[]
  expect(curve[0]).toMatchObject({ threshold: 0 })
  expect(curve.at(-1)).toMatchObject({ threshold: 1 })
  for (let i = 1; i < curve.length; i++) expect(curve[i]!.coverage).toBeLessThanOrEqual(curve[i - 1]!.coverage)
}

describe('faqmatch eval', () => {
  it.skipIf(!existsSync(bundledQueries))('corpus/de-service --json: only the report as JSON on stdout (skipped while corpus/de-service/queries.jsonl is not written)', () => {
    const run = runCli(['eval', 'corpus/de-service', '--json'])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout)
    expectReportShape(report)
    const lines = readFileSync(bundledQueries, 'utf8').split('\n').filter((l) => l.trim() !== '').length
    expect(report.overall.queries).toBe(lines)
    expect(report.k).toBe(10)
  })

  it('a threads file and a queries file, --json: the report for exactly these queries', () => {
    const run = runCli(['eval', threadsFile, queriesFile, '--json', '--k', '5', '--limit-worst', '1'])
    expect(run).toMatchObject({ status: 0, stderr: '' })
    const report = JSON.parse(run.stdout)
    expectReportShape(report)
    expect(report).toMatchObject({ k: 5, threads: 3, overall: { queries: 3, answerable: 2, outOfScope: 1 } })
    expect(report.worstMisses.length).toBeLessThanOrEqual(1)
  })

  it('a folder, --html: a table on stdout and an escaped, self-contained page, written without a temporary file left', () => {
    const html = join(dir, 'report.html')
    const run = runCli(['eval', dir, '--html', html])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^faqmatch evaluation: 3 queries \(2 answerable, 1 out of scope\) on 3 threads\n/)
    expect(run.stdout).toContain(`HTML report written to ${html}.`)
    expect(run.stderr).toBe('')
    const page = readFileSync(html, 'utf8')
    expect(page).toContain('<svg')
    expect(page).not.toContain('<script>')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it.each([
    ['a folder without queries', 3, [threadsOnly], /^faqmatch: invalid input \(.*: no labelled queries\)\. Add queries\.jsonl/],
    ['a missing corpus', 4, [join(dir, 'gibt-es-nicht')], /^faqmatch: cannot read corpus/],
    ['--k out of range', 2, [dir, '--k', '0'], /^faqmatch: .*--k.*whole number from 1 to 100/],
  ])('%s: exit code %i, one line on stderr', (_, status, args, message) => {
    const run = runCli(['eval', ...args])
    expect(run.status).toBe(status)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(run.stderr).not.toMatch(STACK_LINE)
  })

  it('a query naming an unknown thread: exit code 3, the query path in the message', () => {
    const bad = join(dir, 'bad-queries.jsonl')
    writeFileSync(bad, jsonl([{ id: 'q1', text: 'Passwort weg', relevant: ['gibt-es-nicht'] }]))
    const run = runCli(['eval', threadsFile, bad])
    expect(run.status).toBe(3)
    expect(run.stderr).toContain('queries[0].relevant[0]: no thread with this id in the index ("gibt-es-nicht")')
  })

  it('--help documents the options and has examples', () => {
    const run = runCli(['eval', '--help'])
    expect(run.status).toBe(0)
    for (const option of ['--json', '--html', '--k', '--limit-worst', '--reuse-min-confidence', '--lang', '--skip-invalid']) expect(run.stdout).toContain(option)
    expect(run.stdout).toContain('$ faqmatch eval corpus/de-service')
  })
})
