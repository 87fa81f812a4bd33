#!/usr/bin/env node
// Build: wipe dist, run tsup (ESM + CJS + d.ts per entry), write the JSON Schema and the CLI shebang.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
rmSync(join(root, 'dist'), { recursive: true, force: true })
execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--silent'], { cwd: root, stdio: 'inherit' })

const { toJsonSchema } = await import(pathToFileURL(join(root, 'dist/schema.js')).href)
writeFileSync(join(root, 'dist/papermeta.schema.json'), `${JSON.stringify(toJsonSchema(), null, 2)}\n`)

// CommonJS typings must not import ESM-only packages (unified, vfile): under `moduleResolution:
// node16` a .d.cts that does gets TS1479. Type imports take `resolution-mode: 'import'` (TS >= 5.3),
// and the augmentation of vfile's DataMap (typed `file.data`) is kept for ESM typings only.
const ESM_ONLY_TYPES = ['unified', 'vfile']
for (const name of readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.d.cts'))) {
  const path = join(root, 'dist', name)
  let text = readFileSync(path, 'utf8')
  for (const pkg of ESM_ONLY_TYPES) {
    text = text.replace(
      new RegExp(`^import (?:type )?(\\{[^}]*\\}) from '${pkg}';$`, 'gm'),
      `import type $1 from '${pkg}' with { 'resolution-mode': 'import' };`,
    )
    text = text.replace(new RegExp(`^declare module '${pkg}' \\{\\n[\\s\\S]*?^\\}\\n`, 'gm'), '')
  }
  writeFileSync(path, text)
}

const cli = join(root, 'dist/cli.js')
const code = readFileSync(cli, 'utf8')
if (!code.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${code}`)
chmodSync(cli, 0o755)
