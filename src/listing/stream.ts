import { InvalidArgumentError, describeValue } from '../errors.js'
import type { ListingFormat, ListingRecord, ParseIssue } from '../schema.js'
import { ARXIV_OAI } from './arxiv-oai.js'
import { DETECT_HEAD_LENGTH, detectListingFormat } from './detect.js'
import { HF_API } from './hf-api.js'
import { LAYOUT_HEAD_LENGTH, jsonLayout, parseJsonLine, skipJsonSpace, type JsonFormat, type JsonLayout } from './json-entries.js'
import { JSONL } from './jsonl.js'
import { checkFormat, parseAs, type ParseListingOptions } from './parse-listing.js'

/**
 * An item of {@link parseListingStream}: a record or an issue, with the format being read
 * (`format` is an addition to the design's `{ type, record | issue }`; every item carries it).
 */
export type ListingStreamItem =
  | { type: 'record'; record: ListingRecord; format: ListingFormat }
  | { type: 'issue'; issue: ParseIssue; format: ListingFormat }

/** Returned by the {@link parseListingStream} generator when it is done (`for await` drops it). */
export interface ListingStreamSummary {
  /** The format that was read. */
  format: ListingFormat
  /** Whether it was detected from the content. */
  detected: boolean
  /** How many records and issues were yielded. */
  records: number
  issues: number
  /** How many issues had `severity: 'error'` (entries not turned into records). */
  errors: number
}

/** Options of {@link parseListingStream}. */
export interface ParseListingStreamOptions extends ParseListingOptions {
  /**
   * Longest line of JSON Lines kept, in UTF-16 code units (default 64 Mi). A longer line is not
   * held in memory: it becomes a `line_too_long` error and reading goes on at the next line.
   */
  maxLineLength?: number | undefined
  /**
   * Largest input read whole (`hf-text`, `hf-api`, `arxiv-atom`, and a JSON array given as
   * `jsonl`), in UTF-16 code units (default 256 Mi). Beyond it the input is not parsed and one
   * `input_too_large` error is yielded.
   */
  maxBufferedLength?: number | undefined
}

const DEFAULT_MAX_LINE = 64 * 1024 * 1024
const DEFAULT_MAX_BUFFERED = 256 * 1024 * 1024
const LINE_FORMATS: Partial<Record<ListingFormat, JsonFormat>> = { 'arxiv-oai': ARXIV_OAI, jsonl: JSONL, 'hf-api': HF_API }

/** Where `detectListingFormat` starts looking: past blanks, control characters and a BOM (as it does). */
function detectionStart(text: string, from = 0): number {
  let start = from
  while (start < text.length && (text.charCodeAt(start) <= 0x20 || text.charCodeAt(start) === 0xfeff)) start++
  return start
}

/** Decode chunks (strings or UTF-8 bytes) into strings; a BOM at the start is dropped. */
async function* decode(input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  let first = true
  for await (const chunk of input) {
    let text: string
    if (typeof chunk === 'string') {
      text = decoder.decode() + chunk
    } else if (chunk instanceof Uint8Array) {
      text = decoder.decode(chunk, { stream: true })
    } else {
      throw new InvalidArgumentError(`Expected chunks of string or Uint8Array, not ${describeValue(chunk)}`)
    }
    if (first && text !== '') {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      first = false
    }
    if (text !== '') yield text
  }
  const rest = decoder.decode()
  if (rest !== '') yield rest
}

