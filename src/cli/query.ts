/**
 * `papermeta query` and `papermeta stats`: filter, search and count Paper records.
 *
 * @internal
 * @module
 */
import { byMethod, filterPapers, hasCode, searchPapers } from '../query/index.js'
import type { Paper } from '../schema.js'
import { loadPapers } from './data.js'
import { EXIT_INPUT, EXIT_OK, Output, type Io } from './io.js'
import { PAPER_COLUMNS, RowWriter, formatTable, type OutputFormat } from './write.js'

/** Options of `query`. */
export interface QueryCommandOptions {
  data?: string | undefined
  method?: string | undefined
  hasCode?: boolean | undefined
  search?: string | undefined
  limit?: number | undefined
  output: OutputFormat
}

/** Run `query`; resolves to the exit code. */
export async function queryCommand(options: QueryCommandOptions, io: Io): Promise<number> {
  const loaded = await loadPapers(options.data, true, io.stdin)
  for (const problem of loaded.problems) io.stderr.write(`papermeta: error: ${problem}\n`)
  const predicates = []
  if (options.method !== undefined) predicates.push(byMethod(options.method))
  if (options.hasCode) predicates.push(hasCode())
  const filtered = filterPapers(loaded.papers, ...predicates)
  let hits: Array<{ paper: Paper; score?: number }> =
    options.search === undefined ? filtered.map((paper) => ({ paper })) : searchPapers(filtered, options.search)
  if (options.limit !== undefined) hits = hits.slice(0, options.limit)
  const out = new Output(io.stdout)
  if (options.output === 'table') {
    await out.write(hits.length === 0 ? '(no papers)\n' : formatTable(hits, io.stdout.isTTY ? (io.stdout.columns ?? 120) : 200))
  } else {
    const writer = new RowWriter<Paper>(out, options.output, PAPER_COLUMNS)
    for (const { paper } of hits) await writer.write(paper)
    await writer.end()
  }
  await out.close(false)
  if (io.stderr.isTTY === true) io.stderr.write(`papermeta: ${hits.length} of ${loaded.papers.length} papers (${loaded.label})\n`)
  return loaded.problems.length > 0 ? EXIT_INPUT : EXIT_OK
}

/** Counts over a set of papers (the JSON of `stats --output json`). */
export interface PaperStats {
  papers: number
  formats: Record<string, number>
  withMethod: number
  code: Record<'available' | 'promised' | 'none', number>
  links: { total: number; papers: number; byKind: Record<string, number> }
  quantities: { total: number; papers: number; byUnit: Record<string, number> }
  curated: { papers: number; githubRepo: number; agrees: number; disagrees: number; unknown: number }
  years: Record<string, number>
}

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1
}

/** Count what a set of papers holds. */
export function paperStats(papers: readonly Paper[]): PaperStats {
  const stats: PaperStats = {
    papers: papers.length,
    formats: {},
    withMethod: 0,
    code: { available: 0, promised: 0, none: 0 },
    links: { total: 0, papers: 0, byKind: {} },
    quantities: { total: 0, papers: 0, byUnit: {} },
    curated: { papers: 0, githubRepo: 0, agrees: 0, disagrees: 0, unknown: 0 },
    years: {},
  }
  for (const paper of papers) {
    bump(stats.formats, paper.origin.format)
    if (paper.method) stats.withMethod++
    stats.code[paper.code]++
    stats.links.total += paper.links.length
    if (paper.links.length > 0) stats.links.papers++
    for (const link of paper.links) bump(stats.links.byKind, link.kind)
    stats.quantities.total += paper.quantities.length
    if (paper.quantities.length > 0) stats.quantities.papers++
    for (const quantity of paper.quantities) bump(stats.quantities.byUnit, quantity.unit ?? 'none')
    if (paper.curated) {
      stats.curated.papers++
      if (paper.curated.githubRepo) stats.curated.githubRepo++
      if (paper.curated.agrees === true) stats.curated.agrees++
      else if (paper.curated.agrees === false) stats.curated.disagrees++
      else stats.curated.unknown++
    }
    const year = paper.publishedAt && /^\d{4}/.test(paper.publishedAt) ? paper.publishedAt.slice(0, 4) : 'unknown'
    bump(stats.years, year)
  }
  return stats
}

function share(part: number, whole: number): string {
  return whole === 0 ? '' : ` (${((100 * part) / whole).toFixed(1)}%)`
}

function list(counts: Record<string, number>, sortByKey = false): string {
  const entries = Object.entries(counts)
  entries.sort(sortByKey ? (a, b) => (a[0] < b[0] ? -1 : 1) : (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return entries.map(([key, value]) => `${key} ${value}`).join(', ') || '-'
}

/** The stats as aligned text lines. */
export function formatStats(stats: PaperStats, label: string): string {
  const rows: Array<[string, string]> = [
    ['source', label],
    ['papers', String(stats.papers)],
    ['formats', list(stats.formats)],
    ['with a method name', `${stats.withMethod}${share(stats.withMethod, stats.papers)}`],
    ['code', `available ${stats.code.available}, promised ${stats.code.promised}, none ${stats.code.none}`],
    ['links', `${stats.links.total} in ${stats.links.papers} papers: ${list(stats.links.byKind)}`],
    ['quantities', `${stats.quantities.total} in ${stats.quantities.papers} papers; units: ${list(stats.quantities.byUnit)}`],
    [
      'curated claims',
      `${stats.curated.papers} papers, ${stats.curated.githubRepo} with a repository: text agrees ${stats.curated.agrees}, disagrees ${stats.curated.disagrees}, cannot tell ${stats.curated.unknown}`,
    ],
    ['published', list(stats.years, true)],
  ]
  return rows.map(([name, value]) => `${name.padEnd(20)} ${value}`).join('\n') + '\n'
}

/** Run `stats`; resolves to the exit code. */
export async function statsCommand(options: { data?: string | undefined; output: 'text' | 'json' }, io: Io): Promise<number> {
  const loaded = await loadPapers(options.data, true, io.stdin)
  for (const problem of loaded.problems) io.stderr.write(`papermeta: error: ${problem}\n`)
  const stats = paperStats(loaded.papers)
  const out = new Output(io.stdout)
  await out.write(options.output === 'json' ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats, loaded.label))
  await out.close(false)
  return loaded.problems.length > 0 ? EXIT_INPUT : EXIT_OK
}
