import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, runCli, STACK_LINE, tempDir } from './run-cli.js'

const dir = tempDir()
const corpus = join(dir, 'threads.jsonl')
const threads = [
  { id: 'adresse', question: 'Wie ändere ich meine Rechnungsadresse?', answer: 'Im Kundencenter unter „Meine Daten“.' },
  { id: 'adresse-2', question: 'Rechnungsadresse ändern, wie geht das?' },
  { id: 'router', question: 'Der Router blinkt rot und das Internet geht nicht', answer: 'Bitte den Router neu starten.' },
  { id: 'passwort', question: 'Passwort vergessen – was tun?', answer: 'Auf der Anmeldeseite „Passwort vergessen“ wählen.' },
]

beforeAll(() => {
  ensureBuilt()
  writeFileSync(corpus, threads.map((t) => JSON.stringify(t)).join('\n') + '\n')
})

describe('faqmatch dedupe <corpus>', () => {
  it('prints one cluster with the canonical thread, the duplicate and its score', () => {
    const run = runCli(['dedupe', corpus, '--quiet'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^1 cluster of duplicates among 4 threads: 1 thread duplicates a canonical thread\./)
    expect(run.stdout.match(/^Cluster dup-/gm)).toHaveLength(1)
    expect(run.stdout).toMatch(/keep {2}adresse {4}Wie ändere ich meine Rechnungsadresse\?/)
    expect(run.stdout).toMatch(/0\.\d\d {2}adresse-2 {2}Rechnungsadresse ändern, wie geht das\?/)
    expect(run.stdout).not.toContain('router')
  })

  it('--json prints only the clusters array on stdout; progress goes to stderr', () => {
    const run = runCli(['dedupe', corpus, '--json'])
    expect(run.status).toBe(0)
    const clusters = JSON.parse(run.stdout)
    expect(clusters).toHaveLength(1)
    expect(clusters[0]).toMatchObject({ canonicalThreadId: 'adresse', threadIds: ['adresse', 'adresse-2'] })
    expect(clusters[0].pairs[0].score).toBeGreaterThanOrEqual(0.5)
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('faqmatch: comparing 100% (4/4 threads)')
  })

  it('--answers: an unanswered question meets the answered thread whose answer fits it (questions only by default)', () => {
    const delivery = join(dir, 'delivery.jsonl')
    const rows = [
      { id: 'lieferzeit', question: 'Wann kommt meine Bestellung?', answer: 'Die Lieferung dauert zwei bis drei Werktage.' },
      { id: 'rechnung', question: 'Wo finde ich meine Rechnung?', answer: 'Im Kundenkonto unter Rechnungen.' },
      { id: 'neu', question: 'Wie lange dauert die Lieferung meiner Bestellung?' },
    ]
    writeFileSync(delivery, rows.map((t) => JSON.stringify(t)).join('\n') + '\n')
    expect(JSON.parse(runCli(['dedupe', delivery, '--json', '--quiet', '--answers']).stdout).map((c: { threadIds: string[] }) => c.threadIds)).toEqual([['lieferzeit', 'neu']])
    expect(JSON.parse(runCli(['dedupe', delivery, '--json', '--quiet']).stdout)).toEqual([])
  })

  it('--min-similarity 1 finds no duplicates', () => {
    const run = runCli(['dedupe', corpus, '--min-similarity', '1', '--quiet'])
    expect(run).toEqual({ status: 0, stdout: 'No duplicates among 4 threads.\n', stderr: '' })
  })

  it('exit codes: bad option value 2, missing corpus 4, invalid row 3 (with --skip-invalid it is left out)', () => {
    expect(runCli(['dedupe', corpus, '--min-similarity', '2']).status).toBe(2)
    const missing = runCli(['dedupe', join(dir, 'missing.jsonl')])
    expect(missing.status).toBe(4)
    expect(missing.stderr).not.toMatch(STACK_LINE)
    const bad = join(dir, 'bad.jsonl')
    writeFileSync(bad, [...threads.map((t) => JSON.stringify(t)), JSON.stringify({ id: 'leer', question: '' })].join('\n') + '\n')
    const invalid = runCli(['dedupe', bad, '--quiet'])
    expect(invalid.status).toBe(3)
    expect(invalid.stderr.trim().split('\n')).toHaveLength(1)
    expect(invalid.stderr).toContain('--skip-invalid')
    const skipped = runCli(['dedupe', bad, '--json', '--skip-invalid', '--quiet'])
    expect(skipped.status).toBe(0)
    expect(JSON.parse(skipped.stdout)).toHaveLength(1)
  })

  it('--help documents every option and has examples', () => {
    const run = runCli(['dedupe', '--help'])
    expect(run.status).toBe(0)
    for (const option of ['--min-similarity', '--lang', '--json', '--skip-invalid', '--quiet', '--debug']) expect(run.stdout).toContain(option)
    expect(run.stdout).toMatch(/Examples:\n {2}\$ faqmatch dedupe/)
  })
})
