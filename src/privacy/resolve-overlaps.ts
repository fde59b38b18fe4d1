import type { Detection } from './detectors/detection.js'

/**
 * Picks non-overlapping detections: the longest first; on equal length, the lower `rank`
 * (the more specific kind), then the earlier start. A detection touching a `blocked` span
 * (an existing placeholder) is dropped. Returns the kept ones sorted by start.
 * Linear in the total length of the candidates: a mask marks taken characters.
 * @example
 * resolveOverlaps([{ kind: 'phone', start: 5, end: 17 }, { kind: 'iban', start: 0, end: 27 }], 27, () => 0)
 * //=> [{ kind: 'iban', start: 0, end: 27 }]
 */
export function resolveOverlaps(
  candidates: readonly Detection[],
  textLength: number,
  rank: (detection: Detection) => number,
  blocked: readonly Detection[] = [],
): Detection[] {
  const taken = new Uint8Array(textLength)
  for (const span of blocked) taken.fill(1, span.start, span.end)
  const ordered = candidates
    .filter((candidate) => candidate.end > candidate.start)
    .map((candidate) => ({ candidate, rank: rank(candidate) }))
    .sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.rank - b.rank || a.candidate.start - b.candidate.start)
  const kept: Detection[] = []
  for (const { candidate } of ordered) {
    let free = true
    for (let i = candidate.start; i < candidate.end; i++) {
      if (taken[i] === 1) {
        free = false
        break
      }
    }
    if (!free) continue
    taken.fill(1, candidate.start, candidate.end)
    kept.push(candidate)
  }
  return kept.sort((a, b) => a.start - b.start)
}
