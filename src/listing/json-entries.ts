/**
 * The engine shared by the JSON listing formats (`hf-api`, `arxiv-oai`, `jsonl`): a JSON array,
 * JSON Lines, or one JSON object, each entry parsed on its own and mapped to a record by a
 * format's {@link EntryMapper}.
 *
 * @internal
 * @module
 */
import type { ListingFormat, ListingRecord, ParseIssue } from '../schema.js'
import {
  EntryReader,
  LineLocator,
  describeJson,
  describeJsonFailure,
  isObject,
  malformedJsonIssue,
  snippet,
  type EntryResult,
  type Position,
} from './common.js'
import { scanJsonArray } from './json-array.js'

/**
 * How far into a JSON listing {@link jsonLayout} looks (the same 64 KiB head `format: 'auto'`
 * detects from), so that `parseListing` and `parseListingStream` decide alike.
 */
export const LAYOUT_HEAD_LENGTH = 65_536

/**
 * Whether `code` is JSON whitespace (RFC 8259: space, tab, line feed, carriage return) or a byte
 * order mark. NUL and the other control characters are content, not blanks: a line of them is an
 * unreadable entry, not an empty one.
 */
export function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0xfeff
}

/** Index of the first character at or after `from` that is not {@link isJsonSpace}. */
export function skipJsonSpace(text: string, from = 0): number {
  let i = from
  while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++
  return i
}

/** Characters a JSON value can start with: `{ [ " -`, digits, and `t f n` (true, false, null). */
function startsJsonValue(code: number): boolean {
  return code === 0x7b || code === 0x5b || code === 0x22 || code === 0x2d || (code >= 0x30 && code <= 0x39) || code === 0x74 || code === 0x66 || code === 0x6e
}

/** `text` shortened for a message, control characters written as `\u0000` (binary junk stays readable). */
function printableSnippet(text: string, max = 20): string {
  const short = snippet(text, max)
  let out = ''
  for (let i = 0; i < short.length; i++) {
    const code = short.charCodeAt(i)
    out += code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : short.charAt(i)
  }
  return out
}

/** Maps one parsed JSON entry to record fields, reporting problems on `reader`; null = skipped. */
export type EntryMapper = (value: Record<string, unknown>, reader: EntryReader) => Omit<ListingRecord, 'origin'> | null

/** A JSON format: its name and its entry mapper. */
export interface JsonFormat {
  format: ListingFormat
  map: EntryMapper
  /** How one entry is called in messages ("paper", "record"). */
  entry: string
}

/** Records and issues of a listing, in input order. */
export interface ListingParts {
  records: ListingRecord[]
  issues: ParseIssue[]
}

/**
 * Parse one line of JSON Lines. Blank lines are not entries (null).
 *
 * @param line - The line without its line break (a trailing `\r` is fine).
 * @param lineNo - Its 1-based line number.
 * @param last - Whether it is the last line and the input did not end with a line break (a JSON
 *   error at its end then means the input was cut: `truncated_input`).
 */
export function parseJsonLine(
  line: string,
  lineNo: number,
  spec: JsonFormat,
  file: string | undefined,
  last = false,
): EntryResult | null {
  const first = skipJsonSpace(line)
  if (first === line.length) return null
  if (!startsJsonValue(line.charCodeAt(first))) {
    // Prose, binary junk, NUL bytes, U+FFFD from invalid UTF-8: no JSON value starts here.
    const issue: ParseIssue = {
      code: 'unexpected_content',
      message: `Expected a JSON object for each ${spec.entry} (one per line), found \`${printableSnippet(line.slice(first))}\`; the line was skipped`,
      line: lineNo,
      column: first + 1,
      severity: 'error',
    }
    return { record: null, issues: [issue] }
  }
  // JSON.parse takes whitespace before a value, not a byte order mark.
  const bom = line.charCodeAt(0) === 0xfeff ? 1 : 0
  const body = bom === 0 ? line : line.slice(bom)
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    const failure = describeJsonFailure(error, body)
    const truncated = last && failure.atEnd
    const column = failure.offset === null ? first + 1 : failure.offset + bom + 1
    return { record: null, issues: [malformedJsonIssue(failure, body, { line: lineNo, column }, truncated, 'the line')] }
  }
  const start: Position = { line: lineNo, column: first + 1 }
  return mapEntry(value, spec, file, start, line, (index) => ({ line: lineNo, column: index + 1 }))
}

