#!/usr/bin/env node
// `npm run bench`: speed of the built package, measured here, in one command.
//   node bench/run.mjs [--quick] [--only pipeline,compromise,extractors,growth,cold,stream,query]
//                      [--rounds N] [--out FILE] [--check]
//   node bench/run.mjs --from bench/results.json      (print the report of an earlier run)
// Builds dist/ when it is stale, runs every workload in a fresh node process (bench/workload.mjs),
// prints one markdown report and writes bench/results.json. Ratios (parsePapers against the
// limit proxy and against compromise tagging) come from figures measured in this same run.
// --quick: ~2 MB instead of ~10 MB, fewer rounds. --check: exit 1 when an acceptance line fails.
// Optional workloads written elsewhere are folded in when their file exists: bench/stream-memory.mjs
// (1 GB JSON Lines through parseListingStream) and bench/query.mjs (query helpers); each must print
// one JSON object on stdout (see README, "Evaluation and benchmark").
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join, relative } from 'node:path'
import { performance } from 'node:perf_hooks'
import { ensureBuilt, root } from '../scripts/ensure-built.mjs'

const args = process.argv.slice(2)
const flag = (k) => args.includes(k)
const option = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d)
const quick = flag('--quick')
const ALL = ['pipeline', 'compromise', 'extractors', 'growth', 'cold', 'stream', 'query']
const only = option('--only', ALL.join(',')).split(',')
const out = option('--out', join(root, 'bench/results.json'))
const coldRounds = Number(option('--rounds', quick ? 5 : 11))
const EXTRACTORS = ['names', 'abbreviations', 'quantities', 'links']

const log = (msg) => process.stderr.write(`bench: ${msg}\n`)
const started = performance.now()

// --from FILE: print the report of an earlier run (its results.json) and stop.
if (args.includes('--from')) {
  console.log(report(JSON.parse(readFileSync(option('--from'), 'utf8'))))
  process.exit(0)
}

ensureBuilt()

/** Run a node script in a fresh process; its stdout (one JSON object, or its last one-line object) is the result. */
function child(script, scriptArgs, { timeoutMs = 15 * 60_000 } = {}) {
  const t0 = performance.now()
  const r = spawnSync(process.execPath, [script, ...scriptArgs, ...(quick ? ['--quick'] : [])], {
    cwd: root,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  })
  const wallMs = performance.now() - t0
  const label = `${relative(root, script)} ${scriptArgs.join(' ')}`.trim()
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n').slice(-3).join(' | ')}`
    log(`${label} failed (${why})`)
    return { error: why, wallMs }
  }
  const line = r.stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.trim().startsWith('{') && l.trim().endsWith('}'))
  try {
    // One JSON object: the whole stdout (pretty-printed), else its last one-line object.
    let result
    try {
      result = JSON.parse(r.stdout)
    } catch {
      result = JSON.parse(line ?? '')
    }
    log(`${label}: ${(wallMs / 1000).toFixed(1)} s`)
    return { ...result, wallMs }
  } catch {
    log(`${label} printed no JSON object`)
    return { error: 'no JSON object on stdout', wallMs }
  }
}

const workload = (...a) => child(join(root, 'bench/workload.mjs'), a)

