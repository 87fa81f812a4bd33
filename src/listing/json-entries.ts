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
  let first = 0
  while (first < line.length && (line.charCodeAt(first) <= 0x20 || line.charCodeAt(first) === 0xfeff)) first++
  if (first === line.length) return null
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

/**
 * Parse a JSON listing in whatever shape it comes: an array of entries, JSON Lines, or one
 * (possibly pretty-printed) object. Anything else is one `unexpected_content` error.
 */
export function parseJsonListing(text: string, spec: JsonFormat, file: string | undefined): ListingParts {
  let i = 0
  while (i < text.length && (text.charCodeAt(i) <= 0x20 || text.charCodeAt(i) === 0xfeff)) i++
  if (i === text.length) return { records: [], issues: [] }
  const c = text.charCodeAt(i)
  if (c === 0x5b) return parseJsonArrayListing(text, i, spec, file)
  if (c === 0x7b && !firstLineIsJson(text, i)) {
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
  // JSON Lines, also when the first line is damaged (another line starts an object).
  if (c === 0x7b || /\n[ \t]*\{/.test(text.slice(i, i + 1_000_000))) return parseJsonLines(text, spec, file)
  const locator = new LineLocator(text)
  return {
    records: [],
    issues: [
      {
        code: 'unexpected_content',
        message: `Expected a JSON array or JSON Lines of ${spec.entry} objects, found \`${snippet(text.slice(i), 20)}\`; nothing was read`,
        ...locator.locate(i),
        severity: 'error',
      },
    ],
  }
}

/**
 * Whether the line starting at `from` is a complete JSON value on its own (JSON Lines), rather
 * than the first line of one pretty-printed object. @internal
 */
export function firstLineIsJson(text: string, from: number): boolean {
  const newline = text.indexOf('\n', from)
  if (newline === -1) return true
  const line = text.slice(from, newline)
  try {
    JSON.parse(line)
    return true
  } catch (error) {
    // A line that breaks off mid-object belongs to a multi-line object, unless the next line
    // starts a new object (then it is a broken line of JSON Lines, as is any other error).
    if (!describeJsonFailure(error, line).atEnd) return true
    let next = newline + 1
    while (next < text.length && text.charCodeAt(next) <= 0x20) next++
    return text.charCodeAt(next) === 0x7b
  }
}
