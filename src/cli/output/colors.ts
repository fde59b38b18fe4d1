import { createColors } from 'picocolors'

/** The picocolors functions this CLI uses; no-ops when colors are off. */
export type Palette = ReturnType<typeof createColors>

/**
 * Colors only for a terminal: never in pipes, files or CI logs, and never with NO_COLOR set
 * (https://no-color.org) or TERM=dumb. FORCE_COLOR (not "0") turns them on anyway.
 * picocolors' own detection is not used because it turns colors on whenever CI is set.
 */
export function colorsEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  return stream.isTTY === true && env.TERM !== 'dumb'
}

/** A palette for text written to `stream`. */
export function paletteFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Palette {
  return createColors(colorsEnabled(stream, env))
}