const results = {
  date: new Date().toISOString(),
  quick,
  machine: { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', loadavgBefore: os.loadavg() },
}

if (only.includes('pipeline')) results.pipeline = workload('pipeline')
if (only.includes('compromise')) results.compromise = workload('compromise')
if (only.includes('extractors')) results.extractors = Object.fromEntries(EXTRACTORS.map((e) => [e, workload('extractor', e)]))
if (only.includes('growth')) results.growth = workload('growth')
if (only.includes('cold')) results.coldImport = coldImport(coldRounds)
for (const [key, file] of [
  ['stream', 'bench/stream-memory.mjs'],
  ['query', 'bench/query.mjs'],
]) {
  if (!only.includes(key)) continue
  const path = join(root, file)
  results[key] = existsSync(path) ? child(path, [], { timeoutMs: 40 * 60_000 }) : { unavailable: `${file} not present` }
}
results.machine.loadavgAfter = os.loadavg()
results.totalSeconds = (performance.now() - started) / 1000
results.acceptance = acceptance(results)

mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`)
console.log(report(results))
log(`wrote ${relative(root, out)} (${results.totalSeconds.toFixed(0)} s)`)
const crashed = ['pipeline', 'compromise', 'growth'].some((k) => results[k]?.error) || Object.values(results.extractors ?? {}).some((e) => e.error)
if (crashed || (flag('--check') && results.acceptance.some((a) => a.pass === false))) process.exitCode = 1

/** Cold start of each entry point: fresh `node` processes, round-robin, median minus `node -e 0`. */
function coldImport(rounds) {
  const commands = [
    ['node -e 0 (baseline)', ['-e', '0']],
    ...['papermeta', 'papermeta/extract', 'papermeta/data', 'papermeta/schema'].flatMap((entry) => [
      [`import('${entry}') ESM`, ['--input-type=module', '-e', `await import('${entry}')`]],
      [`require('${entry}') CJS`, ['-e', `require('${entry}')`]],
    ]),
  ]
  const samples = commands.map(() => [])
  for (let round = -1; round < rounds; round++) {
    for (const [i, [, argv]] of commands.entries()) {
      const t0 = performance.now()
      const r = spawnSync(process.execPath, argv, { cwd: root, stdio: 'ignore' })
      const ms = performance.now() - t0
      if (r.status !== 0) samples[i].failed = true
      if (round >= 0) samples[i].push(ms) // round -1 warms the file cache
    }
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b)
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
  }
  const base = median(samples[0])
  log(`cold imports: ${rounds} rounds`)
  return {
    rounds,
    entries: commands.map(([name], i) => ({
      name,
      failed: samples[i].failed === true,
      medianMs: median(samples[i]),
      minMs: Math.min(...samples[i]),
      maxMs: Math.max(...samples[i]),
      overBaselineMs: median(samples[i]) - base,
    })),
  }
}

/** Leaves of a JSON object as [dotted.key, value] (numbers, strings, booleans). */
function leaves(obj, prefix = '') {
  return Object.entries(obj ?? {}).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return leaves(v, key)
    return Array.isArray(v) ? [[key, JSON.stringify(v)]] : [[key, v]]
  })
}
function findLeaf(obj, re) {
  return leaves(obj).find(([k, v]) => re.test(k) && typeof v === 'number')?.[1]
}

function acceptance(r) {
  const p = r.pipeline?.times
  const e2e = p?.parsePapers?.MBps
  const lines = []
  const add = (what, value, target, pass) => lines.push({ what, value, target, pass: value === undefined ? null : pass })
  add('parsePapers end to end, MB/s', e2e, '>= 2', e2e >= 2)
  const vsCompromise = e2e && r.compromise?.MBps ? e2e / r.compromise.MBps : undefined
  add('parsePapers / compromise full tagging', vsCompromise, '>= 20x', vsCompromise >= 20)
  const limitShare = e2e && p?.limitProxy ? e2e / p.limitProxy.MBps : undefined
  add('parsePapers / limit proxy (goal)', limitShare, '>= 1/100', limitShare >= 0.01)
  const last = r.growth?.points?.at(-1)
  add('growth: time per unit at 8x vs 1x', last?.perUnitVs1x, '<= 1.5 (linear)', last?.perUnitVs1x <= 1.5)
  const peak = findLeaf(r.stream, /peak.*rss|rss.*peak|maxrss/i)
  add('streaming 1 GB JSON Lines: peak RSS, MB', peak, '<= 150', peak <= 150)
  return lines
}

function report(r) {
  const f = (x, digits = 3) =>
    x === undefined || x === null || Number.isNaN(x) ? '–' : typeof x !== 'number' ? String(x) : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toPrecision(digits)
  const pct = (x) => (x === undefined ? '–' : `${(x * 100).toFixed(1)} %`)
  const fail = (w) => `failed: ${w.error}`
  const lines = []
  const m = r.machine
  lines.push(`## papermeta benchmark${r.quick ? ' (--quick)' : ''}`)
  lines.push('')
  lines.push(`node ${m.node}, ${m.cpus}x ${m.cpu}, load average ${m.loadavgBefore.map((x) => x.toFixed(2)).join(' ')} before, ${m.loadavgAfter.map((x) => x.toFixed(2)).join(' ')} after; ${r.totalSeconds.toFixed(0)} s in all`)
  const load = Math.max(m.loadavgBefore[0] ?? 0, m.loadavgAfter[0] ?? 0)
  if (load > m.cpus) lines.push('', `**Warning: the machine was busy (load ${load.toFixed(1)} on ${m.cpus} CPUs): absolute figures are inflated and noisy; compare ratios, or re-run on an idle machine.**`)

  const p = r.pipeline
  if (p) {
    lines.push('', '### parsePapers end to end, per stage (one process, interleaved rounds, medians)', '')
    if (p.error) lines.push(fail(p))
    else {
      const t = p.times
      const total = t.parsePapers.ms
      lines.push(
        `Corpus: the seed listing (${p.entries / p.copies} papers) written as title/abstract lines and repeated ${p.copies}× with distinct abstracts: ${f(p.bytes / 1e6)} MB, ${p.entries} entries; parseListing found ${p.found.records} records and ${p.found.issues} issues; parsePapers found ${p.found.names} names, ${p.found.links} links (${p.found.withCode} papers with code), ${p.found.quantities} quantities.`,
        '',
        '| stage (public function over the same corpus) | ms | MB/s (best round) | share of parsePapers |',
        '|---|---|---|---|',
      )
      const best = (x) => f(p.bytes / 1e6 / (x.minMs / 1000))
      const row = (name, x) => lines.push(`| ${name} | ${f(x.ms)} | ${f(x.MBps)} (${best(x)}) | ${pct(x.ms / total)} |`)
      row('parse: `parseListing`', t.parseListing)
      row('names: `extractNames` per record', t.names)
      row('abbreviations: `extractAbbreviations` (title, abstract)', t.abbreviations)
      row('quantities: `extractQuantities` (title, abstract)', t.quantities)
      row('links + code status: `extractLinks` (+ `detectCodeStatus`)', t.links)
      row('`extractPaper` per record (all extractors + assembly)', t.extractPaper)
      const rest = total - t.parseListing.ms - t.extractPaper.ms
      const restText = rest > 0 ? `${f(rest)} | | ${pct(rest / total)}` : `≈ 0 (within noise: ${f(rest)}) | | –`
      lines.push(`| rest of parsePapers (ids, copies; = total − parse − extractPaper) | ${restText} |`)
      lines.push(`| **parsePapers end to end** | **${f(total)}** | **${f(t.parsePapers.MBps)}** (${best(t.parsePapers)}) | 100 % |`)
      lines.push(`| limit proxy: split lines + one URL regex | ${f(t.limitProxy.ms)} | ${f(t.limitProxy.MBps)} (${best(t.limitProxy)}) | ${pct(t.limitProxy.ms / total)} |`)
      lines.push('', `Abbreviations are timed on their own; extractPaper may or may not call them (inside names). Peak RSS of this process: ${f(p.maxRssMB)} MB.`)
    }
  }

  const c = r.compromise
  lines.push('', '### Ratios (same run)', '')
  if (p && !p.error) {
    const e2e = p.times.parsePapers.MBps
    lines.push('| comparison | MB/s | parsePapers is |', '|---|---|---|')
    lines.push(`| limit proxy (split lines + URL regex) | ${f(p.times.limitProxy.MBps)} | 1/${f(p.times.limitProxy.MBps / e2e)} of it |`)
    if (c && !c.error) lines.push(`| compromise full tagging \`nlp(title + abstract)\`, ${c.abstracts} papers, warm (cold: ${f(c.coldMBps)} MB/s, import ${f(c.importMs)} ms) | ${f(c.MBps)} | ${f(e2e / c.MBps)}× faster |`)
    else lines.push(`| compromise full tagging | ${c ? fail(c) : 'not run'} | |`)
  } else lines.push('not available (pipeline not run)')

  const ex = r.extractors
  if (ex) {
    lines.push('', '### Each extractor alone (own process, records of the same corpus)', '')
    lines.push('| extractor | MB/s | µs per record | items found | peak RSS MB |', '|---|---|---|---|---|')
    for (const [name, x] of Object.entries(ex)) {
      lines.push(x.error ? `| ${name} | ${fail(x)} | | | |` : `| ${name} | ${f(x.MBps)} | ${f(x.usPerRecord)} | ${x.found} | ${f(x.maxRssMB)} |`)
    }
  }

  const g = r.growth
  if (g) {
    lines.push('', '### Growth: parsePapers at 1×, 2×, 4×, 8× (should be linear)', '')
    if (g.error) lines.push(fail(g))
    else {
      lines.push('| input | MB | ms | MB/s | time per unit vs 1× |', '|---|---|---|---|---|')
      for (const x of g.points) lines.push(`| ${x.factor}× | ${f(x.bytes / 1e6)} | ${f(x.ms)} | ${f(x.MBps)} | ${f(x.perUnitVs1x)} |`)
    }
  }

  const ci = r.coldImport
  if (ci) {
    lines.push('', `### Cold import (fresh node process each, ${ci.rounds} rounds round-robin, medians)`, '')
    lines.push('| command | median ms | min–max ms | over `node -e 0` ms |', '|---|---|---|---|')
    for (const x of ci.entries) lines.push(`| ${x.failed ? '(FAILED) ' : ''}${x.name} | ${f(x.medianMs)} | ${f(x.minMs)}–${f(x.maxMs)} | ${f(x.overBaselineMs)} |`)
  }

  for (const [key, title] of [
    ['stream', 'Streaming 1 GB JSON Lines (bench/stream-memory.mjs)'],
    ['query', 'Query helpers (bench/query.mjs)'],
  ]) {
    const x = r[key]
    if (!x) continue
    lines.push('', `### ${title}`, '')
    if (x.unavailable) lines.push(`not available: ${x.unavailable}`)
    else if (x.error) lines.push(fail(x))
    else {
      lines.push('| figure | value |', '|---|---|')
      for (const [k, v] of leaves(x)) if (k !== 'wallMs') lines.push(`| ${k} | ${f(v)} |`)
    }
  }

  lines.push('', '### Acceptance', '', '| check | measured | target | |', '|---|---|---|---|')
  for (const a of r.acceptance) lines.push(`| ${a.what} | ${f(a.value)} | ${a.target} | ${a.pass === null ? 'not measured' : a.pass ? 'pass' : '**FAIL**'} |`)
  return lines.join('\n')
}