function mapEntry(
  value: unknown,
  spec: JsonFormat,
  file: string | undefined,
  start: Position,
  source: string,
  locate: (index: number) => Position,
): EntryResult {
  const reader = new EntryReader({ format: spec.format, file, start, source, locate })
  if (!isObject(value)) {
    reader.report('wrong_type', `Expected a JSON object for each ${spec.entry}, not ${describeJson(value)}; the entry was skipped`, 'error')
    return reader.finish(null)
  }
  return reader.finish(spec.map(value, reader))
}

/** Push an entry result into the parts. */
function collect(parts: ListingParts, result: EntryResult | null): void {
  if (result === null) return
  if (result.record) parts.records.push(result.record)
  parts.issues.push(...result.issues)
}

/**
 * Parse JSON Lines text (whole). Lines are split at `\n` (a `\r` before it is dropped).
 *
 * @param firstLine - 1-based number of the first line (default 1).
 */
export function parseJsonLines(text: string, spec: JsonFormat, file: string | undefined, firstLine = 1): ListingParts {
  const parts: ListingParts = { records: [], issues: [] }
  let lineNo = firstLine
  let from = 0
  while (from < text.length) {
    const newline = text.indexOf('\n', from)
    const end = newline === -1 ? text.length : newline
    let line = text.slice(from, end)
    if (line.endsWith('\r')) line = line.slice(0, -1)
    collect(parts, parseJsonLine(line, lineNo, spec, file, newline === -1))
    if (newline === -1) break
    from = newline + 1
    lineNo++
  }
  return parts
}

/**
 * Parse a JSON array listing: each element on its own (see `json-array.ts`), so a broken or
 * truncated entry costs only itself.
 */
export function parseJsonArrayListing(text: string, from: number, spec: JsonFormat, file: string | undefined): ListingParts {
  const parts: ListingParts = { records: [], issues: [] }
  const locator = new LineLocator(text)
  let offset = from
  for (let round = 0; ; round++) {
    const scan = scanJsonArray(text, offset)
    for (const element of scan.elements) {
      const source = text.slice(element.start, element.end)
      const start = locator.locate(element.start)
      let value: unknown
      try {
        value = JSON.parse(source)
      } catch (error) {
        const failure = describeJsonFailure(error, source)
        const truncated = element.unterminated
        const where = truncated || failure.offset === null ? start : locator.locate(element.start + failure.offset)
        parts.issues.push(malformedJsonIssue(failure, source, where, truncated, `the ${spec.entry} starting at line ${start.line}`))
        continue
      }
      collect(parts, mapEntry(value, spec, file, start, source, (index) => locator.locate(element.start + index)))
    }
    const cut = scan.elements.some((element) => element.unterminated)
    let next: number | null = null
    for (const problem of scan.problems) {
      const where = locator.locate(Math.min(problem.offset, text.length))
      const found = problem.offset < text.length ? `\`${snippet(text.slice(problem.offset), 20)}\`` : 'the end of the input'
      if (problem.kind === 'unclosed_array') {
        if (cut) continue
        parts.issues.push({
          code: 'truncated_input',
          message: `Expected \`]\` closing the array, found the end of the input; every ${spec.entry} before it was read`,
          ...where,
          severity: 'warning',
        })
      } else if (problem.kind === 'extra_comma') {
        const what = problem.count > 1 ? `${problem.count} commas in a row; the extra commas were ignored` : `${found}; the extra comma was ignored`
        parts.issues.push({ code: 'malformed_json', message: `Expected an entry between commas, found ${what}`, ...where, severity: 'warning' })
      } else if (problem.kind === 'missing_separator') {
        parts.issues.push({ code: 'malformed_json', message: `Expected \`,\` or \`]\` after an entry, found ${found}; reading went on`, ...where, severity: 'warning' })
      } else if (text.charCodeAt(problem.offset) === 0x5b && round < 1000) {
        // Concatenated arrays (`][`): read the next one too.
        parts.issues.push({ code: 'concatenated_arrays', message: `Expected one JSON array, found another one after it; its entries were read too`, ...where, severity: 'warning' })
        next = problem.offset
      } else {
        parts.issues.push({
          code: 'trailing_content',
          message: `Expected the end of the input after the array, found ${found}; it was ignored`,
          ...where,
          severity: 'error',
        })
      }
    }
    if (next === null) break
    offset = next
  }
  // Array problems were collected after the entries: put every issue in line order (stable).
  parts.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return parts
}

