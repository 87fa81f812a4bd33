/**
 * `papermeta parse [FILE...|-]`: listings in, Paper records out — streamed, so a JSON Lines file
 * larger than memory goes through in constant memory (up to the set of ids kept to make them
 * unique).
 *
 * @internal
 * @module
 */
import { createReadStream, createWriteStream, fstatSync, openSync, statSync } from 'node:fs'
import { extractPaper } from '../extract/paper.js'
import { parseListingStream, type ListingStreamSummary } from '../listing/stream.js'
import type { ListingFormat, ListingRecord, Paper, ParseIssue } from '../schema.js'
import { EXIT_INPUT, EXIT_OK, Output, UsageError, formatIssue, type Io } from './io.js'
import { Progress } from './progress.js'
import { PAPER_COLUMNS, RECORD_COLUMNS, RowWriter, type OutputFormat } from './write.js'

/** Options of the parse command (as commander hands them over). */
export interface ParseCommandOptions {
  format: ListingFormat | 'auto'
  output: Exclude<OutputFormat, 'table'>
  out?: string | undefined
  records?: boolean | undefined
  progress: boolean
  maxIssues: number
}

interface Source {
  /** Name in messages and `origin.file` (undefined for stdin in `origin`). */
  label: string
  path: string | null
  size: number | null
}

/** Prints issues on stderr, at most `max` (0 = all); held back while the bar is on screen. */
class IssuePrinter {
  private shown = 0
  private hidden = 0
  private held: string[] = []
  errors = 0
  warnings = 0

  constructor(
    private readonly io: Io,
    private readonly max: number,
  ) {}

  add(file: string, issue: ParseIssue, holding: boolean): void {
    if (issue.severity === 'error') this.errors++
    else this.warnings++
    if (this.max !== 0 && this.shown >= this.max) {
      this.hidden++
      return
    }
    this.shown++
    const line = formatIssue(file, issue)
    if (holding) this.held.push(line)
    else this.io.stderr.write(line)
  }

  /** A problem that is not a ParseIssue (a file that cannot be read). */
  fail(message: string, holding: boolean): void {
    this.errors++
    const line = `papermeta: error: ${message}\n`
    if (holding) this.held.push(line)
    else this.io.stderr.write(line)
  }

  flush(): void {
    for (const line of this.held) this.io.stderr.write(line)
    this.held = []
    if (this.hidden > 0) this.io.stderr.write(`papermeta: ${this.hidden} more issue(s) not shown (--max-issues 0 shows all)\n`)
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Run `parse`; resolves to the exit code. */
export async function parseCommand(files: string[], options: ParseCommandOptions, io: Io): Promise<number> {
  const names = files.length === 0 ? ['-'] : files
  if (files.length === 0 && io.stdin.isTTY === true) {
    throw new UsageError('Expected FILE arguments or a listing on stdin (see `papermeta parse --help`)')
  }
  const printer = new IssuePrinter(io, options.maxIssues)

  // Sizes first: the bar needs the total, and a missing file is reported before any output.
  const sources: Source[] = []
  for (const name of names) {
    if (name === '-') {
      let size: number | null = null
      try {
        const stat = fstatSync(typeof io.stdin.fd === 'number' ? io.stdin.fd : 0)
        if (stat.isFile()) size = stat.size
      } catch {
        size = null
      }
      sources.push({ label: '<stdin>', path: null, size })
      continue
    }
    try {
      const stat = statSync(name)
      if (stat.isDirectory()) throw new Error('is a directory')
      sources.push({ label: name, path: name, size: stat.size })
    } catch (error) {
      printer.fail(`cannot read ${name}: ${describeError(error).replace(/^[A-Z]+: /, '')}`, false)
    }
  }

  let target: NodeJS.WritableStream = io.stdout
  if (options.out !== undefined) {
    try {
      const fd = openSync(options.out, 'w')
      target = createWriteStream('', { fd })
    } catch (error) {
      throw new UsageError(`cannot write ${options.out}: ${describeError(error).replace(/^[A-Z]+: /, '')}`)
    }
  }
  const out = new Output(target)
  const papers = new RowWriter<Paper>(out, options.output, PAPER_COLUMNS)
  const records = new RowWriter<ListingRecord>(out, options.output, RECORD_COLUMNS)
  const total = sources.every((source) => source.size !== null) ? sources.reduce((sum, source) => sum + (source.size ?? 0), 0) : null
  const progress = new Progress(io.stderr, total, options.progress)
  const ids = new Map<string, number>()
  const summaries: Array<{ label: string; summary: ListingStreamSummary }> = []

  for (const source of sources) {
    if (out.isClosed) break
    progress.setFile(source.label)
    const stream = source.path === null ? io.stdin : createReadStream(source.path)
    const counted = (async function* () {
      for await (const chunk of stream as AsyncIterable<string | Uint8Array>) {
        progress.addBytes(typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length)
        yield chunk
      }
    })()
    const items = parseListingStream(counted, { format: options.format, file: source.path ?? undefined })
    try {
      for (;;) {
        const next = await items.next()
        if (next.done) {
          summaries.push({ label: source.label, summary: next.value })
          break
        }
        const item = next.value
        if (item.type === 'issue') {
          progress.count('issue')
          printer.add(source.label, item.issue, progress.active)
          continue
        }
        progress.count('record')
        if (options.records) {
          await records.write(item.record)
          continue
        }
        let paper: Paper
        try {
          paper = extractPaper(item.record)
        } catch (error) {
          printer.fail(`${source.label}:${item.record.origin.line ?? '-'}: extraction failed: ${describeError(error)}`, progress.active)
          continue
        }
        const count = (ids.get(paper.id) ?? 0) + 1
        ids.set(paper.id, count)
        if (count > 1) paper.id = `${paper.id}-${count}`
        await papers.write(paper)
        if (out.isClosed) break
      }
    } catch (error) {
      printer.fail(`cannot read ${source.label}: ${describeError(error).replace(/^[A-Z]+: /, '')}`, progress.active)
    } finally {
      if (out.isClosed) await items.return(undefined as never)
    }
  }
  await (options.records ? records : papers).end()
  await out.close(options.out !== undefined)
  progress.stop()
  printer.flush()
  if (out.error) printer.fail(`cannot write ${options.out ?? 'stdout'}: ${out.error.message}`, false)

  if (io.stderr.isTTY === true) {
    const written = options.records ? records.written : papers.written
    const formats = summaries.map(({ label, summary }) => `${label} as ${summary.format}${summary.detected ? ' (detected)' : ''}`).join(', ')
    io.stderr.write(
      `papermeta: ${written} ${options.records ? 'record' : 'paper'}(s)${options.out ? ` → ${options.out}` : ''}; read ${formats || 'nothing'}; ${printer.errors} error(s), ${printer.warnings} warning(s)\n`,
    )
  }
  return printer.errors > 0 ? EXIT_INPUT : EXIT_OK
}
