/**
 * Runs a global `pattern` only near cheap anchors (an `@`, a street word before a digit) instead of
 * at every word start: each search starts at most `reach` characters before an anchor, and only
 * matches that contain the anchor count. Runs on the full text (via `lastIndex`), so lookbehinds
 * see the real context. A search that found its match further on is reused for the next anchors,
 * so each part of the text is searched about once: linear overall.
 * @param anchors increasing offsets that every wanted match must contain
 * @param reach the longest distance from a match's start to its anchor
 */
export function matchAround(text: string, anchors: Iterable<number>, pattern: RegExp, reach: number): RegExpExecArray[] {
  const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  const found: RegExpExecArray[] = []
  let searchedUpTo = 0
  // The first match at or after `from`; valid for any later `from` up to its index.
  let next: { from: number; match: RegExpExecArray | null } | undefined
  for (const anchor of anchors) {
    let from = Math.max(searchedUpTo, anchor - reach)
    while (from <= anchor) {
      if (next === undefined || from < next.from || (next.match !== null && next.match.index < from)) {
        regex.lastIndex = from
        next = { from, match: regex.exec(text) }
      }
      const match = next.match
      // No match anywhere after `from`: none for this or any later anchor.
      if (match === null) return found
      if (match.index > anchor) break
      const end = match.index + match[0].length
      if (end > anchor) {
        found.push(match)
        searchedUpTo = end
        break
      }
      from = Math.max(match.index + 1, end)
    }
  }
  return found
}
