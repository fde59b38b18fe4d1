// Reads a JSON Lines file into an array; blank lines are skipped, a bad line names its number.
import { readFileSync } from 'node:fs'

/** @param {string | URL} file @returns {any[]} */
export function readJsonl(file) {
  const rows = []
  const lines = readFileSync(file, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    if (!line) continue
    try {
      rows.push(JSON.parse(line))
    } catch (error) {
      throw new Error(`${file}:${i + 1}: not JSON (${error.message})`)
    }
  }
  return rows
}
