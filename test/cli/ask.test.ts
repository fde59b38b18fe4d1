import { tmpdir } from 'node:os'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, runCli } from './run-cli.js'

// The bundled corpus holds the thread "rechnungsadresse-aendern", whose question starts with these
// exact words; no other thread is about changing the billing address.
const QUESTION = 'Wie ändere ich meine Rechnungsadresse?'
const THREAD = 'rechnungsadresse-aendern'
const ANSI = /\u001b\[/

beforeAll(() => ensureBuilt())

describe('faqmatch "<question>" (default command, bundled German corpus)', () => {
  it('prints the decision, the top thread with its confidence, the highlighted words and the answer', () => {
    const run = runCli([QUESTION])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    // The decision follows the calibrated confidence (reuse from 0.9, suggest from 0.54).
    expect(run.stdout).toMatch(/^Decision: (reuse|suggest) — /)
    const rows = run.stdout.split('\n').filter((line) => /^\s*\d+\s+(<1|\d+)%\s/.test(line))
    expect(rows[0]).toMatch(new RegExp(`^1\\s+\\d+%\\s+${THREAD}\\s`))
    // Without a terminal, matched words are marked *like this*: the compound, not only its parts.
    expect(run.stdout).toContain('meine *Rechnungsadresse*?')
    expect(run.stdout).toMatch(/(Answer to reuse|Suggested answer \(check before sending\)):\nDie Rechnungsadresse können Sie selbst im Kundencenter ändern/)
    expect(run.stdout).not.toMatch(ANSI)
  })

  it('works from any working directory (the corpus is found next to dist/cli.js)', () => {
    const run = runCli([QUESTION, '--json'], { cwd: tmpdir() })
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).matches[0].threadId).toBe(THREAD)
  })

  it('--json: stdout is exactly one JSON result with decision and matches', () => {
    const run = runCli([QUESTION, '--json', '--limit', '3'])
    expect(run.status).toBe(0)
    expect(run.stderr).toBe('')
    const result = JSON.parse(run.stdout)
    expect(result).toMatchObject({ question: QUESTION, lang: 'de' })
    expect(['reuse', 'suggest']).toContain(result.decision)
    expect(result.matches).toHaveLength(3)
    expect(result.matches[0]).toMatchObject({ threadId: THREAD, thread: { id: THREAD } })
    expect(result.matches[0].confidence).toBeGreaterThan(result.matches[1].confidence)
    expect(result.matches[0].matchedTerms).toContain('rechnungsadress')
  })

  it('the explicit "ask" command and several unquoted words give the same answer', () => {
    const run = runCli(['ask', 'Wie', 'ändere', 'ich', 'meine', 'Rechnungsadresse?', '--json'])
    expect(run.status).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.question).toBe(QUESTION)
    expect(result.matches[0].threadId).toBe(THREAD)
  })

  it.each([
    ['FORCE_COLOR=1 colors the output', { FORCE_COLOR: '1' }, true],
    ['NO_COLOR wins over FORCE_COLOR', { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
  ])('%s', (_name, env, colored) => {
    const run = runCli([QUESTION], { env })
    expect(run.status).toBe(0)
    expect(ANSI.test(run.stdout)).toBe(colored)
  })
})
