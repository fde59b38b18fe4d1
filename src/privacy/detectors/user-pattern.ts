import type { Detection } from './detection.js'

/**
 * Every non-empty match of a caller's pattern, as `kind`. The pattern is copied with the `g` flag,
 * so the caller's RegExp (and its `lastIndex`) is never touched.
 * Limits: the pattern runs as given; a backtracking-prone pattern is the caller's cost.
 * @example
 * detectUserPattern('Ticket TK-123456 offen', 'ticket-id', /TK-\d{6}/) //=> [{ kind: 'ticket-id', start: 7, end: 16 }]
 */
export function detectUserPattern(text: string, kind: string, pattern: RegExp): Detection[] {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)
  const found: Detection[] = []
  for (const match of text.matchAll(global)) {
    if (match[0].length === 0) continue
    found.push({ kind, start: match.index, end: match.index + match[0].length })
  }
  return found
}
