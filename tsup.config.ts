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

export default defineConfig([
  { ...common, format: ['esm'], splitting: true },
  { ...common, format: ['cjs'], splitting: false, noExternal: ESM_ONLY },
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
