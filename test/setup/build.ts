import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Build dist/ once before the tests (set PAPERMETA_SKIP_BUILD=1 to reuse an existing build). */
export default function setup(): void {
  if (process.env.PAPERMETA_SKIP_BUILD === '1') return
  const root = fileURLToPath(new URL('../..', import.meta.url))
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' })
}
