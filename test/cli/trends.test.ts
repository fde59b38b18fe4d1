import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, runCli, STACK_LINE, tempDir } from './run-cli.js'

const dir = tempDir()
const file = join(dir, 'messages.jsonl')
const messages = [
  { id: 'm1', text: 'Störung Internet in Berlin seit heute morgen', createdAt: '2024-03-04T08:00:00+01:00' },
  { id: 'm2', text: 'Internet Störung Berlin, nichts geht', createdAt: '2024-03-04T09:00:00+01:00', channel: 'twitter' },
  { id: 'm3', text: 'Wieder Störung beim Internet in Berlin', createdAt: '2024-03-04T10:00:00+01:00' },
  { id: 'm4', text: 'Wie ändere ich meine Rechnungsadresse?', createdAt: '2024-03-03T10:00:00+01:00' },
  { id: 'm5', text: 'Rechnungsadresse ändern geht nicht', createdAt: '2024-03-02T10:00:00+01:00' },
]

beforeAll(() => {
  ensureBuilt()
  writeFileSync(file, messages.map((m) => JSON.stringify(m)).join('\n') + '\n')
})

describe('faqmatch trends <messages.jsonl>', () => {
  it('prints the ranked topics with priority, volume, spike and reasons', () => {
    const run = runCli(['trends', file, '--quiet'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^5 messages in 3 day windows \(Europe\/Berlin, /)
    expect(run.stdout).toMatch(/#\s+Priority\s+Volume\s+Spike since\s+Kind\s+Topic/)
    expect(run.stdout).toMatch(/^\s*1\s+\d\.\d\d\s+\d+\s+\S+\s+(known|emerging)\s+\S/m)
    expect(run.stdout).toContain('Störung')
    expect(run.stdout).toMatch(/Why:\n {2}1\. /)
  })

  it('progress on stderr (plain lines outside a terminal) ends at 100%; stdout holds only the result', () => {
    const run = runCli(['trends', file, '--corpus', 'corpus/de-service'])
    expect(run.status).toBe(0)
    const lines = run.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/^faqmatch: indexing \d+% \(\d+\/\d+ threads\)$/)
    expect(lines.filter((l) => l.startsWith('faqmatch: indexing')).at(-1)).toMatch(/100% \((\d+)\/\1 threads\)$/)
    expect(lines.at(-1)).toBe('faqmatch: analyzing 100% (10/10 steps)')
    expect(run.stdout).toMatch(/^5 messages in /)
  })

  it('--json prints the whole result, parseable; --limit only cuts the listing', () => {
    const run = runCli(['trends', file, '--json', '--window', 'hour', '--limit', '1'])
    expect(run.status).toBe(0)
    const trends = JSON.parse(run.stdout)
    expect(trends).toMatchObject({ window: 'hour', timeZone: 'Europe/Berlin', totals: { messages: 5 } })
    expect(trends.topics.length).toBeGreaterThan(1)
    const listed = runCli(['trends', file, '--limit', '1'])
    expect(listed.stdout.match(/^\s*\d+\s+\d\.\d\d\s/gm)).toHaveLength(1)
    expect(listed.stdout).toMatch(/more topics?; show them with --limit \d+/)
  })

  it('--public prints the public summary as JSON', () => {
    const run = runCli(['trends', file, '--public'])
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ window: 'day', totalMessages: 5, topics: expect.any(Array), otherMessages: expect.any(Number) })
  })

  it('a bad line: one stderr line naming the file and line number, exit code 3', () => {
    const bad = join(dir, 'bad.jsonl')
    writeFileSync(bad, [JSON.stringify(messages[0]), '', JSON.stringify({ id: 'm9', text: 'ohne Zeit' }), JSON.stringify(messages[1])].join('\n') + '\n')
    const run = runCli(['trends', bad])
    expect(run.status).toBe(3)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain('bad.jsonl line 3')
    expect(run.stderr).toContain('createdAt')
    expect(run.stderr).not.toMatch(STACK_LINE)

    const notJson = join(dir, 'not-json.jsonl')
    writeFileSync(notJson, JSON.stringify(messages[0]) + '\n{"id": \n')
    const broken = runCli(['trends', notJson])
    expect(broken.status).toBe(3)
    expect(broken.stderr).toContain('not-json.jsonl line 2: not valid JSON')
  })

  it('exit codes: missing file 4, bad time zone 2, --json with --public 2', () => {
    expect(runCli(['trends', join(dir, 'missing.jsonl')]).status).toBe(4)
    expect(runCli(['trends', file, '--time-zone', 'Mars/Olympus']).status).toBe(2)
    expect(runCli(['trends', file, '--json', '--public']).status).toBe(2)
  })

  it('--help documents every option and has examples', () => {
    const run = runCli(['trends', '--help'])
    expect(run.status).toBe(0)
    for (const option of ['--window', '--time-zone', '--brand', '--watch', '--corpus', '--index', '--json', '--public', '--limit', '--debug']) expect(run.stdout).toContain(option)
    expect(run.stdout).toMatch(/Examples:\n {2}\$ faqmatch trends/)
  })
})
