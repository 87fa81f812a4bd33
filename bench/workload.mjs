// One benchmark workload, run by bench/run.mjs in a fresh node process:
//   node bench/workload.mjs <pipeline|compromise|growth|extractor NAME> [--quick]
// Prints one JSON object on stdout. Only the public API of the BUILT package is used
// (`papermeta/extract`, i.e. dist/extract.js through the package's self-reference).
import { performance } from 'node:perf_hooks'
import { copiesFor, repeatRecords, seedRecords, toListing, utf8Bytes } from './corpus.mjs'

const [name, arg] = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const quick = process.argv.includes('--quick')
/** Size of the end-to-end corpus: the seed listing repeated to ~10 MB (~2 MB with --quick). */
const TARGET_BYTES = quick ? 2e6 : 10e6

const api = await import('papermeta/extract')
const seed = await seedRecords()

let sink = 0
const keep = (x) => {
  sink = (sink + (typeof x === 'number' ? x : Array.isArray(x) ? x.length : x ? 1 : 0)) | 0
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
const mbps = (bytes, ms) => bytes / 1e6 / (ms / 1000)

/**
 * Time several tasks on the same input in interleaved rounds (so that machine noise hits all of
 * them alike): one cold run each, repetitions calibrated so that a timed pass lasts >= minPassMs,
 * a warm-up pass for tasks whose cold run was short, then rounds until at least `minRounds`
 * rounds and `budgetMs` have passed (at most `maxRounds`). Returns ms per run (median, min, max).
 */
function timeInterleaved(tasks, { minRounds = 3, maxRounds = 7, budgetMs = 20_000, minPassMs = 300 } = {}) {
  const state = tasks.map((t) => {
    const t0 = performance.now()
    keep(t.run())
    const coldMs = performance.now() - t0
    const reps = Math.max(1, Math.ceil(minPassMs / Math.max(coldMs, 0.01)))
    if (coldMs < 1000) for (let i = 0; i < reps; i++) keep(t.run())
    return { name: t.name, coldMs, reps, runs: [] }
  })
  const start = performance.now()
  for (let round = 0; round < maxRounds; round++) {
    if (round >= minRounds && performance.now() - start >= budgetMs) break
    for (const [i, t] of tasks.entries()) {
      const s = state[i]
      const t0 = performance.now()
      for (let r = 0; r < s.reps; r++) keep(t.run())
      s.runs.push((performance.now() - t0) / s.reps)
    }
  }
  return Object.fromEntries(
    state.map((s) => [s.name, { ms: median(s.runs), minMs: Math.min(...s.runs), maxMs: Math.max(...s.runs), coldMs: s.coldMs, reps: s.reps, rounds: s.runs.length }]),
  )
}

const URL_RE = /\bhttps?:\/\/[^\s<>"'()[\]{}]+/g
/** The limit proxy of toolchain.md: split into lines + one URL regex. */
function limitProxy(text) {
  let n = 0
  for (const line of text.split('\n')) {
    URL_RE.lastIndex = 0
    while (URL_RE.exec(line) !== null) n++
  }
  return n
}

function linksAndCode(title, abstract) {
  const links = [...api.extractLinks(title), ...api.extractLinks(abstract)]
  // detectCodeStatus is exported today; extractPaper composes it. Time it when it is there.
  if (typeof api.detectCodeStatus === 'function') keep(api.detectCodeStatus(`${title}\n${abstract}`, links))
  return links.length
}

/** Each stage of parsePapers as a public function over a list of records. */
const STAGES = {
  names: (r) => api.extractNames({ title: r.title, abstract: r.abstract }).length,
  abbreviations: (r) => api.extractAbbreviations(r.title).length + api.extractAbbreviations(r.abstract).length,
  quantities: (r) => api.extractQuantities(r.title).length + api.extractQuantities(r.abstract).length,
  links: (r) => linksAndCode(r.title, r.abstract),
}
const overRecords = (records, f) => () => {
  let n = 0
  for (const r of records) n += f(r)
  return n
}

const workloads = {
  /** parsePapers end to end on ~10 MB, the limit proxy and each stage, in the same process. */
  pipeline() {
    const copies = copiesFor(seed, TARGET_BYTES)
    const entries = repeatRecords(seed, copies)
    const text = toListing(entries)
    const bytes = utf8Bytes(text)
    const parsed = api.parseListing(text)
    const records = parsed.records
    let papers = null
    const times = timeInterleaved(
      [
        { name: 'limitProxy', run: () => limitProxy(text) },
        {
          name: 'parsePapers',
          run: () => {
            const result = api.parsePapers(text).papers
            papers ??= result
            return result.length
          },
        },
        { name: 'parseListing', run: () => api.parseListing(text).records.length },
        ...Object.entries(STAGES).map(([stage, f]) => ({ name: stage, run: overRecords(records, f) })),
        { name: 'extractPaper', run: overRecords(records, (r) => api.extractPaper(r).quantities.length) },
      ],
      { budgetMs: quick ? 5_000 : 30_000, minRounds: quick ? 2 : 3 },
    )
    for (const t of Object.values(times)) t.MBps = mbps(bytes, t.ms)
    const found = {
      records: records.length,
      issues: parsed.issues.length,
      names: papers.reduce((n, p) => n + p.names.length, 0),
      links: papers.reduce((n, p) => n + p.links.length, 0),
      quantities: papers.reduce((n, p) => n + p.quantities.length, 0),
      withCode: papers.filter((p) => p.code === 'available').length,
    }
    return { bytes, copies, entries: entries.length, found, times }
  },

  /** compromise full tagging (`nlp(text)`) on the same records (a sample: it is ~100x slower). */
  async compromise() {
    const t0 = performance.now()
    const { default: nlp } = await import('compromise')
    const importMs = performance.now() - t0
    const sample = quick ? seed.slice(0, 60) : seed
    const texts = sample.map((r) => `${r.title}\n${r.abstract}`)
    const bytes = texts.reduce((n, t) => n + utf8Bytes(t), 0)
    const times = timeInterleaved([{ name: 'compromise', run: () => texts.reduce((n, t) => n + nlp(t).document.length, 0) }], {
      minRounds: quick ? 1 : 2,
      maxRounds: 3,
      budgetMs: 0,
      minPassMs: 0,
    })
    const t = times.compromise
    return { bytes, abstracts: texts.length, importMs, coldMs: t.coldMs, ms: t.ms, MBps: mbps(bytes, t.ms), coldMBps: mbps(bytes, t.coldMs) }
  },

  /** One extractor alone, in its own process, on the records of the ~10 MB corpus. */
  extractor() {
    const f = STAGES[arg]
    if (!f) throw new Error(`unknown extractor ${arg}; one of ${Object.keys(STAGES).join(', ')}`)
    const records = repeatRecords(seed, copiesFor(seed, TARGET_BYTES))
    const bytes = records.reduce((n, r) => n + utf8Bytes(r.title) + utf8Bytes(r.abstract), 0)
    const { run } = timeInterleaved([{ name: 'run', run: overRecords(records, f) }], { budgetMs: quick ? 2_000 : 8_000 })
    return { extractor: arg, bytes, records: records.length, found: overRecords(records, f)(), ...run, MBps: mbps(bytes, run.ms), usPerRecord: (run.ms * 1000) / records.length }
  },

  /** parsePapers at 1x, 2x, 4x, 8x the base size: time should grow linearly. */
  growth() {
    const base = quick ? 1 : copiesFor(seed, 1.25e6)
    const sizes = [1, 2, 4, 8].map((factor) => {
      const text = toListing(repeatRecords(seed, base * factor))
      return { factor, text, bytes: utf8Bytes(text) }
    })
    const times = timeInterleaved(
      sizes.map((s) => ({ name: `${s.factor}x`, run: () => api.parsePapers(s.text).papers.length })),
      { budgetMs: quick ? 3_000 : 15_000, minRounds: 2, minPassMs: 0 },
    )
    const t1 = times['1x'].ms
    return {
      baseCopies: base,
      points: sizes.map((s) => {
        const t = times[`${s.factor}x`]
        return { factor: s.factor, bytes: s.bytes, ms: t.ms, minMs: t.minMs, MBps: mbps(s.bytes, t.ms), perUnitVs1x: t.ms / (s.factor * t1) }
      }),
    }
  },
}

if (!workloads[name]) {
  console.error(`unknown workload ${name}; one of: ${Object.keys(workloads).join(', ')}`)
  process.exit(2)
}
const result = await workloads[name]()
const usage = process.resourceUsage()
console.log(JSON.stringify({ workload: arg ? `${name}:${arg}` : name, quick, ...result, maxRssMB: usage.maxRSS / 1024, sink }))
