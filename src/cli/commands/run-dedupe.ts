import { loadCorpus } from '../../corpus/load-corpus.js'
import { findDuplicates, type DuplicateCluster } from '../../duplicates/find-duplicates.js'
import { createFaqIndex } from '../../faq-index/create-faq-index.js'
import type { FaqIndex } from '../../faq-index/faq-index.js'
import type { Language } from '../../types.js'
import { paletteFor, type Palette } from '../output/colors.js'
import { formatJson } from '../output/json.js'
import { progressModeFor, withProgress } from '../output/progress.js'
import { formatTable } from '../output/table.js'
import type { CommonOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import { corpusLanguage } from './eval.js'

export interface DedupeCommandOptions extends CommonOptions {
  readonly minSimilarity: number
  /** --answers: rank answers for unanswered threads too. */
  readonly answers?: boolean
  readonly lang?: Language | 'auto'
  readonly json?: boolean
  readonly skipInvalid?: boolean
  readonly quiet?: boolean
}

/** Questions longer than this are shortened in the listing. */
const QUESTION_CHARS = 100

/** Loads the corpus, indexes it (progress on stderr), finds duplicate clusters and prints them. */
export async function runDedupe(corpusPath: string, options: DedupeCommandOptions, terminal: Terminal): Promise<void> {
  const quiet = options.quiet ?? false
  const corpus = await loadCorpus(corpusPath, { skipInvalid: options.skipInvalid ?? false })
  const index = createFaqIndex({ language: corpusLanguage(corpus.threads, options.lang) })
  const mode = progressModeFor(terminal.stderr, quiet)
  withProgress(mode, terminal.stderr, 'indexing', 'threads', (onProgress) => index.addAll(corpus.threads, { onProgress }))
  const clusters = withProgress(mode, terminal.stderr, 'comparing', 'threads', (onProgress) => findDuplicates(index, { minSimilarity: options.minSimilarity, answers: options.answers ?? false, onProgress }))
  if (options.json) {
    terminal.stdout.write(formatJson(clusters))
  } else {
    terminal.stdout.write(formatClusters(clusters, index, index.size, paletteFor(terminal.stdout, terminal.env)))
  }
  if (!quiet && corpus.skipped.length > 0) {
    terminal.stderr.write(`faqmatch: ${corpus.skipped.length} invalid ${corpus.skipped.length === 1 ? 'row' : 'rows'} skipped.\n`)
  }
}

/** The clusters as a person reads them: one block per cluster, canonical thread first. */
export function formatClusters(clusters: readonly DuplicateCluster[], index: FaqIndex, threadCount: number, colors: Palette): string {
  if (clusters.length === 0) return `No duplicates among ${threadCount} threads.\n`
  const duplicates = clusters.reduce((sum, c) => sum + c.threadIds.length - 1, 0)
  const lines = [
    `${clusters.length} ${clusters.length === 1 ? 'cluster' : 'clusters'} of duplicates among ${threadCount} threads: ${duplicates} ${duplicates === 1 ? 'thread duplicates' : 'threads duplicate'} a canonical thread.`,
  ]
  for (const cluster of clusters) {
    const question = (id: string) => shorten(index.get(id)?.question ?? '')
    lines.push('', `${colors.bold(`Cluster ${cluster.id}`)} ${colors.dim(`(${cluster.threadIds.length} threads)`)}`)
    const rows = [[colors.dim('Score'), colors.dim('Thread'), colors.dim('Question')], ['keep', colors.bold(cluster.canonicalThreadId), question(cluster.canonicalThreadId)]]
    for (const id of cluster.threadIds) {
      if (id === cluster.canonicalThreadId) continue
      rows.push([formatScore(bestScore(cluster, id)), id, question(id)])
    }
    lines.push(formatTable(rows, { align: ['right', 'left', 'left'], indent: '  ' }))
  }
  return lines.join('\n') + '\n'
}

/** The highest score of a pair that contains `id`. */
function bestScore(cluster: DuplicateCluster, id: string): number | undefined {
  let best: number | undefined
  for (const pair of cluster.pairs) if ((pair.a === id || pair.b === id) && (best === undefined || pair.score > best)) best = pair.score
  return best
}

function formatScore(score: number | undefined): string {
  return score === undefined ? '–' : score.toFixed(2)
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length <= QUESTION_CHARS ? oneLine : oneLine.slice(0, QUESTION_CHARS - 1) + '…'
}
