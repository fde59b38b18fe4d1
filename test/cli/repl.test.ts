import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, runCli } from './run-cli.js'

// Each question clearly belongs to one thread of the bundled corpus (checked against its questions).
const QUESTIONS = [
  ['Wie ändere ich meine Rechnungsadresse?', 'rechnungsadresse-aendern'],
  ['Wo finde ich die Sendungsnummer für meine Bestellung?', 'sendungsverfolgung'],
] as const

beforeAll(() => ensureBuilt())

describe('faqmatch repl with piped stdin', () => {
  it('answers every line, skips blank lines, and ends at the end of the input', () => {
    const run = runCli(['repl', '--limit', '2'], { input: `${QUESTIONS[0][0]}\n\n${QUESTIONS[1][0]}\n` })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const blocks = run.stdout.split(/^> /m).filter(Boolean)
    expect(blocks).toHaveLength(2)
    QUESTIONS.forEach(([question, threadId], i) => {
      expect(blocks[i]).toMatch(new RegExp(`^${question.replace('?', '\\?')}\\nDecision: \\w+ — `))
      expect(blocks[i]).toMatch(new RegExp(`^1\\s+\\d+%\\s+${threadId}\\s`, 'm'))
    })
  })

  it('--json writes one JSON object per question (JSON Lines)', () => {
    const run = runCli(['repl', '--json'], { input: QUESTIONS.map(([q]) => q).join('\n') })
    expect(run.status).toBe(0)
    const results = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line))
    expect(results.map((r) => [r.question, r.matches[0].threadId])).toEqual(QUESTIONS.map(([q, id]) => [q, id]))
    for (const result of results) expect(['reuse', 'suggest', 'new']).toContain(result.decision)
  })

  it('.exit ends the session before the rest of the input', () => {
    const run = runCli(['repl', '--json'], { input: `${QUESTIONS[0][0]}\n.exit\n${QUESTIONS[1][0]}\n` })
    expect(run.status).toBe(0)
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1)
  })

  it('an invalid question is reported on stderr; the session goes on and the exit code is 3', () => {
    const run = runCli(['repl', '--json'], { input: `${'Router '.repeat(400)}\n${QUESTIONS[1][0]}\n` })
    expect(run.status).toBe(3)
    expect(run.stderr).toMatch(/^faqmatch: question too long .*\n$/)
    expect(JSON.parse(run.stdout).matches[0].threadId).toBe(QUESTIONS[1][1])
  })

  it('closed stdin: nothing to answer, exit code 0', () => {
    expect(runCli(['repl'])).toEqual({ status: 0, stdout: '', stderr: '' })
  })
})
