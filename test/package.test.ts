/**
 * Package checks: what a user gets from `npm install papermeta`.
 *
 * `npm pack` the built package (dist/ comes from the vitest global setup, never rebuilt here), install
 * the tarball into a temporary consumer (the fixture in test/consumer/) and use it the ways users do:
 * publint and attw on the tarball, ESM `import` and CJS `require` of every entry (also with require(esm)
 * off, as on Node < 20.19), tsc under `moduleResolution` node16 (.mts + .cts) and bundler with
 * `skipLibCheck: false`, esbuild bundles for Node and the browser, the bin, and the packed file list.
 *
 * Run alone: `npm run check:package` (reuses dist/ when PAPERMETA_SKIP_BUILD=1).
 * Keep the temporary folder for debugging: PAPERMETA_KEEP_PACKAGE_TMP=1.
 */
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, type Metafile } from 'esbuild'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const root = join(import.meta.dirname, '..')
const fixture = join(root, 'test/consumer')
const ENTRIES = ['index', 'extract', 'data', 'schema'] as const
// Generous: each check takes seconds on an idle machine, but this VM is shared with other builds.
const TIMEOUT = 180_000

interface Result {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * The environment for child processes: without the `npm_*` variables of an enclosing `npm test`
 * (`npm_config_local_prefix` would point npm at this repo instead of the consumer), without colours.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  delete env.FORCE_COLOR
  for (const key of Object.keys(env)) {
    if (/^(npm_config_local_prefix|npm_config_call|npm_package_|npm_lifecycle_|npm_command$|init_cwd$)/i.test(key)) delete env[key]
  }
  return env
}

/** Run a command to its end; never throws on a non-zero exit (the tests assert the code). */
function run(command: string, args: readonly string[], cwd: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** Describe a result for an assertion message. */
const show = (what: string, r: Result) => `${what} exited ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`

/** Run and require exit code 0 (for set-up steps). */
async function mustRun(command: string, args: readonly string[], cwd: string): Promise<Result> {
  const r = await run(command, args, cwd)
  if (r.code !== 0) throw new Error(show(`${command} ${args.join(' ')}`, r))
  return r
}

const node = process.execPath
const npm = 'npm'
const npx = 'npx'
const bin = (name: string) => join(root, 'node_modules/.bin', name)
const tsc = join(root, 'node_modules/typescript/bin/tsc')

let tmp = ''
let consumer = ''
let tarball = ''
let packed: string[] = []

beforeAll(async () => {
  for (const entry of ENTRIES) {
    if (!existsSync(join(root, `dist/${entry}.js`))) {
      throw new Error(`dist/${entry}.js is missing: run through \`npm test\` (its global setup builds dist/) or \`npm run build\``)
    }
  }
  tmp = mkdtempSync(join(tmpdir(), 'papermeta-package-'))
  const pack = await mustRun(npm, ['pack', '--json', '--pack-destination', tmp], root)
  const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as Array<{ filename: string; files: Array<{ path: string }> }>
  if (!info) throw new Error(`npm pack printed no package: ${pack.stdout}`)
  tarball = join(tmp, info.filename)
  packed = info.files.map((file) => file.path)

  consumer = join(tmp, 'consumer')
  cpSync(fixture, consumer, { recursive: true })
  // The tarball's runtime dependencies come from the npm cache after `npm ci` (the registry in CI).
  await mustRun(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], consumer)
}, 240_000)

afterAll(() => {
  if (tmp && process.env.PAPERMETA_KEEP_PACKAGE_TMP !== '1') rmSync(tmp, { recursive: true, force: true })
})

