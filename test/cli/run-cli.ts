import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export const root = resolve(__dirname, '../..')
export const cliPath = join(root, 'dist/cli.js')

/** Longest a test waits for another test file's build of the CLI. */
const BUILD_WAIT_MS = 180_000

function newestMtimeMs(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtimeMs(join(path, name))))
}

function isStale(): boolean {
  if (!existsSync(cliPath)) return true
  const sources = Math.max(newestMtimeMs(join(root, 'src')), newestMtimeMs(join(root, 'tsup.config.ts')), newestMtimeMs(join(root, 'package.json')))
  return statSync(cliPath).mtimeMs < sources
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/**
 * Builds dist/ once when dist/cli.js is missing or older than the sources (CI builds before testing,
 * so normally nothing happens). A lock folder keeps parallel test files from building at once.
 */
export function ensureBuilt(): void {
  if (!isStale()) return
  const lock = join(tmpdir(), `faqmatch-cli-build-${Buffer.from(root).toString('hex').slice(-16)}.lock`)
  const deadline = Date.now() + BUILD_WAIT_MS
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}; remove it if no build runs`)
      sleep(200)
    }
  }
  try {
    if (!isStale()) return
    const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, encoding: 'utf8' })
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`)
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

export interface CliRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  /** Piped to stdin; without it stdin is closed (empty). */
  readonly input?: string
  readonly cwd?: string
  readonly env?: Readonly<Record<string, string>>
}

/** Runs the built CLI the way a user's shell would: a child process, not a TTY, CI=true, no color variables. */
export function runCli(args: readonly string[], options: RunOptions = {}): CliRun {
  const env: Record<string, string | undefined> = { ...process.env, CI: 'true', ...options.env }
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env.FORCE_COLOR
  if (!options.env || !('NO_COLOR' in options.env)) delete env.NO_COLOR
  const run: SpawnSyncReturns<string> = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? root,
    env,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 120_000,
  })
  if (run.error) throw run.error
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** A fresh temporary folder for one test file. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'faqmatch-cli-'))
}

/** Matches a stack trace line ("    at foo (file.js:1:2)"). */
export const STACK_LINE = /^\s+at .+/m
