import { readFile, stat } from 'node:fs/promises'
import { decodeText } from './decode-text.js'
import { extname, join } from 'node:path'
import { existsSync } from 'node:fs'
import { CorpusError, type InputIssue } from '../errors.js'
import { ThreadSchema, LabelledQuerySchema, type LabelledQuery, type ThreadInput } from '../schemas/thread.js'
import { CorpusOptionsSchema, type CorpusOptions } from '../schemas/corpus-options.js'
import { parseInput, toInputIssues } from '../schemas/to-input-error.js'
import { readJsonl } from './read-jsonl.js'
import { readJson } from './read-json.js'
import { readCsv } from './read-csv.js'
import type { ParsedRows } from './read-rows.js'

/** A loaded corpus: validated threads and (if present) labelled queries. */
export interface Corpus {
  readonly threads: ThreadInput[]
  readonly queries: LabelledQuery[]
  /** Rows left out with `skipInvalid` (path: `file line N: field`). */
  readonly skipped: InputIssue[]
}

const FORMATS = ['.jsonl', '.json', '.csv'] as const

/**
 * Loads a corpus for indexing and evaluation: a directory with `threads.jsonl|json|csv` (and
 * optionally `queries.*`), or one file. Every row is validated; if any is bad, nothing is loaded
 * and the CorpusError lists every bad row with its line number, unless `skipInvalid` is set.
 * Files are read as UTF-8, or as Windows-1252 (German Excel's CSV) when they are not valid UTF-8.
 * @example
 * const { threads, queries } = await loadCorpus('corpus/de-service')
 * threads.length //=> 206
 */
export async function loadCorpus(path: string, options: CorpusOptions = {}): Promise<Corpus> {
  const { skipInvalid, kind } = parseInput(CorpusOptionsSchema, options, 'options', 'invalid loadCorpus options')
  if (typeof path !== 'string' || path === '') throw new CorpusError(String(path), [{ path: 'path', message: 'must be a file or directory path' }], 'CORPUS_UNREADABLE')
  const info = await stat(path).catch(() => undefined)
  if (!info) throw new CorpusError(path, [{ path: '', message: 'no such file or directory' }], 'CORPUS_UNREADABLE')
  const skipped: InputIssue[] = []
  if (info.isDirectory()) {
    const threadsFile = findFile(path, 'threads')
    if (!threadsFile) throw new CorpusError(path, [{ path: '', message: 'no threads.jsonl, threads.json or threads.csv in this directory' }], 'CORPUS_UNREADABLE')
    const queriesFile = findFile(path, 'queries')
    const threads = await loadRows(threadsFile, 'threads', skipInvalid, skipped)
    const queries = queriesFile ? await loadRows(queriesFile, 'queries', skipInvalid, skipped) : []
    return { threads: threads as ThreadInput[], queries: queries as LabelledQuery[], skipped }
  }
  const rows = await loadRows(path, kind, skipInvalid, skipped)
  return kind === 'threads' ? { threads: rows as ThreadInput[], queries: [], skipped } : { threads: [], queries: rows as LabelledQuery[], skipped }
}

function findFile(dir: string, name: string): string | undefined {
  return FORMATS.map((ext) => join(dir, name + ext)).find((file) => existsSync(file))
}

async function loadRows(file: string, kind: 'threads' | 'queries', skipInvalid: boolean, skipped: InputIssue[]): Promise<unknown[]> {
  const ext = extname(file).toLowerCase()
  if (!(FORMATS as readonly string[]).includes(ext)) throw new CorpusError(file, [{ path: '', message: `unknown format "${ext}" (use .jsonl, .json or .csv)` }], 'CORPUS_UNREADABLE')
  let text: string
  try {
    text = decodeText(await readFile(file)).text
  } catch (error) {
    throw new CorpusError(file, [{ path: '', message: (error as Error).message }], 'CORPUS_UNREADABLE')
  }
  const parsed = ext === '.jsonl' ? readJsonl(text) : ext === '.json' ? readJson(text, kind) : readCsv(text)
  if ('error' in parsed) throw new CorpusError(file, [{ path: '', message: parsed.error }], 'CORPUS_UNREADABLE')
  const { valid, issues } = validateRows(parsed, kind)
  if (issues.length && !skipInvalid) throw new CorpusError(file, issues)
  skipped.push(...issues.map((issue) => ({ ...issue, path: `${file} ${issue.path}` })))
  return valid
}

function validateRows(parsed: ParsedRows, kind: 'threads' | 'queries'): { valid: unknown[]; issues: InputIssue[] } {
  const schema = kind === 'threads' ? ThreadSchema : LabelledQuerySchema
  const issues: InputIssue[] = parsed.problems.map((p) => ({ path: `line ${p.line}`, message: p.message }))
  const valid: unknown[] = []
  const seen = new Map<string, number>()
  for (const { line, value } of parsed.rows) {
    const result = schema.safeParse(value)
    if (!result.success) {
      issues.push(...toInputIssues(result.error).map((i) => ({ path: `line ${line}${i.path ? `: ${i.path}` : ''}`, message: i.message })))
      continue
    }
    const id = result.data.id
    const first = seen.get(id)
    if (first !== undefined) {
      issues.push({ path: `line ${line}: id`, message: `repeats the id of line ${first} (${JSON.stringify(id)})` })
      continue
    }
    seen.set(id, line)
    valid.push(Object.fromEntries(Object.entries(result.data).filter(([, v]) => v !== undefined)))
  }
  issues.sort((a, b) => lineOf(a.path) - lineOf(b.path))
  return { valid, issues }
}

function lineOf(path: string): number {
  return Number(/line (\d+)/.exec(path)?.[1] ?? 0)
}
