/**
 * Writers for the CLI's output formats: `json` (one JSON array, one record per line), `jsonl`
 * (one record per line), `csv` (RFC 4180, a header row, one row per record), `table` (aligned
 * columns for reading; `query` only).
 *
 * @internal
 * @module
 */
import type { ListingRecord, Paper } from '../schema.js'
import type { Output } from './io.js'

/** The output formats of `parse` and `query`. */
export const OUTPUT_FORMATS = ['json', 'jsonl', 'csv'] as const
export type OutputFormat = (typeof OUTPUT_FORMATS)[number] | 'table'

/** A CSV column: its header and how to get the cell from a row. */
type Column<T> = [header: string, cell: (row: T) => string | number | boolean | null]

const originColumns = <T extends { origin: ListingRecord['origin'] }>(): Array<Column<T>> => [
  ['format', (row) => row.origin.format],
  ['file', (row) => row.origin.file ?? null],
  ['line', (row) => row.origin.line],
]

/** Columns of a Paper in CSV: lists are joined with ` | `, the abstract comes last. */
export const PAPER_COLUMNS: Array<Column<Paper>> = [
  ['id', (p) => p.id],
  ['title', (p) => p.title],
  ['method', (p) => p.method?.name ?? null],
  ['code', (p) => p.code],
  ['links', (p) => p.links.map((link) => link.url).join(' | ')],
  ['github', (p) => p.links.flatMap((link) => (link.github?.repo ? [`${link.github.owner}/${link.github.repo}`] : [])).join(' | ')],
  ['quantities', (p) => p.quantities.map((q) => q.text).join(' | ')],
  ['arxivId', (p) => p.arxivId],
  ['authors', (p) => p.authors.join(' | ')],
  ['publishedAt', (p) => p.publishedAt],
  ['upvotes', (p) => p.upvotes],
  ['curatedGithubRepo', (p) => p.curated?.githubRepo ?? null],
  ['curatedProjectPage', (p) => p.curated?.projectPage ?? null],
  ['curatedAgrees', (p) => p.curated?.agrees ?? null],
  ...originColumns<Paper>(),
  ['abstract', (p) => p.abstract],
]

/** Columns of a ListingRecord in CSV (`parse --records`). */
export const RECORD_COLUMNS: Array<Column<ListingRecord>> = [
  ['title', (r) => r.title],
  ['arxivId', (r) => r.arxivId],
  ['authors', (r) => r.authors.join(' | ')],
  ['publishedAt', (r) => r.publishedAt],
  ['upvotes', (r) => r.upvotes],
  ['curatedGithubRepo', (r) => r.curated?.githubRepo ?? null],
  ['curatedProjectPage', (r) => r.curated?.projectPage ?? null],
  ...originColumns<ListingRecord>(),
  ['abstract', (r) => r.abstract],
]

/** One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; null → empty. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Streams rows to an {@link Output} in one format. */
export class RowWriter<T> {
  private count = 0

  constructor(
    private readonly out: Output,
    private readonly format: OutputFormat,
    private readonly columns: Array<Column<T>>,
  ) {}

  /** How many rows were written. */
  get written(): number {
    return this.count
  }

  async write(row: T): Promise<void> {
    const first = this.count === 0
    this.count++
    switch (this.format) {
      case 'json':
        await this.out.write(`${first ? '[\n' : ',\n'}${JSON.stringify(row)}`)
        return
      case 'jsonl':
        await this.out.write(`${JSON.stringify(row)}\n`)
        return
      case 'csv':
        if (first) await this.out.write(`${this.columns.map(([header]) => header).join(',')}\r\n`)
        await this.out.write(`${this.columns.map(([, cell]) => csvCell(cell(row))).join(',')}\r\n`)
        return
      case 'table':
        throw new Error('RowWriter does not write tables; use formatTable')
    }
  }

  /** Close the JSON array (or write `[]`, or the CSV header alone, when there were no rows). */
  async end(): Promise<void> {
    if (this.format === 'json') await this.out.write(this.count === 0 ? '[]\n' : '\n]\n')
    if (this.format === 'csv' && this.count === 0) await this.out.write(`${this.columns.map(([header]) => header).join(',')}\r\n`)
  }
}

/** Papers as an aligned text table: id, code, method, title (cut to fit `width`). */
export function formatTable(papers: ReadonlyArray<{ paper: Paper; score?: number }>, width = 120): string {
  const rows = papers.map(({ paper, score }) => [
    paper.id,
    paper.code,
    paper.method?.name ?? '-',
    ...(score === undefined ? [] : [score.toFixed(2)]),
    paper.title,
  ])
  const header = ['id', 'code', 'method', ...(papers.some((p) => p.score !== undefined) ? ['score'] : []), 'title']
  const all = [header, ...rows]
  const widths = header.map((_, i) => Math.min(40, Math.max(...all.map((row) => (row[i] ?? '').length))))
  return `${all
    .map((row) => {
      const line = row.map((cell, i) => (i === row.length - 1 ? cell : cell.slice(0, widths[i]).padEnd(widths[i] ?? 0))).join('  ')
      return line.length > width ? `${line.slice(0, width - 1)}…` : line
    })
    .join('\n')}\n`
}