describe('the packed package', () => {
  test('holds the built entries, the JSON Schema, README, LICENSE and nothing from the source tree', () => {
    const required = [
      ...ENTRIES.flatMap((entry) => [`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`]),
      'dist/papermeta.schema.json',
      'dist/cli.js',
      'data/README.md',
      'README.md',
      'LICENSE',
      'package.json',
    ]
    expect(required.filter((file) => !packed.includes(file)), 'missing from the tarball').toEqual([])
    const unwanted = packed.filter(
      (file) =>
        /^(src|test|bench|scripts|data\/raw|\.tmp|\.changeset|\.ci|node_modules)\//.test(file) ||
        /sdu/i.test(file) ||
        /\.(tgz|[cm]?tsx?)$/.test(file.replace(/\.d\.[cm]?ts$/, '')),
    )
    expect(unwanted, 'in the tarball but should not be').toEqual([])
  })

  test('every file package.json points at (exports, typesVersions, bin, main, module, types) is packed', () => {
    const pkg = JSON.parse(readFileSync(join(consumer, 'node_modules/papermeta/package.json'), 'utf8')) as Record<string, unknown>
    const targets = new Set<string>()
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''))
      else if (Array.isArray(value)) value.forEach(collect)
      else if (value && typeof value === 'object') Object.values(value).forEach(collect)
    }
    for (const field of ['exports', 'typesVersions', 'bin', 'main', 'module', 'types']) collect(pkg[field])
    expect(targets.size).toBeGreaterThanOrEqual(4 * ENTRIES.length + 3) // the collection itself works
    expect([...targets].filter((target) => !packed.includes(target))).toEqual([])
    expect(Object.keys(pkg.exports as object).sort()).toEqual(['.', './data', './extract', './package.json', './schema', './schema.json'])
  })

  test('publint reports nothing', async () => {
    const r = await run(bin('publint'), ['run', tarball, '--strict'], root)
    expect(r.code, show('publint', r)).toBe(0)
    expect(r.stdout, show('publint', r)).toContain('All good!')
  }, TIMEOUT)

  test('attw reports no problems (node10, node16 CJS/ESM, bundler)', async () => {
    const r = await run(bin('attw'), [tarball, '--format', 'ascii', '--no-color', '--no-definitely-typed'], root)
    expect(r.code, show('attw', r)).toBe(0)
    expect(r.stdout, show('attw', r)).toContain('No problems found')
    for (const entry of ['"papermeta"', '"papermeta/extract"', '"papermeta/data"', '"papermeta/schema"', '"papermeta/schema.json"']) {
      expect(r.stdout, `attw checked ${entry}`).toContain(entry)
    }
  }, TIMEOUT)
})

/** What check.cjs prints when every entry works, for `import` (.js) or `require` (.cjs). */
function expected(system: 'esm' | 'cjs') {
  const ext = system === 'esm' ? 'js' : 'cjs'
  return {
    system,
    resolved: {
      papermeta: `papermeta/dist/index.${ext}`,
      'papermeta/extract': `papermeta/dist/extract.${ext}`,
      'papermeta/data': `papermeta/dist/data.${ext}`,
      'papermeta/schema': `papermeta/dist/schema.${ext}`,
      'papermeta/schema.json': 'papermeta/dist/papermeta.schema.json',
    },
    papers: 235,
    records: 1,
    title: 'Glimmer: Sparse Routing for Tiny Language Models',
    error: 'InvalidArgumentError: Expected string, not `42`',
    badRecordRejected: true,
    linkUrl: 'https://github.com/example-org/glimmer',
    schemaDefs: expect.arrayContaining(['Paper', 'ListingRecord', 'Span', 'CoinedName', 'Link', 'Quantity', 'Abbreviation', 'ParseIssue', 'DatasetInfo']),
    packageName: 'papermeta',
  }
}

describe('the installed tarball at run time', () => {
  test('ESM: `import` of every entry gives working values', async () => {
    const r = await run(node, ['esm.mjs'], consumer)
    expect(r.code, show('node esm.mjs', r)).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(expected('esm'))
  }, TIMEOUT)

  test('CJS: `require` of every entry gives the same values', async () => {
    const r = await run(node, ['cjs.cjs'], consumer)
    expect(r.code, show('node cjs.cjs', r)).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(expected('cjs'))
  }, TIMEOUT)

  test('CJS with require(esm) off (as on Node < 20.19): every entry, papermeta/extract included', async () => {
    const r = await run(node, ['--no-experimental-require-module', 'cjs.cjs'], consumer)
    expect(r.code, show('node --no-experimental-require-module cjs.cjs', r)).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(expected('cjs'))
  }, TIMEOUT)

  test('the bin: `npx papermeta --help` exits 0 and `papermeta parse` reads a listing', async () => {
    const help = await run(npx, ['--no', '--', 'papermeta', '--help'], consumer)
    expect(help.code, show('npx papermeta --help', help)).toBe(0)
    expect(help.stdout).toMatch(/^Usage: papermeta /)
    expect(help.stdout).toMatch(/^\s+parse\b/m)
    const parse = await run(npx, ['--no', '--', 'papermeta', 'parse', '--format', 'hf-text', 'listing.txt'], consumer)
    expect(parse.code, show('npx papermeta parse listing.txt', parse)).toBe(0)
    expect(parse.stdout).toContain('Glimmer: Sparse Routing for Tiny Language Models')
    expect(parse.stdout).toContain('https://github.com/example-org/glimmer')
  }, TIMEOUT)
})

