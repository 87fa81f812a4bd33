#!/usr/bin/env node
// `npm run eval`: extract the seed listing afresh (not the committed data/papers.json), then run
// `papermeta eval` on it with every suite: the dev gold (../shared/gold, the metrics of score.mjs),
// the SDU@AAAI-21 acronym dev set and the HF daily-papers repo mentions (../shared/corpora), and
// the held-out sets of HF daily papers (test/fixtures/heldout/: A, 100 papers; B–F, 60 each).
// Prints one summary table and each suite's table; writes the JSON report to .tmp/eval-report.json.
// `npm run eval -- --json` prints the JSON report instead.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
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
const args = [join(root, 'dist/cli.js'), 'eval', '--gold', join(shared, 'gold/dev.jsonl'), '--data', predictions]
const sdu = join(shared, 'corpora/sdu21-acronyms-dev.json')
const sample = join(shared, 'corpora/hf-daily-sample-dev.jsonl')
if (existsSync(sdu)) args.push('--sdu', sdu)
if (existsSync(sample)) args.push('--hf-sample', sample)
args.push('--report', join(root, '.tmp/eval-report.json'))
if (process.argv.includes('--json')) args.push('--json')
const json = process.argv.includes('--json')
const main = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })

// The held-out sets (test/fixtures/heldout/): HF daily papers annotated to the gold's guideline before
// any extraction ran on them. The first reading of each was its generalisation estimate (see the README
// there); the error kinds each showed were then fixed, so today's figures are optimistic.
const HELDOUT = [
  { key: 'heldout', file: 'hf-daily-100.jsonl', title: 'set A, 100 HF daily papers (first reading: method 94.9, quantities 96.0)' },
  { key: 'heldoutB', file: 'hf-daily-60b.jsonl', title: 'set B, 60 HF daily papers (first reading: method 100, quantities 93.3)' },
  { key: 'heldoutC', file: 'hf-daily-60c.jsonl', title: 'set C, 60 HF daily papers (first reading: method 95.3, quantities 96.4)' },
  { key: 'heldoutD', file: 'hf-daily-60d.jsonl', title: 'set D, 60 HF daily papers (first reading: method 92.0, quantities 93.9)' },
  { key: 'heldoutE', file: 'hf-daily-60e.jsonl', title: 'set E, 60 HF daily papers (first reading: method 94.8, quantities 98.4)' },
  { key: 'heldoutF', file: 'hf-daily-60f.jsonl', title: 'set F, 60 HF daily papers (first reading: method 95.8, quantities 96.7)' },
]
const { extractPaper } = await import(pathToFileURL(join(root, 'dist/extract.js')).href)
const heldoutRuns = HELDOUT.map(({ key, file, title }) => {
  const gold = join(root, 'test/fixtures/heldout', file)
  const records = readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const predictionsFile = join(root, `.tmp/eval-${key}-papers.json`)
  writeFileSync(predictionsFile, JSON.stringify(records.map(({ title: t, abstract }) => extractPaper({ title: t, abstract }))))
  // One run: the table on stdout, the JSON report written beside the predictions.
  const reportFile = join(root, `.tmp/eval-${key}-report.json`)
  const cli = [join(root, 'dist/cli.js'), 'eval', '--gold', gold, '--data', predictionsFile, '--report', reportFile]
  const text = execFileSync(process.execPath, cli, { encoding: 'utf8' })
  const report = JSON.parse(readFileSync(reportFile, 'utf8')).gold
  return { key, title, text, report }
})
const heldoutReports = Object.fromEntries(heldoutRuns.map(({ key, report }) => [key, report]))

if (json) {
  process.stdout.write(`${JSON.stringify({ ...JSON.parse(main), ...heldoutReports }, null, 2)}\n`)
} else {
  process.stdout.write(main)
  for (const { title, text } of heldoutRuns) {
    process.stdout.write(`\n## Held-out ${title}; annotated blind, error kinds since fixed, so optimistic\n\n${text}`)
  }
}
const report = JSON.parse(readFileSync(join(root, '.tmp/eval-report.json'), 'utf8'))
writeFileSync(join(root, '.tmp/eval-report.json'), `${JSON.stringify({ ...report, ...heldoutReports }, null, 2)}\n`)
console.error('papermeta: JSON report written to .tmp/eval-report.json')
