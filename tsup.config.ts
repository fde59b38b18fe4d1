import { defineConfig, type Options } from 'tsup'

// esbuild's node20 target rewrites every /\p{…}/u literal as `new RegExp(…)`, which inside a
// function builds a RegExp on each call (the tokenizer tests several per word: ~10% of indexing
// time). Node 20 supports property escapes, so they stay literals.
const keepRegExpLiterals: Options['esbuildOptions'] = (options) => {
  options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true }
}

export default defineConfig([
  {
    entry: { index: 'src/index.ts', analysis: 'src/analysis/index.ts', 'match-worker': 'src/faq-index/match-worker.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    // No clean here: both configs run at once and one would delete the other's output; `npm run build` empties dist first.
    // createRequire(import.meta.url) loads natural/compromise lazily; the shim makes it work in CJS too.
    shims: true,
    // zod ships as ~50 ES modules; resolving them dominated `import 'faqmatch'` (~90 ms of loader work).
    // Bundled into our chunks it is one file to load.
    noExternal: ['zod'],
    target: 'node20',
    esbuildOptions: keepRegExpLiterals,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    shims: true,
    target: 'node20',
    esbuildOptions: keepRegExpLiterals,
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['zod'],
  },
])
