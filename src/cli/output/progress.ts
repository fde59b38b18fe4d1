import cliProgress from 'cli-progress'

/** How progress is shown: a bar on a terminal, plain lines in logs and pipes, or nothing. */
export type ProgressMode = 'bar' | 'lines' | 'off'

/** Plain progress lines are written every this many percent, so a CI log gets about ten lines. */
const LINE_STEP_PERCENT = 10

export interface ProgressReporter {
  /** Called with `addAll`'s `onProgress(done, total)`. */
  update(done: number, total: number): void
  /** Ends the bar (its last state stays on screen). */
  stop(): void
}

/** The mode for a stream: `--quiet` wins, then the terminal check. */
export function progressModeFor(stream: { isTTY?: boolean }, quiet: boolean): ProgressMode {
  if (quiet) return 'off'
  return stream.isTTY ? 'bar' : 'lines'
}

/**
 * Reports the progress of a long task (`what`, e.g. "indexing") on `stream`, normally stderr so
 * stdout stays clean for results.
 */
export function createProgressReporter(mode: ProgressMode, stream: NodeJS.WritableStream, what: string, unit: string): ProgressReporter {
  if (mode === 'off') return { update() {}, stop() {} }
  if (mode === 'lines') {
    let lastStep = -1
    return {
      update(done, total) {
        const percent = total === 0 ? 100 : Math.floor((done / total) * 100)
        const step = Math.floor(percent / LINE_STEP_PERCENT)
        if (step === lastStep) return
        lastStep = step
        stream.write(`faqmatch: ${what} ${percent}% (${done}/${total} ${unit})\n`)
      },
      stop() {},
    }
  }
  const bar = new cliProgress.SingleBar(
    { stream, format: `${what} [{bar}] {percentage}% | {value}/{total} ${unit} | ETA {eta_formatted}`, hideCursor: true, etaBuffer: 20 },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done)
        started = true
      } else bar.update(done)
    },
    stop() {
      if (started) bar.stop()
    },
  }
}

/**
 * Runs synchronous `work` with a reporter for it, handing it the `onProgress` callback; the reporter
 * stops however the work ends, an error included.
 */
export function withProgress<T>(mode: ProgressMode, stream: NodeJS.WritableStream, what: string, unit: string, work: (onProgress: (done: number, total: number) => void) => T): T {
  const reporter = createProgressReporter(mode, stream, what, unit)
  try {
    return work((done, total) => reporter.update(done, total))
  } finally {
    reporter.stop()
  }
}

/** `withProgress` for asynchronous work: the reporter stops when the work settles. */
export async function withProgressAsync<T>(mode: ProgressMode, stream: NodeJS.WritableStream, what: string, unit: string, work: (onProgress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
  const reporter = createProgressReporter(mode, stream, what, unit)
  try {
    return await work((done, total) => reporter.update(done, total))
  } finally {
    reporter.stop()
  }
}
