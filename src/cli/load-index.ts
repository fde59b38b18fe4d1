import { createFaqIndex } from '../faq-index/create-faq-index.js'
import type { FaqIndex } from '../faq-index/faq-index.js'
import { loadFaqIndex } from '../faq-index/load-faq-index.js'
import { loadCorpus } from '../corpus/load-corpus.js'
import type { Language } from '../types.js'
import { bundledCorpusPath } from './package-root.js'
import { readTextFile } from './read-text-file.js'
import type { AnswerOptions } from './shared-options.js'

export interface BuildIndexOptions {
  /** Language of threads without their own `lang` and of questions without `--lang`. @default 'de' */
  readonly language?: Language | 'auto'
  /** Leave out corpus rows that do not validate instead of failing. @default false */
  readonly skipInvalid?: boolean
  /** Indexing progress, passed to `addAll`. */
  readonly onProgress?: (done: number, total: number) => void
}

export interface LoadedIndex {
  readonly index: FaqIndex
  /** The corpus folder/file or snapshot the index came from (for messages). */
  readonly origin: string
  /** Corpus rows left out with `skipInvalid`. */
  readonly skipped: number
}

/** Builds an index from a corpus folder or file, read by the library's `loadCorpus`. */
export async function buildIndexFromCorpus(path: string, options: BuildIndexOptions = {}): Promise<LoadedIndex> {
  const corpus = await loadCorpus(path, { skipInvalid: options.skipInvalid ?? false })
  const index = createFaqIndex({ language: options.language ?? 'de' })
  index.addAll(corpus.threads, options.onProgress ? { onProgress: options.onProgress } : {})
  return { index, origin: path, skipped: countOf(corpus.skipped) }
}

/** Restores an index from a snapshot file written by `faqmatch index`; a damaged one throws SnapshotError. */
export async function readIndexSnapshot(path: string): Promise<LoadedIndex> {
  const text = await readTextFile(path)
  return { index: loadFaqIndex(text), origin: path, skipped: 0 }
}

/**
 * The index for `ask` and `repl`: from the snapshot, the corpus, or the bundled German corpus.
 * `--lang` is also the language of corpus threads without their own.
 */
export async function loadIndex(options: AnswerOptions): Promise<LoadedIndex> {
  if (options.index !== undefined) return readIndexSnapshot(options.index)
  return buildIndexFromCorpus(options.corpus ?? bundledCorpusPath(), { language: options.lang ?? 'de', skipInvalid: options.skipInvalid ?? false })
}

function countOf(skipped: number | readonly unknown[] | undefined): number {
  if (skipped === undefined) return 0
  return typeof skipped === 'number' ? skipped : skipped.length
}
