import { progressModeFor, withProgressAsync } from '../output/progress.js'
import { buildIndexFromCorpus } from '../load-index.js'
import type { CommonOptions } from '../shared-options.js'
import type { Terminal } from '../terminal.js'
import { writeFileAtomic } from '../write-file-atomic.js'

export interface IndexCommandOptions extends CommonOptions {
  readonly output: string
  readonly lang: 'de' | 'en' | 'auto'
  readonly skipInvalid?: boolean
  readonly quiet?: boolean
}

/** Builds the index of `corpus` with progress on stderr, writes its snapshot, and prints a summary. */
export async function runIndex(corpus: string, options: IndexCommandOptions, terminal: Terminal): Promise<void> {
  const startedMs = performance.now()
  const built = await withProgressAsync(progressModeFor(terminal.stderr, options.quiet ?? false), terminal.stderr, 'indexing', 'threads', (onProgress) =>
    buildIndexFromCorpus(corpus, { language: options.lang, skipInvalid: options.skipInvalid ?? false, onProgress }),
  )
  const text = JSON.stringify(built.index.toJSON())
  await writeFileAtomic(options.output, text)
  if (options.quiet) return
  const seconds = ((performance.now() - startedMs) / 1000).toFixed(1)
  const skipped = built.skipped > 0 ? `, ${built.skipped} invalid ${built.skipped === 1 ? 'row' : 'rows'} skipped` : ''
  terminal.stdout.write(`Indexed ${built.index.size} threads from ${corpus} into ${options.output} (${formatBytes(Buffer.byteLength(text))}${skipped}) in ${seconds} s.\n`)
}

function formatBytes(sizeBytes: number): string {
  if (sizeBytes < 1024) return `${sizeBytes} B`
  if (sizeBytes < 1024 * 1024) return `${(sizeBytes / 1024).toFixed(1)} kB`
  return `${(sizeBytes / 1024 / 1024).toFixed(1)} MB`
}
