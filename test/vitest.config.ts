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
  },
})
