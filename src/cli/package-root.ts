import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The package's name in package.json; the search for the package root stops at it. */
const PACKAGE_NAME = 'faqmatch'
/** The German corpus shipped in the package (`files` in package.json includes `corpus`). */
const BUNDLED_CORPUS = 'corpus/de-service'

interface PackageJson {
  readonly name?: string
  readonly version?: string
}

let cached: { root: string; packageJson: PackageJson } | undefined

/**
 * The folder of faqmatch's package.json, found from this file upwards: `dist/cli.js` in a clone or
 * in node_modules, so the bundled corpus is found from any working directory.
 */
function packageInfo(): { root: string; packageJson: PackageJson } {
  if (cached) return cached
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'package.json')
    if (existsSync(candidate)) {
      const packageJson = JSON.parse(readFileSync(candidate, 'utf8')) as PackageJson
      if (packageJson.name === PACKAGE_NAME) return (cached = { root: dir, packageJson })
    }
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`package.json of ${PACKAGE_NAME} not found above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
}

/** The version in faqmatch's package.json. */
export function packageVersion(): string {
  return packageInfo().packageJson.version ?? '0.0.0'
}

/** Absolute path of the bundled German corpus. */
export function bundledCorpusPath(): string {
  return resolve(packageInfo().root, BUNDLED_CORPUS)
}
