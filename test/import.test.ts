import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '..')
const built = existsSync(resolve(root, 'dist/index.js'))

describe.runIf(built)('importing the built package', () => {
  it.each([
    ['ESM', `import('${resolve(root, 'dist/index.js')}').then((m) => { if (typeof m.createFaqIndex !== 'function') process.exit(3) })`],
    ['CommonJS', `const m = require('${resolve(root, 'dist/index.cjs')}'); if (typeof m.createFaqIndex !== 'function') process.exit(3)`],
    ['analysis subpath', `import('${resolve(root, 'dist/analysis.js')}').then((m) => { if (typeof m.createAnalyzer !== 'function') process.exit(3) })`],
  ])('%s import prints nothing and loads no heavy module', (_kind, code) => {
    const run = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe('')
  })

  it('the first German match loads natural by its module path and still prints nothing', () => {
    const code = `import('${resolve(root, 'dist/index.js')}').then((m) => { const i = m.createFaqIndex(); i.add({ id: 'a', question: 'Passwort vergessen', answer: 'Link nutzen' }); if (i.match('Passwörter vergessen').matches[0].threadId !== 'a') process.exit(3) })`
    const run = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' })
    expect(run.status).toBe(0)
    expect(run.stdout + run.stderr).toBe('')
  })
})
