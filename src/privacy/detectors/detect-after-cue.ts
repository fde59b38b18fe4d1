import type { Detection } from './detection.js'

/**
 * Shared shape of the label-driven detectors (labelled numbers, birth dates, names): a cue regex
 * finds the label ("Kundennummer:", "geboren am", "Viele Grüße,"), a sticky value regex reads
 * what follows it, and only the value is redacted, so the label keeps its meaning for matching.
 * @param cue global regex; its match ends where the value must start
 * @param value sticky (`y`) regex tried at the end of each cue match
 * @param accept decides on the value match; returns the value's length to keep, or 0 to skip
 */
export function detectAfterCue(
  text: string,
  kind: string,
  cue: RegExp,
  value: RegExp,
  accept: (valueMatch: RegExpExecArray, cueMatch: RegExpExecArray) => number,
): Detection[] {
  const found: Detection[] = []
  const cuePattern = new RegExp(cue)
  const valuePattern = new RegExp(value)
  let cueMatch: RegExpExecArray | null
  while ((cueMatch = cuePattern.exec(text)) !== null) {
    const start = cueMatch.index + cueMatch[0].length
    if (cueMatch[0].length === 0) cuePattern.lastIndex++
    valuePattern.lastIndex = start
    const valueMatch = valuePattern.exec(text)
    if (valueMatch === null) continue
    const length = accept(valueMatch, cueMatch)
    if (length > 0) {
      found.push({ kind, start, end: start + length })
      cuePattern.lastIndex = Math.max(cuePattern.lastIndex, start + length)
    }
  }
  return found
}