/**
 * Parse a listing from an async iterable of chunks — a Node `Readable` (`fs.createReadStream`,
 * `process.stdin`), a web `ReadableStream`, or any async generator of strings or UTF-8 bytes —
 * yielding records and issues in input order, for inputs larger than memory.
 *
 * JSON Lines (`arxiv-oai`, `jsonl`, and `hf-api` given as JSON Lines — any JSON input that is not
 * one array or one pretty-printed object, decided from its first two lines as `parseListing`
 * does) are read line by line in constant memory: a line is parsed as soon as its line break arrives and nothing is kept after
 * its record is yielded (back-pressure: the next chunk is read only when the consumer asks for
 * more). The other shapes — a copied page (`hf-text`), the HF API JSON array, Atom XML, a JSON
 * array given as `jsonl` — are small by nature and are read whole, then parsed by
 * `parseListing`. Records and issues are the same as `parseListing` on the whole text; the only
 * difference is their interleaving in input order.
 *
 * `format: 'auto'` detects the format from the first 64 KiB (as `parseListing`); every item says
 * which `format` is being read, and the generator's return value is a
 * {@link ListingStreamSummary}.
 *
 * @param input - Chunks of text or UTF-8 bytes (a chunk may end inside a character or a line).
 * @param options - {@link ParseListingStreamOptions}: `format` (default `'auto'`), `file`,
 *   `maxLineLength` (default 64 Mi code units), `maxBufferedLength` (default 256 Mi code units).
 * @returns An async generator of `{ type: 'record', record, format }` and
 *   `{ type: 'issue', issue, format }` items; its return value is the summary.
 * @throws {InvalidArgumentError} When iterated: `input` is not iterable, a chunk is neither a
 *   string nor a Uint8Array (``Expected chunks of string or Uint8Array, not `42` ``), or `format`
 *   is unknown (code `unknown_format`).
 * @example
 * import { createReadStream } from 'node:fs'
 * for await (const item of parseListingStream(createReadStream('arxiv-metadata-oai-snapshot.json'))) {
 *   if (item.type === 'record') console.log(item.record.arxivId, item.record.title)
 *   else console.error(`line ${item.issue.line}: ${item.issue.message}`)
 * }
 * //=> 0704.0001 Calculation of prompt diphoton production cross sections at Tevatron and LHC energies …
 */
