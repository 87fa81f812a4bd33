// Shared by the scripts: rebuild dist/ when any source is newer than the last build.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const marker = join(root, 'dist/dataset-build.js')
const inputs = ['src', 'data/papers.json', 'data/dataset.json', 'tsup.config.ts', 'package.json'].map((p) => join(root, p))

function newest(paths) {
  let max = 0
  const walk = (p) => {
    if (!existsSync(p)) return
    const s = statSync(p)
    if (s.isDirectory()) for (const name of readdirSync(p)) walk(join(p, name))
    else max = Math.max(max, s.mtimeMs)
  }
  for (const p of paths) walk(p)
  return max
}

/** Run scripts/build.mjs (always). */
export function build(reason) {
  console.error(`papermeta: building (${reason})…`)
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
}

/** Build unless dist/ is newer than every source. */
export function ensureBuilt() {
  if (!existsSync(marker)) build('no dist/')
  else if (newest(inputs) > statSync(marker).mtimeMs) build('sources changed')
}
