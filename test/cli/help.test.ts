import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, root, runCli } from './run-cli.js'

beforeAll(() => ensureBuilt())

describe('faqmatch --help and --version', () => {
  it('--version prints the version from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
    const run = runCli(['--version'])
    expect(run).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('--help lists the commands, examples and the exit code table', () => {
    const run = runCli(['--help'])
    expect(run.status).toBe(0)
    for (const command of ['ask', 'index', 'repl', 'redact']) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'))
    expect(run.stdout).toContain('$ faqmatch "Wie ändere ich meine Rechnungsadresse?"')
    expect(run.stdout).toMatch(/Exit codes:\n {2}0 {2}ok\n {2}1 {2}runtime error.*\n {2}2 {2}usage error.*\n {2}3 {2}invalid input data.*\n {2}4 {2}input file not found/)
  })

  it.each([
    ['ask', ['--corpus', '--index', '--limit', '--lang', '--json', '--debug']],
    ['index', ['--output', '--lang', '--skip-invalid', '--quiet', '--debug']],
    ['repl', ['--corpus', '--index', '--limit', '--lang', '--json', '--debug']],
    ['redact', ['--output', '--format', '--fields', '--names', '--quiet', '--debug']],
  ])('faqmatch %s --help documents every option and has examples', (command, options) => {
    const run = runCli([command, '--help'])
    expect(run.status).toBe(0)
    for (const option of options) expect(run.stdout).toContain(option)
    expect(run.stdout).toMatch(new RegExp(`Examples:\\n {2}\\$ faqmatch ${command === 'ask' ? '' : command}`))
  })
})