export async function* parseListingStream(
  input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: ParseListingStreamOptions = {},
): AsyncGenerator<ListingStreamItem, ListingStreamSummary, undefined> {
  const requested = options.format ?? 'auto'
  checkFormat(requested)
  if (input === null || typeof input !== 'object' || (!(Symbol.asyncIterator in input) && !(Symbol.iterator in input))) {
    const hint = typeof input === 'string' ? '; for a string, use parseListing' : ''
    throw new InvalidArgumentError(`Expected an async iterable of chunks (a stream), not ${describeValue(input)}${hint}`)
  }
  const maxLine = options.maxLineLength ?? DEFAULT_MAX_LINE
  const maxBuffered = options.maxBufferedLength ?? DEFAULT_MAX_BUFFERED
  const file = options.file
  const chunks = decode(input)

  // Buffer the head: with `format: 'auto'`, 64 KiB to detect the format; for a JSON format, just
  // enough to see whether the JSON comes as lines, an array or one object (`jsonLayout`: the first
  // line and the first character of the next one, at most 64 KiB past leading blanks).
  let headText = ''
  let done = false
  const read = async (): Promise<string | null> => {
    const next = await chunks.next()
    if (next.done) {
      done = true
      return null
    }
    headText += next.value
    return next.value
  }
  if (requested === 'auto') {
    let start = 0
    for (;;) {
      start = detectionStart(headText, start)
      if (done || headText.length - start >= DETECT_HEAD_LENGTH) break
      await read()
    }
  }
  const detected = requested === 'auto'
  const format: ListingFormat = detected ? detectListingFormat(headText).format : requested
  const lineSpec = LINE_FORMATS[format]
  let layout: JsonLayout | null = null
  if (lineSpec !== undefined) {
    let from = skipJsonSpace(headText)
    let newline = headText.indexOf('\n', from) !== -1
    let fresh = true // new non-blank text since the last look
    for (;;) {
      const full = headText.length - from >= LAYOUT_HEAD_LENGTH
      // Without a line break in the head nothing can be decided before the window is full; after
      // it, only a non-blank character can decide.
      if (done || full || (newline && fresh)) {
        const window = headText.slice(from, from + LAYOUT_HEAD_LENGTH)
        layout = from === headText.length ? (done ? 'lines' : null) : jsonLayout(window, done && headText.length <= from + LAYOUT_HEAD_LENGTH)
        if (layout !== null || done) break
      }
      const chunk = await read()
      if (chunk === null) continue
      from = skipJsonSpace(headText, from)
      fresh = skipJsonSpace(chunk) < chunk.length
      if (!newline && chunk.includes('\n') && headText.indexOf('\n', from) !== -1) newline = true
    }
  }
  const summary: ListingStreamSummary = { format, detected, records: 0, issues: 0, errors: 0 }
  const record = (value: ListingRecord): ListingStreamItem => {
    summary.records++
    return { type: 'record', record: value, format }
  }
  const issue = (value: ParseIssue): ListingStreamItem => {
    summary.issues++
    if (value.severity === 'error') summary.errors++
    return { type: 'issue', issue: value, format }
  }

  // JSON formats stream when they come as JSON Lines; an array or one pretty-printed object is read whole.
  const byLine = layout === 'lines'
  if (!byLine || lineSpec === undefined) {
    // Read whole, then parse as parseListing does, interleaving records and issues by line.
    const parts = [headText]
    let length = headText.length
    let tooLarge = length > maxBuffered
    if (!done && !tooLarge) {
      for await (const chunk of chunks) {
        length += chunk.length
        if (length > maxBuffered) {
          tooLarge = true
          parts.length = 0
          break
        }
        parts.push(chunk)
      }
    }
    if (tooLarge) {
      yield issue({
        code: 'input_too_large',
        message: `Expected at most ${maxBuffered} characters for a ${format} listing (it is read whole), found more; nothing was read. JSON Lines formats stream without this limit`,
        line: null,
        column: null,
        severity: 'error',
      })
      return summary
    }
    const result = parseAs(parts.join(''), format, file)
    // Issues without a line come last; the sort is stable.
    const issues = [...result.issues].sort((a, b) => (a.line ?? Number.POSITIVE_INFINITY) - (b.line ?? Number.POSITIVE_INFINITY))
    let i = 0
    for (const item of result.records) {
      const line = item.origin.line ?? 0
      while (i < issues.length && (issues[i]?.line ?? Number.POSITIVE_INFINITY) < line) yield issue(issues[i++] as ParseIssue)
      yield record(item)
    }
    while (i < issues.length) yield issue(issues[i++] as ParseIssue)
    return summary
  }

  // JSON Lines: line by line, constant memory.
  let pending = ''
  let lineNo = 1
  let overflow = false // inside a line longer than maxLine: dropping it until its line break
  const finishLine = function* (line: string, last: boolean): Generator<ListingStreamItem> {
    const result = parseJsonLine(line.endsWith('\r') ? line.slice(0, -1) : line, lineNo, lineSpec, file, last)
    if (result === null) return
    if (result.record) yield record(result.record)
    for (const found of result.issues) yield issue(found)
  }
  const tooLong = (): ListingStreamItem =>
    issue({
      code: 'line_too_long',
      message: `Expected lines of at most ${maxLine} characters, found a longer one; the line was skipped`,
      line: lineNo,
      column: 1,
      severity: 'error',
    })
  const consume = function* (text: string): Generator<ListingStreamItem> {
    let from = 0
    for (;;) {
      const newline = text.indexOf('\n', from)
      if (newline === -1) break
      if (overflow) {
        yield tooLong()
        overflow = false
      } else {
        const piece = text.slice(from, newline)
        const line = pending === '' ? piece : pending + piece
        pending = ''
        yield* finishLine(line, false)
      }
      lineNo++
      from = newline + 1
    }
    if (from < text.length && !overflow) {
      pending = pending === '' ? text.slice(from) : pending + text.slice(from)
      if (pending.length > maxLine) {
        pending = ''
        overflow = true
      }
    }
  }
  yield* consume(headText)
  if (!done) for await (const text of chunks) yield* consume(text)
  if (overflow) yield tooLong()
  else if (pending !== '') yield* finishLine(pending, true)
  return summary
}

