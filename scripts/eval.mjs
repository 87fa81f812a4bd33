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

// ## SDU@AAAI-21 acronym identification (dev): extractAbbreviations on every sentence (text = tokens joined by
// spaces), predictions in score-sdu.mjs's format, scored with the task's official metric. The data is CC BY-NC-SA
// and evaluation-only: it is read from ../shared/corpora and never copied into the package.
{
  const sduGold = join(shared, 'corpora/sdu21-acronyms-dev.json')
  const { extractAbbreviations } = await import(pathToFileURL(join(root, 'dist/extract.js')).href)
  const sentences = JSON.parse(readFileSync(sduGold, 'utf8'))
  const lines = sentences.map(({ id, tokens }) => {
    const abbreviations = extractAbbreviations(tokens.join(' ')).map((a) => ({
      shortStart: a.shortStart,
      shortEnd: a.shortEnd,
      longStart: a.longStart,
      longEnd: a.longEnd,
    }))
    return JSON.stringify({ id, abbreviations })
  })
  const sduPredictions = join(root, '.tmp/eval-sdu.jsonl')
  writeFileSync(sduPredictions, `${lines.join('\n')}\n`)
  console.log(`\n## SDU@AAAI-21 acronyms, dev (${sentences.length} sentences; ../shared/corpora/score-sdu.mjs)\n`)
  const sduArgs = [join(shared, 'corpora/score-sdu.mjs'), sduGold, sduPredictions]
  if (process.argv.includes('--json')) sduArgs.push('--json')
  process.stdout.write(execFileSync(process.execPath, sduArgs, { encoding: 'utf8' }))
}