/** How a JSON listing is laid out: one JSON array, one (pretty-printed) object, or JSON Lines. */
export type JsonLayout = 'array' | 'object' | 'lines'

/**
 * How a JSON listing is laid out, judged from its first two lines (the first one complete, the
 * first character of the next non-blank one), so that a damaged first line does not decide for
 * the whole input:
 *
 * - not `{` or `[` first (prose, NUL bytes, invalid UTF-8, a huge token): JSON Lines, judged line
 *   by line — the first line is one unreadable entry, the next lines are read;
 * - `{…}` complete on the first line: JSON Lines; `[…]` complete: a JSON array (also several
 *   arrays in a row), unless the next line starts an object (then a bad line of JSON Lines);
 * - an unfinished first line: one pretty-printed object / array when the line ends with an opener
 *   (`{` `[` `:`, or `,` in an array) or the next line continues it (starts with `"` `}` `]` `,`);
 *   JSON Lines when the next line starts anything else (`{`, prose, junk);
 * - an `{` object broken mid-line (not at its end): JSON Lines.
 *
 * Linear in the head; `JSON.parse` runs on the first line only, once it is decidable.
 *
 * @param head - The input from its first non-blank character ({@link skipJsonSpace}), at most
 *   {@link LAYOUT_HEAD_LENGTH} characters.
 * @param complete - Whether `head` reaches the end of the input.
 * @returns The layout, or null when `head` is too short to tell (never when `complete` or when
 *   `head` has {@link LAYOUT_HEAD_LENGTH} characters).
 */
export function jsonLayout(head: string, complete: boolean): JsonLayout | null {
  const c = head.charCodeAt(0)
  if (c !== 0x7b && c !== 0x5b) return 'lines'
  const array = c === 0x5b
  const enough = complete || head.length >= LAYOUT_HEAD_LENGTH
  const newline = head.indexOf('\n')
  if (newline === -1) return enough ? (array ? 'array' : 'lines') : null
  const next = skipJsonSpace(head, newline + 1)
  if (next === head.length && !enough) return null
  const after = next < head.length ? head.charCodeAt(next) : -1
  let end = newline
  while (end > 0 && isJsonSpace(head.charCodeAt(end - 1))) end--
  const line = head.slice(0, end)
  let atEnd = false
  try {
    JSON.parse(line)
    return array && after !== 0x7b ? 'array' : 'lines'
  } catch (error) {
    atEnd = describeJsonFailure(error, line).atEnd
  }
  const last = line.charCodeAt(line.length - 1)
  const opens = last === 0x7b || last === 0x5b || last === 0x3a || (array && last === 0x2c)
  if (opens) return array ? 'array' : 'object'
  if (after === -1) return array ? 'array' : atEnd ? 'object' : 'lines'
  const continues = after === 0x22 || after === 0x7d || after === 0x5d || after === 0x2c
  if (continues) return array ? 'array' : 'object'
  return 'lines'
}

/**
 * Parse a JSON listing in whatever shape it comes (see {@link jsonLayout}): an array of entries,
 * one (possibly pretty-printed) object, or JSON Lines — judged line by line, so that a line that
 * is not JSON (`unexpected_content`) or broken JSON (`malformed_json`) costs only itself.
 */
export function parseJsonListing(text: string, spec: JsonFormat, file: string | undefined): ListingParts {
  const i = skipJsonSpace(text)
  if (i === text.length) return { records: [], issues: [] }
  const layout = jsonLayout(text.slice(i, i + LAYOUT_HEAD_LENGTH), i + LAYOUT_HEAD_LENGTH >= text.length) ?? 'lines'
  if (layout === 'array') return parseJsonArrayListing(text, i, spec, file)
  if (layout === 'lines') return parseJsonLines(text, spec, file)
  // One object spread over several lines (a pretty-printed API response): one entry.
  const locator = new LineLocator(text)
  const start = locator.locate(i)
  const body = text.slice(i)
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    const failure = describeJsonFailure(error, body)
    const where = failure.offset === null ? start : locator.locate(i + failure.offset)
    return { records: [], issues: [malformedJsonIssue(failure, body, where, failure.atEnd, `the ${spec.entry} starting at line ${start.line}`)] }
  }
  const parts: ListingParts = { records: [], issues: [] }
  collect(parts, mapEntry(value, spec, file, start, text, (index) => locator.locate(index)))
  return parts
}
