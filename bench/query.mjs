#!/usr/bin/env node
// Benchmark of the query helpers (root entry `papermeta`, built dist/). Prints one JSON object:
// - filter: ms per pass over 1,000,000 records, per predicate (median of timed passes);
// - search: lazy index build over 100,000 records, then ms per top-10 search (median);
// - coldStart: `node -e "require('papermeta')"` (and ESM import) minus bare `node -e 0`, medians;
// - bundle: esbuild browser bundle (minified, gzip -9) of `import { helper } from 'papermeta'`.
// Records: the bundled dataset's 235 real papers (data/papers.json) tiled to the size wanted, each
// copy with its own id, so text lengths, vocabulary and field distributions are real ones.
// Usage: node bench/query.mjs [--quick]   (--quick: fewer papers and runs, for a smoke test)
import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { ensureBuilt, root } from '../scripts/ensure-built.mjs'

const quick = process.argv.includes('--quick')
// Heap figures need a forced GC: re-run this script with --expose-gc when it is not exposed.
if (typeof globalThis.gc !== 'function') {
  const { status } = (await import('node:child_process')).spawnSync(process.execPath, ['--expose-gc', ...process.argv.slice(1)], { stdio: 'inherit' })
  process.exit(status ?? 1)
}
ensureBuilt()
const pm = await import(pathToFileURL(join(root, 'dist/index.js')).href)
const real = JSON.parse(readFileSync(join(root, 'data/papers.json'), 'utf8'))
/** `count` records: the real papers tiled, copy k of paper j with id `${id}~k`. */
const tiled = (count) => Array.from({ length: count }, (_, i) => {
  const paper = real[i % real.length]
  return { ...paper, id: `${paper.id}~${Math.floor(i / real.length)}` }
})

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}
const round = (value, digits = 2) => Number(value.toFixed(digits))
const now = () => performance.now()

/** Median ms of `runs` timed calls after `warmup` untimed ones; `sink` keeps results alive. */
let sink = 0
function time(fn, { runs = 7, warmup = 2 } = {}) {
  for (let k = 0; k < warmup; k++) sink += fn()
  const samples = []
  for (let k = 0; k < runs; k++) {
    const start = now()
    sink += fn()
    samples.push(now() - start)
  }
  return { ms: round(median(samples)), min: round(Math.min(...samples)), max: round(Math.max(...samples)) }
}

// ---------------------------------------------------------------------------------------------
// 1. Filter over 1M records
const FILTER_N = quick ? 100_000 : 1_000_000
let start = now()
const many = tiled(FILTER_N)
const generateMs = now() - start
const filters = {
  'byMethod("lora")': [pm.byMethod('lora')],
  'byMethod(/^X/)': [pm.byMethod(/^X/)],
  'hasCode()': [pm.hasCode()],
  'byGithubOwner("nvlabs")': [pm.byGithubOwner('nvlabs')],
  'byGithubRepo("NVlabs/SPADE")': [pm.byGithubRepo('NVlabs/SPADE')],
  'byLinkKind("github")': [pm.byLinkKind('github')],
  'byQuantity({ unit: "times", min: 2 })': [pm.byQuantity({ unit: 'times', min: 2 })],
  'byText("kv cache")': [pm.byText('kv cache')],
  'byText(/kv[- ]cache/i)': [pm.byText(/kv[- ]cache/i)],
  'hasCode(), byMethod("lora"), byQuantity(times >= 2)': [pm.hasCode(), pm.byMethod('lora'), pm.byQuantity({ unit: 'times', min: 2 })],
  'or(byGithubOwner("NVlabs"), not(hasCode()))': [pm.or(pm.byGithubOwner('NVlabs'), pm.not(pm.hasCode()))],
}
const filterResults = {}
for (const [name, predicates] of Object.entries(filters)) {
  const matches = pm.filterPapers(many, ...predicates).length
  const timing = time(() => pm.filterPapers(many, ...predicates).length, { runs: quick ? 3 : 7, warmup: 1 })
  filterResults[name] = { matches, ...timing, recordsPerSecond: Math.round(FILTER_N / (timing.ms / 1000)) }
}
const sortTiming = time(() => pm.sortPapers(many, 'upvotes', { order: 'desc' }).length, { runs: 3, warmup: 1 })
const groupTiming = time(() => pm.groupPapers(many, 'githubOwner').size, { runs: 3, warmup: 1 })
const queryTiming = time(() => pm.query(many).where(pm.hasCode(), pm.byQuantity({ unit: 'times', min: 2 })).sortBy('upvotes', { order: 'desc' }).limit(10).count(), {
  runs: 3,
  warmup: 1,
})
many.length = 0

