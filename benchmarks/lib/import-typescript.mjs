// Bundles project TypeScript on the fly (esbuild) and imports it, for fit scripts that need
// internals the package does not export. The bundle lives inside node_modules so it resolves the
// project's dependencies; those stay external and load through a createRequire shim.
import { build } from 'esbuild'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const EXTERNAL = ['natural', 'compromise', 'minisearch', 'zod']

/**
 * @param {string} root the project root
 * @param {string} name file name of the bundle under node_modules/.cache/faqmatch-fit
 * @param {{ entryPoints?: string[], stdin?: object }} input esbuild's entry points or stdin
 */
export async function importTypeScript(root, name, input) {
  const outfile = join(root, 'node_modules', '.cache', 'faqmatch-fit', name)
  await build({
    ...input,
    bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    external: EXTERNAL,
  })
  return import(pathToFileURL(outfile).href)
}
