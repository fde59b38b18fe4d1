import { withoutBom, type ParsedRows } from './read-rows.js'

/**
 * A JSON array of objects (or `{ "threads": [...] }` / `{ "queries": [...] }`). Rows are numbered by
 * the line their object starts on, found by scanning the text for each top-level element.
 */
export function readJson(text: string, key: 'threads' | 'queries'): ParsedRows | { error: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(withoutBom(text))
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` }
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as Record<string, unknown> | null)?.[key]
  if (!Array.isArray(list)) return { error: `expected a JSON array of ${key} (or an object with a "${key}" array)` }
  const lines = elementLines(withoutBom(text), list.length)
  return { rows: list.map((value, i) => ({ line: lines[i] ?? 1, value })), problems: [] }
}

/** Line numbers where the elements of the outermost array start (strings and nesting respected). */
function elementLines(text: string, count: number): number[] {
  const lines: number[] = []
  let depth = 0
  let line = 1
  let inString = false
  let arrayDepth = -1
  for (let i = 0; i < text.length && lines.length < count; i++) {
    const c = text[i]!
    if (c === '\n') line++
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === '"') {
      inString = true
      continue
    }
    if (c === '[' || c === '{') {
      if (arrayDepth < 0 && c === '[') arrayDepth = depth + 1
      else if (depth === arrayDepth) lines.push(line)
      depth++
    } else if (c === ']' || c === '}') depth--
  }
  return lines
}
