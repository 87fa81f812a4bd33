import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Builds dist/ once (the CLI and package tests run the built code).
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
    pool: 'forks',
    // Type tests (`*.test-d.ts`, expectTypeOf) run with `vitest --typecheck` semantics on every run.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: 'test/tsconfig.typecheck.json' },
  },
})
