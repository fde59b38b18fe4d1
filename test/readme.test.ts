import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'

const root = resolve(__dirname, '..')
const readme = readFileSync(resolve(root, 'README.md'), 'utf8')

// Every ```ts block of the README runs against the sources; each `console.log(x) //=> y` is checked.
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!)

describe('README examples', () => {
  it('has examples', () => expect(blocks.length).toBeGreaterThanOrEqual(2))

  it.each(blocks.map((code, i) => [i, code] as const))('block %i runs and prints what its //=> comments say', async (i, code) => {
    const expected = [...code.matchAll(/\/\/=> (.*)$/gm)].map((m) => JSON.parse(m[1]!.replace(/'/g, '"')))
    const source = code
      .replace(/from 'faqmatch\/analysis'/g, `from '${resolve(root, 'src/analysis/index.ts')}'`)
      .replace(/from 'faqmatch'/g, `from '${resolve(root, 'src/index.ts')}'`)
    const dir = resolve(root, 'node_modules/.cache/readme')
    mkdirSync(dir, { recursive: true })
    const file = resolve(dir, `block-${i}.ts`)
    writeFileSync(file, source)
    const printed: unknown[] = []
    const spy = vi.spyOn(console, 'log').mockImplementation((value: unknown) => void printed.push(value))
    try {
      await import(file)
    } finally {
      spy.mockRestore()
    }
    expect(printed).toEqual(expected)
  })
})
