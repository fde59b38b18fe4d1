import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, runCli, STACK_LINE, tempDir } from './run-cli.js'

const dir = tempDir()
const truncated = join(dir, 'truncated.json')
const foreign = join(dir, 'foreign.json')

beforeAll(() => {
  ensureBuilt()
  writeFileSync(truncated, '{"format":"faqmatch-index","version":1,"threads":[{"id":"a"')
  writeFileSync(foreign, JSON.stringify({ hello: 'world' }))
})

describe('bad input: one line on stderr, a documented exit code, no stack trace', () => {
  it.each([
    ['unknown option, with a suggestion', ['Router blinkt', '--limt', '3'], 2, "faqmatch: unknown option '--limt' (did you mean --limit?). See faqmatch ask --help."],
    ['unknown option of a command', ['index', 'corpus', '-o', 'x.json', '--quite'], 2, "faqmatch: unknown option '--quite' (did you mean --quiet?). See faqmatch index --help."],
    ['mistyped command', ['idnex', 'corpus/de-service'], 2, "faqmatch: unknown command 'idnex' (did you mean index?). To ask a one-word question, write: faqmatch ask idnex"],
    ['bad --limit', ['Router', '--limit', 'viele'], 2, "faqmatch: option '-n, --limit <n>' argument 'viele' is invalid. It must be a whole number from 1 to 100. See faqmatch ask --help."],
    ['--corpus with --index', ['Router', '--corpus', 'a', '--index', 'b'], 2, "faqmatch: option '-c, --corpus <dir|file>' cannot be used with option '-i, --index <snapshot.json>'. See faqmatch ask --help."],
    ['missing snapshot file', ['Router', '--index', 'gibt-es-nicht.json'], 4, 'faqmatch: cannot read gibt-es-nicht.json (no such file or directory). Check the path.'],
    ['missing corpus', ['Router', '--corpus', 'gibt-es-nicht'], 4, /^faqmatch: .*gibt-es-nicht/],
    ['truncated snapshot', ['Router', '--index', truncated], 3, /^faqmatch: snapshot is not valid JSON/],
    ['snapshot of something else', ['Router', '--index', foreign], 3, /^faqmatch: snapshot is damaged/],
    ['question too long', ['Router '.repeat(400)], 3, /^faqmatch: question too long \(question: must be at most 2000 characters, got 2800\)/],
  ])('%s', (_name, args, status, message) => {
    const run = runCli(args)
    expect(run.status).toBe(status)
    expect(run.stdout).toBe('')
    expect(run.stderr.trimEnd().split('\n')).toEqual([typeof message === 'string' ? message : expect.stringMatching(message)])
  })

  it('no arguments: the usage on stderr, exit code 2', () => {
    const run = runCli([])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^Usage: faqmatch "<question>" \[options\]/)
  })

  it('--debug adds the stack trace', () => {
    const run = runCli(['Router', '--index', truncated, '--debug'])
    expect(run.status).toBe(3)
    expect(run.stderr.split('\n')[0]).toMatch(/^faqmatch: snapshot is not valid JSON/)
    expect(run.stderr).toMatch(STACK_LINE)
    expect(runCli(['Router', '--index', truncated]).stderr).not.toMatch(STACK_LINE)
  })
})
