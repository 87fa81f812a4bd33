#!/usr/bin/env node
// The main job (`npm start`): build if the sources changed, parse data/raw/ with the extractors,
// validate with the schema, write data/papers.json + data/dataset.json, print a summary.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build, ensureBuilt, root } from './ensure-built.mjs'

const rel = (p) => relative(root, p)
const marker = join(root, 'dist/dataset-build.js')
ensureBuilt()

const { buildDataset, serialize } = await import(`${pathToFileURL(marker).href}?t=${Date.now()}`)
const rawDir = join(root, 'data/raw')
const files = readdirSync(rawDir)
  .filter((name) => !name.startsWith('.'))
  .map((name) => ({ file: name, text: readFileSync(join(rawDir, name), 'utf8') }))
const source = JSON.parse(readFileSync(join(root, 'data/source.json'), 'utf8'))
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

const started = performance.now()
const { papers, dataset, issues } = buildDataset(files, source, version)
const ms = performance.now() - started

let changed = false
for (const [name, value] of [['papers.json', papers], ['dataset.json', dataset]]) {
  const path = join(root, 'data', name)
  const text = serialize(value)
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    writeFileSync(path, text)
    changed = true
  }
}
// papermeta/data bundles the JSON: rebuild so dist/ carries the new dataset.
if (changed) build('dataset changed')

const count = (pred) => papers.filter(pred).length
const summary = [
  ['papers', papers.length],
  ['with a method name', count((p) => p.method)],
  ['with code links', count((p) => p.links.length > 0)],
  ['code available / promised', `${count((p) => p.code === 'available')} / ${count((p) => p.code === 'promised')}`],
  ['quantities', papers.reduce((n, p) => n + p.quantities.length, 0)],
  ['parse issues', issues.length],
]
console.log(`papermeta ${version}: ${files.map((f) => `data/raw/${f.file}`).join(', ')} → ${rel(join(root, 'data/papers.json'))}${changed ? ' (updated)' : ' (unchanged)'} in ${ms.toFixed(0)} ms`)
for (const [label, value] of summary) console.log(`  ${label.padEnd(26)} ${value}`)
for (const issue of issues) console.log(`  ${issue.file}:${issue.line ?? '-'}: ${issue.severity}: ${issue.message}`)
