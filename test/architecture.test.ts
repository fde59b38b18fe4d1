import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, dirname, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Each folder imports only from folders to its left (STYLE.md §2).
const ORDER = ['errors', 'types', 'schemas', 'privacy', 'analysis', 'store', 'matching', 'faq-index', 'corpus', 'duplicates', 'trends', 'evaluation', 'cli']
const src = resolve(__dirname, '../src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

function layerOf(file: string): string {
  const first = relative(src, file).split('/')[0]!
  return first.replace(/\.ts$/, '')
}

const rank = (layer: string) => {
  const i = ORDER.indexOf(layer)
  return i === -1 ? (layer === 'index' ? ORDER.length : layer === 'types' ? 1 : -1) : i
}

describe('architecture', () => {
  const sources = files(src).filter((f) => !f.endsWith('.d.ts'))

  it.each(sources.map((f) => [relative(src, f)]))('%s imports only from folders to its left', (file) => {
    const path = join(src, file)
    const layer = layerOf(path)
    if (layer === 'index') return
    const text = readFileSync(path, 'utf8')
    for (const match of text.matchAll(/from '(\.[^']+)'/g)) {
      const target = layerOf(resolve(dirname(path), match[1]!))
      expect(rank(target), `${file} imports ${match[1]}`).toBeLessThanOrEqual(rank(layer))
    }
  })

  it('nothing imports natural top-level (slow, prints dotenv lines)', () => {
    for (const file of sources) expect(readFileSync(file, 'utf8')).not.toMatch(/['"]natural['"]/)
  })

  it('only cli/ prints', () => {
    for (const file of sources.filter((f) => layerOf(f) !== 'cli')) {
      expect(readFileSync(file, 'utf8'), relative(src, file)).not.toMatch(/console\.(log|error|warn|info)|process\.stdout\.write/)
    }
  })
})
