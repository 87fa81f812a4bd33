#!/usr/bin/env node
// Build: wipe dist, run tsup (ESM + CJS + d.ts per entry), write the JSON Schema and the CLI shebang.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
rmSync(join(root, 'dist'), { recursive: true, force: true })
execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js'), '--silent'], { cwd: root, stdio: 'inherit' })

const { toJsonSchema } = await import(pathToFileURL(join(root, 'dist/schema.js')).href)
writeFileSync(join(root, 'dist/papermeta.schema.json'), `${JSON.stringify(toJsonSchema(), null, 2)}\n`)

const cli = join(root, 'dist/cli.js')
const code = readFileSync(cli, 'utf8')
if (!code.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${code}`)
chmodSync(cli, 0o755)