// The two tsc runs are the slowest checks (~6–9 s of CPU each) and independent: run them side by side.
describe.concurrent('TypeScript consumers (tsc, skipLibCheck false, with @ts-expect-error negatives)', () => {
  // The repo's TypeScript and @types (the consumer installs only the tarball and its dependencies).
  // skipDefaultLibCheck skips only TypeScript's own lib.*.d.ts; papermeta's, zod's and @types/node's are checked.
  const typecheck = (config: string) => run(node, [tsc, '-p', config, '--typeRoots', join(root, 'node_modules/@types')], consumer)

  test('moduleResolution node16: an .mts (import types) and a .cts (require types) consumer', async ({ expect }) => {
    const r = await typecheck('tsconfig.node16.json')
    expect(r.code, show('tsc -p tsconfig.node16.json', r)).toBe(0)
    expect(r.stdout).toBe('')
  }, TIMEOUT)

  test('moduleResolution bundler', async ({ expect }) => {
    const r = await typecheck('tsconfig.bundler.json')
    expect(r.code, show('tsc -p tsconfig.bundler.json', r)).toBe(0)
    expect(r.stdout).toBe('')
  }, TIMEOUT)
})

/** Inputs of an esbuild bundle, as paths below node_modules/. */
const inputs = (metafile: Metafile) => Object.keys(metafile.inputs).map((path) => path.replace(/^.*node_modules\//, ''))

describe('esbuild bundles of the installed package', () => {
  test('--platform=node: papermeta/extract + papermeta/data bundle into one file that runs without node_modules', async () => {
    const outdir = join(tmp, 'bundle-node')
    mkdirSync(outdir, { recursive: true })
    const outfile = join(outdir, 'bundle.cjs')
    const { metafile } = await build({
      absWorkingDir: consumer,
      entryPoints: ['bundle-node.mjs'],
      bundle: true,
      platform: 'node',
      outfile,
      metafile: true,
      logLevel: 'silent',
    })
    // Bundlers take papermeta/extract's `module` build (compromise imported up front, so it is in the
    // bundle: the Node build requires it on first use, which a bundler cannot follow) and data's ESM build.
    const bundled = inputs(metafile)
    expect(bundled).toEqual(expect.arrayContaining(['papermeta/dist/extract.bundler.js', 'papermeta/dist/data.js']))
    expect(bundled.some((input) => input.startsWith('compromise/'))).toBe(true)
    writeFileSync(join(outdir, 'listing.txt'), readFileSync(join(fixture, 'listing.txt')))
    // outdir is beside the consumer, not inside it: nothing can be required from node_modules.
    const r = await run(node, [outfile, 'listing.txt'], outdir)
    expect(r.code, show('node bundle.cjs', r)).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      bundled: 235,
      extracted: 1,
      issues: 0,
      title: 'Glimmer: Sparse Routing for Tiny Language Models',
      url: 'https://github.com/example-org/glimmer',
    })
  }, TIMEOUT)

  test('--platform=browser: the root entry bundles without zod, NLP libraries or the dataset, and works', async () => {
    const outfile = join(tmp, 'bundle-browser', 'bundle.mjs')
    const { metafile } = await build({
      absWorkingDir: consumer,
      entryPoints: ['bundle-browser.mjs'],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      outfile,
      metafile: true,
      logLevel: 'silent',
    })
    const used = inputs(metafile)
    expect(used).toContain('papermeta/dist/index.js')
    const heavy = used.filter((path) =>
      /^(zod|compromise|unified|retext-[^/]+|parse-(english|latin)|nlcst-[^/]+|vfile[^/]*)\/|^papermeta\/dist\/(data|extract|schema)\.js$/.test(path),
    )
    expect(heavy, 'the root entry must stay light').toEqual([])
    const r = await run(node, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(pathToFileURL(outfile).href)}); console.log(JSON.stringify({ guarded: m.guarded, plain: m.plain, guard: typeof m.isPapermetaError }))`], tmp)
    expect(r.code, show('import bundle.mjs', r)).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({ guarded: true, plain: false, guard: 'function' })
  }, TIMEOUT)
})
