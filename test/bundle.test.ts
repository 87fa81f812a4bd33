// Bundle budget of the root entry and a Vite consumer page, both built from the published
// artifact (dist/, built by the global test setup) through a consumer's node_modules/papermeta.
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build as esbuild } from 'esbuild'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { papers as sourcePapers } from '../src/data.js'
import { byGithubOwner, filterPapers, hasCode, searchPapers } from '../src/index.js'

const root = join(import.meta.dirname, '..')
const BUDGET = 10_000 // bytes, minified + gzip (level 9)
// Packages the root entry must never bring into a bundle (design.md: "not compromise, unified/retext or zod").
const FORBIDDEN = /(?:^|[/\\])node_modules[/\\](?:zod|compromise|unified|retext-[^/\\]*|nlcst-[^/\\]*|unist-[^/\\]*|vfile[^/\\]*|parse-english|parse-latin|linkify-it|uc\.micro|fast-xml-parser|commander|cli-progress)[/\\]/
// A dataset title: present in papermeta/data, never in the root entry.
const DATASET_TITLE = 'XDoc: Unified Pre-training for Cross-Format Document Understanding'

let consumer: string
beforeAll(() => {
  consumer = mkdtempSync(join(tmpdir(), 'papermeta-consumer-'))
  mkdirSync(join(consumer, 'node_modules'))
  symlinkSync(root, join(consumer, 'node_modules', 'papermeta'), 'dir')
})
afterAll(() => rmSync(consumer, { recursive: true, force: true }))

async function bundle(contents: string) {
  const result = await esbuild({
    stdin: { contents, resolveDir: consumer, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root, // the consumer's node_modules/papermeta resolves (realpath) into root
  })
  const code = result.outputFiles[0]!.text
  // The files that put code into the bundle, relative to the package root ('<stdin>' is the entry).
  const output = Object.values(result.metafile.outputs)[0]!
  const inputs = Object.entries(output.inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([input]) => input.split(sep).join('/'))
  return { code, gzip: gzipSync(code, { level: 9 }).length, inputs }
}

const rootExports = Object.keys(await import(pathToFileURL(join(root, 'dist/index.js')).href)).sort()

describe('bundle budget of the root entry (esbuild, browser, minified, from dist/)', () => {
  test('package.json declares sideEffects: false and the root entry is dist/index.js', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { sideEffects: unknown; exports: { '.': { import: { default: string } } } }
    expect(pkg.sideEffects).toBe(false)
    expect(pkg.exports['.'].import.default).toBe('./dist/index.js')
  })

  test('the root entry exports the query helpers and the errors', () => {
    expect(rootExports).toEqual(
      expect.arrayContaining(['filterPapers', 'byMethod', 'hasCode', 'searchPapers', 'query', 'PapermetaError', 'InvalidArgumentError', 'ValidationError', 'isPapermetaError']),
    )
  })

  test.each(rootExports)('import { %s } from "papermeta" is within budget and light', async (name) => {
    const { code, gzip, inputs } = await bundle(`import { ${name} } from 'papermeta'\nwindow.keep = ${name}\n`)
    expect(gzip).toBeLessThanOrEqual(BUDGET)
    expect(inputs.filter((input) => FORBIDDEN.test(`/${input}`))).toStrictEqual([])
    // only papermeta's own dist files and minisearch go in
    expect(inputs.filter((input) => !/^dist\/[\w-]+\.js$/.test(input) && !input.startsWith('node_modules/minisearch/') && input !== '<stdin>')).toStrictEqual([])
    expect(inputs.some((input) => input.startsWith('dist/'))).toBe(true)
    expect(inputs.some((input) => input.startsWith('dist/data'))).toBe(false)
    expect(code).not.toContain(DATASET_TITLE)
  })

  test('helpers that do not search leave minisearch out', async () => {
    for (const name of ['filterPapers', 'byMethod', 'hasCode', 'byGithubOwner', 'byQuantity', 'sortPapers', 'groupPapers', 'findById']) {
      const { inputs, gzip } = await bundle(`import { ${name} } from 'papermeta'\nwindow.keep = ${name}\n`)
      expect(inputs.some((input) => input.includes('minisearch'))).toBe(false)
      expect(gzip).toBeLessThan(3_000)
    }
  })

  test('controls: the same checks do see zod in papermeta/schema and the dataset in papermeta/data', async () => {
    const schema = await bundle(`import { PaperSchema } from 'papermeta/schema'\nwindow.keep = PaperSchema\n`)
    expect(schema.inputs.some((input) => FORBIDDEN.test(`/${input}`))).toBe(true)
    expect(schema.gzip).toBeGreaterThan(BUDGET)
    const data = await bundle(`import { papers } from 'papermeta/data'\nwindow.keep = papers\n`)
    expect(data.code).toContain(DATASET_TITLE)
  })

  test('a bare import adds nothing (no side effects)', async () => {
    const { code } = await bundle(`import 'papermeta'\n`)
    expect(code.trim()).toBe('')
  })

  test('the whole root entry stays light: no NLP library, no zod, no dataset', async () => {
    const { code, gzip, inputs } = await bundle(`import * as papermeta from 'papermeta'\nwindow.keep = papermeta\n`)
    expect(inputs.filter((input) => FORBIDDEN.test(`/${input}`))).toStrictEqual([])
    expect(code).not.toContain(DATASET_TITLE)
    expect(gzip).toBeLessThanOrEqual(12_000)
  })
})