// ---------------------------------------------------------------------------------------------
// 2. Search over 100k records: lazy index build, then top-10 searches
const SEARCH_N = quick ? 20_000 : 100_000
const corpus = tiled(SEARCH_N)
globalThis.gc()
const heapBefore = process.memoryUsage().heapUsed
start = now()
pm.searchPapers(corpus, 'warm', { limit: 10 }) // builds the index
const indexMs = now() - start
globalThis.gc()
const heapIndex = process.memoryUsage().heapUsed - heapBefore
const searches = {
  '"kv cache"': ['kv cache', {}],
  '"kv cache" (and)': ['kv cache', { combineWith: 'and' }],
  '"low-rank adaptation"': ['low-rank adaptation', {}],
  '"adaptive layer normalization" (very common words)': ['adaptive layer normalization', {}],
  '"stereo" (rare word)': ['stereo', {}],
  '"quantiz" prefix': ['quantiz', { prefix: true }],
  '"trasnformer" fuzzy': ['trasnformer', { fuzzy: 0.2 }],
  '"kv cache" + filter hasCode()': ['kv cache', { filter: pm.hasCode() }],
}
const searchResults = {}
for (const [name, [text, options]] of Object.entries(searches)) {
  const all = pm.searchPapers(corpus, text, options).length
  const timing = time(() => pm.searchPapers(corpus, text, { ...options, limit: 10 }).length, { runs: quick ? 5 : 15, warmup: 3 })
  searchResults[name] = { hits: all, top10: timing }
}

// ---------------------------------------------------------------------------------------------
// 3. Cold start: `node -e "require('papermeta')"` vs bare `node -e 0` (wall clock of whole processes,
// interleaved), and, less sensitive to machine load, the time of the require/import itself measured
// inside a fresh process.
const RUNS = quick ? 7 : 25
const spawnMs = (args) => {
  const t0 = process.hrtime.bigint()
  execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' })
  return Number(process.hrtime.bigint() - t0) / 1e6
}
const inProcessMs = (args) => Number(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim())
const REQUIRE = "const t = process.hrtime.bigint(); require('papermeta'); console.log(Number(process.hrtime.bigint() - t) / 1e6)"
const IMPORT = "const t = process.hrtime.bigint(); await import('papermeta'); console.log(Number(process.hrtime.bigint() - t) / 1e6)"
const REQUIRE_MINISEARCH = "const t = process.hrtime.bigint(); require('minisearch'); console.log(Number(process.hrtime.bigint() - t) / 1e6)"
const cold = { bare: [], require: [], requireInside: [], importInside: [], minisearchInside: [] }
for (let k = 0; k < RUNS; k++) {
  cold.bare.push(spawnMs(['-e', '0']))
  cold.require.push(spawnMs(['-e', "require('papermeta')"]))
  cold.requireInside.push(inProcessMs(['-e', REQUIRE]))
  cold.importInside.push(inProcessMs(['--input-type=module', '-e', IMPORT]))
  cold.minisearchInside.push(inProcessMs(['-e', REQUIRE_MINISEARCH]))
}
const bare = median(cold.bare)
const coldStart = {
  runs: RUNS,
  bareNodeMs: round(bare, 1),
  requireProcessMs: round(median(cold.require), 1),
  requireDeltaMs: round(median(cold.require) - bare, 1),
  requireInProcessMs: { median: round(median(cold.requireInside), 1), min: round(Math.min(...cold.requireInside), 1) },
  importInProcessMs: { median: round(median(cold.importInside), 1), min: round(Math.min(...cold.importInside), 1) },
  minisearchRequireInProcessMs: { median: round(median(cold.minisearchInside), 1), min: round(Math.min(...cold.minisearchInside), 1) },
}

// ---------------------------------------------------------------------------------------------
// 4. Browser bundle sizes (esbuild, minified, gzip -9), from dist/ through a consumer's node_modules
const { build } = await import('esbuild')
const consumer = mkdtempSync(join(tmpdir(), 'papermeta-bench-'))
mkdirSync(join(consumer, 'node_modules'))
symlinkSync(root, join(consumer, 'node_modules', 'papermeta'), 'dir')
const sizeOf = async (contents) => {
  const result = await build({ stdin: { contents, resolveDir: consumer, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2020', write: false, logLevel: 'silent', absWorkingDir: root })
  const code = result.outputFiles[0].text
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length }
}
const bundle = {}
for (const name of ['filterPapers', 'byMethod', 'hasCode', 'byQuantity', 'sortPapers', 'groupPapers', 'searchPapers', 'query']) {
  bundle[`{ ${name} }`] = await sizeOf(`import { ${name} } from 'papermeta'\nwindow.keep = ${name}\n`)
}
bundle['* (whole root entry)'] = await sizeOf(`import * as papermeta from 'papermeta'\nwindow.keep = papermeta\n`)
rmSync(consumer, { recursive: true, force: true })

process.stdout.write(
  `${JSON.stringify(
    {
      node: process.version,
      quick,
      filter: { papers: FILTER_N, generateMs: round(generateMs, 0), predicates: filterResults, 'sortPapers(upvotes desc)': sortTiming, 'groupPapers(githubOwner)': groupTiming, 'query().where().sortBy().limit(10)': queryTiming },
      search: { papers: SEARCH_N, indexBuildMs: round(indexMs, 0), indexHeapMB: round(heapIndex / 1e6, 0), queries: searchResults },
      coldStart,
      bundle,
    },
    null,
    2,
  )}\n`,
)
if (sink === -1) console.error(sink)
