#!/usr/bin/env node
// `npm run eval`: extract the seed listing afresh (not the committed data/papers.json) and score
// it against the dev gold with ../shared/gold/score.mjs. Pass --json for the scorer's JSON report.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ensureBuilt, root } from './ensure-built.mjs'

ensureBuilt()
const { buildDataset } = await import(pathToFileURL(join(root, 'dist/dataset-build.js')).href)
const rawDir = join(root, 'data/raw')
const files = readdirSync(rawDir).map((file) => ({ file, text: readFileSync(join(rawDir, file), 'utf8') }))
const source = JSON.parse(readFileSync(join(root, 'data/source.json'), 'utf8'))
const { papers } = buildDataset(files, source, 'eval')

const shared = join(root, '..', 'shared')
mkdirSync(join(root, '.tmp'), { recursive: true })
const predictions = join(root, '.tmp/eval-papers.json')
writeFileSync(predictions, JSON.stringify(papers))
console.log('## Dev gold (../shared/gold/dev.jsonl)\n')
const args = [join(shared, 'gold/score.mjs'), predictions, join(shared, 'gold/dev.jsonl')]
if (process.argv.includes('--json')) args.push('--json')
process.stdout.write(execFileSync(process.execPath, args, { encoding: 'utf8' }))