describe('a Vite consumer page importing the helpers and the dataset', () => {
  test('builds, and the built page computes the same results as the source', { timeout: 120_000 }, async () => {
    const app = join(consumer, 'app')
    mkdirSync(app, { recursive: true })
    writeFileSync(
      join(app, 'index.html'),
      '<!doctype html>\n<html><body><pre id="out"></pre><script type="module" src="./main.js"></script></body></html>\n',
    )
    writeFileSync(
      join(app, 'main.js'),
      [
        "import { filterPapers, byGithubOwner, hasCode, searchPapers, query } from 'papermeta'",
        "import { papers, dataset } from 'papermeta/data'",
        'const out = {',
        '  count: dataset.count,',
        '  length: papers.length,',
        "  nvlabs: filterPapers(papers, byGithubOwner('NVlabs')).map((paper) => paper.id),",
        '  withCode: query(papers).where(hasCode()).count(),',
        "  kvCache: searchPapers(papers, 'kv cache', { limit: 3 }).map((hit) => hit.paper.id),",
        '}',
        "document.querySelector('#out').textContent = JSON.stringify(out)",
        '',
      ].join('\n'),
    )
    const { build } = await import('vite')
    const built = await build({
      root: app,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: 'dist', emptyOutDir: true, modulePreload: { polyfill: false } },
    })
    const html = readFileSync(join(app, 'dist/index.html'), 'utf8')
    const script = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1]
    expect(script).toMatch(/^assets\/[\w-]+\.js$/)
    expect(readdirSync(join(app, 'dist/assets')).some((file) => file.endsWith('.js'))).toBe(true)
    const code = readFileSync(join(app, 'dist', script!), 'utf8')
    expect(code).toContain(DATASET_TITLE) // the page bundles papermeta/data
    // The modules Vite put into the page: papermeta's dist, minisearch, the app; no NLP library, no zod.
    const moduleIds = (Array.isArray(built) ? built : [built]).flatMap((result) =>
      'output' in result ? result.output.flatMap((chunk) => (chunk.type === 'chunk' ? chunk.moduleIds : [])) : [],
    )
    expect(moduleIds.some((id) => id.endsWith(join('dist', 'data.js')))).toBe(true)
    expect(moduleIds.some((id) => id.endsWith(join('dist', 'index.js')))).toBe(true)
    expect(moduleIds.filter((id) => FORBIDDEN.test(id))).toStrictEqual([])

    // Run the built page script against a minimal DOM.
    const element = { textContent: '' }
    const previous = (globalThis as { document?: unknown }).document
    ;(globalThis as { document?: unknown }).document = { querySelector: (selector: string) => (selector === '#out' ? element : null) }
    try {
      await import(pathToFileURL(join(app, 'dist', script!)).href)
    } finally {
      ;(globalThis as { document?: unknown }).document = previous
    }
    expect(JSON.parse(element.textContent)).toStrictEqual({
      count: 235,
      length: 235,
      nvlabs: ['semantic-image-synthesis-with-spatially-adaptive-normalization'],
      withCode: filterPapers(sourcePapers, hasCode()).length,
      kvCache: searchPapers(sourcePapers, 'kv cache', { limit: 3 }).map((hit) => hit.paper.id),
    })
    expect(filterPapers(sourcePapers, byGithubOwner('NVlabs'))).toHaveLength(1)
  })
})
