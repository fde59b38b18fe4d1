// Finds labelled evaluation sets: the shared ones (../shared/datasets, read at run time, never
// committed) and the bundled corpora (corpus/*/). A set counts when it has threads.jsonl and
// queries.jsonl; germeval2017-de (messages only) is therefore skipped.
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readJsonl } from './read-jsonl.mjs'

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Where the shared datasets live: env FAQMATCH_DATASETS or ../shared/datasets next to the repo. */
export function sharedDatasetsDir() {
  return process.env.FAQMATCH_DATASETS ?? fileURLToPath(new URL('../../../shared/datasets/', import.meta.url))
}

export function bundledCorpusDir() {
  return join(REPO_ROOT, 'corpus')
}

/**
 * Lists the evaluation sets without reading them.
 * @returns {{ name: string, source: 'shared' | 'corpus', dir: string }[]}
 */
export function listDatasets({ shared = true, corpus = true } = {}) {
  const found = []
  const scan = (root, source, prefix) => {
    if (!existsSync(root)) return
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name)
      if (existsSync(join(dir, 'threads.jsonl')) && existsSync(join(dir, 'queries.jsonl'))) {
        found.push({ name: prefix + name, source, dir })
      }
    }
  }
  if (shared) scan(sharedDatasetsDir(), 'shared', '')
  if (corpus) scan(bundledCorpusDir(), 'corpus', 'corpus/')
  return found
}

/**
 * Reads one set. The language is the one most threads carry (each set is single-language today);
 * threads keep only the fields the systems under test accept.
 */
export function loadDataset({ name, source, dir }) {
  const threads = readJsonl(join(dir, 'threads.jsonl')).map(({ id, question, answer, lang, tags }) =>
    tags ? { id, question, answer: answer ?? '', lang, tags } : { id, question, answer: answer ?? '', lang })
  const queries = readJsonl(join(dir, 'queries.jsonl'))
  const counts = { de: 0, en: 0 }
  for (const t of threads) if (t.lang in counts) counts[t.lang]++
  const lang = counts.en > counts.de ? 'en' : 'de'
  return { name, source, dir, lang, threads, queries }
}
