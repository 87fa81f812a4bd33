import { fileURLToPath } from 'node:url'
import { defineConfig, type Options } from 'tsup'

/** Public entry points (package.json `exports`), each built as ESM + CJS with .d.ts / .d.cts. */
const entry = {
  index: 'src/index.ts',
  extract: 'src/extract.ts',
  schema: 'src/schema.ts',
}

const common: Options = {
  entry,
  dts: true,
  sourcemap: true,
  target: 'node20',
  platform: 'neutral',
  clean: false, // dist is wiped by scripts/build.mjs; the configs run in parallel
  treeshake: true,
  // Node 20 supports \p{…} in regex literals: without this, esbuild rewrites each one as
  // `new RegExp(…)`, rebuilt on every evaluation.
  esbuildOptions(options) {
    options.supported = { ...options.supported, 'regexp-unicode-property-escapes': true }
  },
}

// ESM-only dependencies: left external, `require()` of them breaks the CJS build (toolchain.md P8),
// so they are bundled into the CJS output only.
const ESM_ONLY = [/^unified$/, /^retext-/, /^nlcst-/, /^unist-/, /^vfile/, /^parse-english$/, /^parse-latin$/]

/**
 * For the bundler build of `papermeta/extract`: compromise imported up front instead of required on
 * first use (a bundler cannot follow a run-time require; a browser has none).
 */
const staticCompromise = {
  name: 'static-compromise',
  setup(build: { onResolve: (o: { filter: RegExp }, cb: () => { path: string }) => void }) {
    const path = fileURLToPath(new URL('src/_lib/compromise-static.ts', import.meta.url))
    build.onResolve({ filter: /_lib\/compromise\.js$/ }, () => ({ path }))
  },
}

export default defineConfig([
  { ...common, format: ['esm'], splitting: true },
  { ...common, format: ['cjs'], splitting: false, noExternal: ESM_ONLY },
  // papermeta/extract for bundlers (export conditions `module`, `browser`; Node.js applies neither):
  // ESM with compromise imported up front, so a bundle includes it (a lazy require would not be seen).
  {
    ...common,
    entry: { 'extract.bundler': 'src/extract.ts' },
    format: ['esm'],
    dts: false,
    splitting: false,
    esbuildPlugins: [staticCompromise],
  },
  // The dataset: no sourcemap (it would only repeat the 0.6 MB of JSON).
  { ...common, entry: { data: 'src/data.ts' }, format: ['esm', 'cjs'], sourcemap: false },
  // The command line and the dataset generator used by `npm start`: ESM only, not public entries.
  {
    entry: { cli: 'src/cli/index.ts', 'dataset-build': 'src/dataset/build.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    splitting: true,
    clean: false,
    dts: false,
    esbuildOptions: common.esbuildOptions,
  },
])
