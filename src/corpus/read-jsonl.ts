import { withoutBom, type ParsedRows } from './read-rows.js'

/** JSON Lines: one object per line; blank lines are skipped, a broken line is reported with its number. */
export function readJsonl(text: string): ParsedRows {
  const rows: ParsedRows['rows'] = []
  const problems: ParsedRows['problems'] = []
  withoutBom(text)
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return
      try {
        rows.push({ line: i + 1, value: JSON.parse(line) })
      } catch (error) {
        problems.push({ line: i + 1, message: `not valid JSON (${(error as Error).message})` })
      }
    })
  return { rows, problems }
}
