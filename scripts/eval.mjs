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

// ## Links: HF daily sample -------------------------------------------------------------------
// For every paper of ../shared/corpora/hf-daily-sample-dev.jsonl whose abstract mentions its
// curated repository (`repo_mentioned_in_abstract`), does one of the links extractLinks finds in
// title + abstract name that repository? Repositories compare as lower-cased `owner/repo` (the
// URL's first two path segments, `.git` removed). Prints the figure, the count and every miss.
{
  const { extractLinks } = await import(pathToFileURL(join(root, 'dist/extract.js')).href)
  const samplePath = join(shared, 'corpora/hf-daily-sample-dev.jsonl')
  const rows = readFileSync(samplePath, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  const slugOf = (url) => {
    const path = /^(?:[a-z]+:\/\/)?(?:www\.)?github\.com\/([^?#\s]*)/i.exec(url ?? '')?.[1] ?? ''
    const [owner, repo] = path.split('/').filter(Boolean)
    return owner && repo ? `${owner}/${repo.replace(/\.git$/i, '')}`.toLowerCase() : null
  }
  // Throughput: CPU time of a second, warm pass (wall time swings with machine load).
  const pairs = rows.map((row) => [row.title ?? '', row.abstract ?? ''])
  for (const pair of pairs) for (const text of pair) extractLinks(text)
  const cpuStart = process.cpuUsage()
  for (const pair of pairs) for (const text of pair) extractLinks(text)
  const cpu = process.cpuUsage(cpuStart)
  const ms = (cpu.user + cpu.system) / 1000
  const bytes = pairs.reduce((n, pair) => n + Buffer.byteLength(pair.join('\n')), 0)
  let mentioned = 0
  let found = 0
  const misses = []
  for (const row of rows) {
    if (!row.repo_mentioned_in_abstract) continue
    const links = [row.title ?? '', row.abstract ?? ''].flatMap((text) => extractLinks(text))
    mentioned++
    const want = slugOf(row.github_repo)
    const got = links.flatMap((link) => (link.github?.repo ? [`${link.github.owner}/${link.github.repo}`.toLowerCase()] : []))
    if (want && got.includes(want)) found++
    else misses.push({ id: row.id, want, got: links.map((link) => link.url) })
  }
  console.log('\n## Links: HF daily sample (../shared/corpora/hf-daily-sample-dev.jsonl)\n')
  console.log(`papers whose abstract mentions the curated repo: ${mentioned}`)
  console.log(`a link names that owner/repo: ${found} / ${mentioned} = ${((100 * found) / Math.max(1, mentioned)).toFixed(2)}% (goal >= 99.5%)`)
  console.log(`extractLinks on all ${rows.length} titles + abstracts: ${(bytes / 1e6 / (ms / 1e3)).toFixed(1)} MB/s (CPU time, warm)`)
  console.log(`misses: ${misses.length}`)
  for (const miss of misses) console.log(`  ${miss.id}: want ${miss.want}; got ${JSON.stringify(miss.got)}`)
}
