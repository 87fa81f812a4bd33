/**
 * Helpers shared by the structured listing parsers (`hf-api`, `arxiv-atom`, `arxiv-oai`, `jsonl`):
 * text normalisation, arXiv ids and dates, positions, and the {@link EntryReader} that turns the
 * fields of one entry into a {@link ListingRecord} or {@link ParseIssue}s.
 *
 * @internal Not exported from any entry point.
 * @module
 */
import { describeValue } from '../errors.js'
import type { ListingFormat, ListingRecord, ParseIssue } from '../schema.js'

/** A 1-based position in the input. */
export interface Position {
  line: number
  column: number
}

/**
 * Join hard-wrapped lines with one space and trim (design.md: "hard wraps joined with one space,
 * trimmed; nothing else is changed"). Blank lines between paragraphs collapse to one space too.
 * Whitespace inside a line is kept as it is. Linear time (no regex backtracking).
 */
export function joinHardWraps(text: string): string {
  if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) return text.trim()
  const parts = text.indexOf('\r') === -1 ? text.split('\n') : text.split(/\r\n|\r|\n/)
  let out = ''
  for (const part of parts) {
    const piece = part.trim()
    if (piece === '') continue
    out = out === '' ? piece : `${out} ${piece}`
  }
  return out
}

/** Shorten `text` for a message, on one line. */
export function snippet(text: string, max = 40): string {
  const flat = text.slice(0, max * 4).replace(/\s+/g, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat.trimEnd()
}

/**
 * arXiv identifiers: new style `2210.02849` (4-digit yymm, 4 or 5 digits), old style
 * `hep-th/9901001` or `math.GT/0309136`; an optional `arXiv:` prefix and `vN` version suffix.
 */
const ARXIV_ID = /^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i

/**
 * The arXiv id in `value` without its version (`2210.02849v2` → `2210.02849`), or null when
 * `value` is not an arXiv id. Accepts the `arXiv:` prefix and `arxiv.org/abs/…` URLs.
 */
export function normalizeArxivId(value: string): string | null {
  let text = value.trim()
  const lower = text.toLowerCase()
  for (const marker of ['arxiv.org/abs/', 'arxiv.org/pdf/']) {
    const at = lower.indexOf(marker)
    if (at !== -1) {
      text = text.slice(at + marker.length).replace(/\.pdf$/i, '')
      break
    }
  }
  const match = ARXIV_ID.exec(text)
  return match?.[1] ?? null
}

/** The ISO 8601 forms ListingRecord.publishedAt accepts (kept verbatim when matched). */
const ISO_DATE = /^(?:\d{4}|-)-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/

/**
 * An ISO 8601 date for `value`: kept as written when it already is one (`2024-10-05`,
 * `2024-10-05T15:33:25.000Z`, `2007-02-27T16:02:02-05:00`); otherwise parsed by `Date`
 * (`Mon, 2 Apr 2007 19:18:42 GMT` → `2007-04-02T19:18:42Z`); null when it is not a date.
 */
export function toIsoDate(value: string): string | null {
  const text = value.trim()
  if (ISO_DATE.test(text)) return text
  // A year or a year and month alone is not a date: a day would have to be made up.
  if (!/\d{4}/.test(text) || /^\d{4}(?:-\d{2})?$/.test(text)) return null
  const time = Date.parse(text)
  if (Number.isNaN(time)) return null
  const iso = new Date(time).toISOString().replace('.000Z', 'Z')
  // Years outside 0000–9999 come out as `+020221-…`: not a date a listing means.
  return ISO_DATE.test(iso) ? iso : null
}

/** Maps UTF-16 offsets of a text to 1-based line/column. */
export class LineLocator {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1)
  }

  /** 1-based line and column of `offset`. */
  locate(offset: number): Position {
    const { starts } = this
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if ((starts[mid] ?? 0) <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 }
  }
}

/** Whether `value` is a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Describe what a JSON value is, for "Expected …, not …" messages. */
export function describeJson(value: unknown): string {
  if (isObject(value)) return 'an object'
  return describeValue(value)
}

// ---------------------------------------------------------------------------
// JSON syntax errors

/** What a failed `JSON.parse` said, with the offset it points at when it says one. */
export interface JsonFailure {
  /** The parser's reason without the position and without its copy of the input. */
  reason: string
  /** 0-based offset of the error in the parsed text, when the parser reports one. */
  offset: number | null
  /** Whether the text ended before the JSON value did. */
  atEnd: boolean
}

/**
 * Where V8's "Unexpected token" error stands: it quotes up to 10 characters on each side of the
 * token (`..."ab: }cd"...`), or the whole text when it is short. Null when that is ambiguous.
 */
function unexpectedTokenOffset(text: string, token: string, cutBefore: boolean, excerpt: string, cutAfter: boolean): number | null {
  let at: number | null = null
  if (cutBefore) {
    const start = text.indexOf(excerpt)
    at = start === -1 ? null : start + 10
  } else if (cutAfter) {
    at = excerpt.length - 10
  } else {
    const first = text.indexOf(token)
    at = first !== -1 && first === text.lastIndexOf(token) ? first : null
  }
  return at !== null && at >= 0 && text.startsWith(token, at) ? at : null
}

/** Read the reason and position out of a V8 `JSON.parse` SyntaxError. */
export function describeJsonFailure(error: unknown, text: string): JsonFailure {
  const message = error instanceof Error ? error.message : String(error)
  const position = / JSON at position (\d+)/.exec(message)
  // V8 forms: "Expected ',' or '}' after property value in JSON at position 7 (line 1 column 8)",
  // "Unexpected token 'a', "abc" is not valid JSON", "Unexpected end of JSON input".
  let reason = message.replace(/(?: in JSON)? at position \d+(?: \(line \d+ column \d+\))?$/, '')
  let offset = position ? Number(position[1]) : null
  const token = /^(Unexpected token '(.+?)'), (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message)
  if (token) {
    reason = token[1] ?? reason
    offset = unexpectedTokenOffset(text, token[2] ?? '', token[3] !== undefined, token[4] ?? '', token[5] !== undefined)
  }
  const end = text.trimEnd().length
  const atEnd = /end of JSON input/.test(message) || (offset !== null && offset >= end) || /^Unterminated string/.test(reason)
  return { reason, offset: offset ?? (atEnd ? end : null), atEnd }
}

// ---------------------------------------------------------------------------
// Reading the fields of one entry

/** Where an entry stands in its input, and how to find its keys. */
export interface EntryContext {
  format: ListingFormat
  file: string | undefined
  /** Position of the entry's first character. */
  start: Position
  /** The entry's source text (used to point issues at a key). */
  source: string
  /** Position of `source[index]`. */
  locate: (index: number) => Position
  /** Index of `key` in `source`, or -1 (default: a JSON key `"key":`). */
  findKey?: ((source: string, key: string) => number) | undefined
}

/** The result of reading one entry: a record, or null with at least one error issue. */
export interface EntryResult {
  record: ListingRecord | null
  issues: ParseIssue[]
}

/**
 * Collects the issues of one entry while its fields are read. Issues point at the field's key
 * when it can be found in the entry's source, else at the entry's start.
 */
export class EntryReader {
  readonly issues: ParseIssue[] = []
  /** Prefix of field names in messages, e.g. `paper.` for the HF API's nested paper object. */
  prefix = ''
  private failed = false

  constructor(readonly context: EntryContext) {}

  /** A field's name for messages: `` `paper.title` `` (JSON) or `` `<title>` `` (XML). */
  name(key: string): string {
    return this.context.findKey ? `\`<${key}>\`` : `\`${this.prefix}${key}\``
  }

  /** Whether an error issue (entry skipped) was reported. */
  get hasError(): boolean {
    return this.failed
  }

  /** Position of `"key":` in the entry's source, or of the entry's start. */
  position(key?: string): Position {
    if (key === undefined) return this.context.start
    const { source, findKey = findJsonKey } = this.context
    const at = findKey(source, key)
    return at === -1 ? this.context.start : this.context.locate(at)
  }

  /** Report a problem; `severity: 'error'` marks the entry as skipped. */
  report(code: string, message: string, severity: ParseIssue['severity'], key?: string): void {
    const { line, column } = this.position(key)
    if (severity === 'error') this.failed = true
    this.issues.push({ code, message, line, column, severity })
  }

  /**
   * A required text field (`title`, `abstract`): hard wraps joined. Missing → `missing_<what>`
   * error; not a string → `wrong_type` error; empty title → `missing_title` error; empty abstract →
   * `empty_abstract` warning (the record is kept).
   */
  requiredText(value: unknown, key: string, what: 'title' | 'abstract'): string | null {
    if (value === undefined || value === null) {
      this.report(
        `missing_${what}`,
        `Expected ${this.name(key)} with the ${what}, found ${value === null ? '`null`' : 'no such field'}; the entry was skipped`,
        'error',
        value === null ? key : undefined,
      )
      return null
    }
    if (typeof value !== 'string') {
      this.report('wrong_type', `Expected ${this.name(key)} to be a string, not ${describeJson(value)}; the entry was skipped`, 'error', key)
      return null
    }
    const text = joinHardWraps(value)
    if (text === '' && what === 'title') {
      this.report('missing_title', `Expected a title in ${this.name(key)}, found an empty string; the entry was skipped`, 'error', key)
      return null
    }
    if (text === '') this.report('empty_abstract', `Expected an abstract in ${this.name(key)}, found an empty string; the record was kept`, 'warning', key)
    return text
  }

  /** An optional string (null when absent or empty); another type → `wrong_type` warning, null. */
  optionalString(value: unknown, key: string): string | null {
    if (value === undefined || value === null) return null
    if (typeof value !== 'string') {
      this.report('wrong_type', `Expected ${this.name(key)} to be a string, not ${describeJson(value)}; the field was ignored`, 'warning', key)
      return null
    }
    const text = value.trim()
    return text === '' ? null : text
  }

  /** An optional count (upvotes): a non-negative integer; anything else → `wrong_type` warning, null. */
  optionalCount(value: unknown, key: string): number | null {
    if (value === undefined || value === null) return null
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      this.report('wrong_type', `Expected ${this.name(key)} to be a non-negative integer, not ${describeJson(value)}; the field was ignored`, 'warning', key)
      return null
    }
    return value
  }

  /** An optional date, normalised by {@link toIsoDate}; not a date → `invalid_date` warning, null. */
  optionalDate(value: unknown, key: string): string | null {
    const text = this.optionalString(value, key)
    if (text === null) return null
    const iso = toIsoDate(text)
    if (iso === null) this.report('invalid_date', `Expected ${this.name(key)} to be a date, not ${describeValue(text)}; the field was ignored`, 'warning', key)
    return iso
  }

  /** An optional arXiv id (version dropped); not an arXiv id → `invalid_arxiv_id` warning, null. */
  optionalArxivId(value: unknown, key: string, quiet = false): string | null {
    const text = this.optionalString(value, key)
    if (text === null) return null
    const id = normalizeArxivId(text)
    if (id === null && !quiet) {
      this.report('invalid_arxiv_id', `Expected ${this.name(key)} to be an arXiv id such as \`2210.02849\`, not ${describeValue(text)}; the field was ignored`, 'warning', key)
    }
    return id
  }

  /**
   * Author names from an array of strings or of `{ name }` objects, or from one string of names
   * separated by commas or "and". Anything else → `wrong_type` warning, `[]`.
   */
  authors(value: unknown, key: string): string[] {
    if (value === undefined || value === null) return []
    if (typeof value === 'string') return splitAuthors(value)
    if (Array.isArray(value)) {
      const names: string[] = []
      for (const item of value) {
        const name = typeof item === 'string' ? item : isObject(item) && typeof item.name === 'string' ? item.name : null
        if (name === null) {
          this.report('wrong_type', `Expected each of ${this.name(key)} to be a name or \`{ name }\`, not ${describeJson(item)}; that author was ignored`, 'warning', key)
          continue
        }
        const clean = joinHardWraps(name)
        if (clean !== '') names.push(clean)
      }
      return names
    }
    this.report('wrong_type', `Expected ${this.name(key)} to be a list of names, not ${describeJson(value)}; the field was ignored`, 'warning', key)
    return []
  }

  /** The record, unless an error was reported. */
  finish(fields: Omit<ListingRecord, 'origin'> | null): EntryResult {
    if (this.issues.length > 1) this.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    if (this.failed || fields === null) return { record: null, issues: this.issues }
    const { format, file, start } = this.context
    const origin = file === undefined ? { format, line: start.line } : { format, line: start.line, file }
    return { record: { ...fields, origin }, issues: this.issues }
  }
}

/** Index of the JSON key `"key":` in `source`, or -1. */
export function findJsonKey(source: string, key: string): number {
  const quoted = `"${key}"`
  for (let i = source.indexOf(quoted); i !== -1; i = source.indexOf(quoted, i + 1)) {
    let j = i + quoted.length
    while (j < source.length && (source[j] === ' ' || source[j] === '\t' || source[j] === '\n' || source[j] === '\r')) j++
    if (source[j] === ':') return i
  }
  return -1
}

/** Split "A. Author, B. Author and C. Author" into names (hard wraps joined). */
export function splitAuthors(value: string): string[] {
  return joinHardWraps(value)
    .split(/,|\band\b/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
}

/** `{ githubRepo, projectPage }`, or null when the source claims neither. */
export function curatedClaim(githubRepo: string | null, projectPage: string | null): ListingRecord['curated'] {
  return githubRepo === null && projectPage === null ? null : { githubRepo, projectPage }
}

/** The issue for a JSON entry `JSON.parse` rejected. */
export function malformedJsonIssue(
  failure: JsonFailure,
  text: string,
  where: Position,
  truncated: boolean,
  what = 'the entry',
): ParseIssue {
  if (truncated) {
    return {
      code: 'truncated_input',
      message: `Expected ${what} to be complete JSON, found the end of the input (${failure.reason}); the input looks truncated and ${what} was skipped`,
      line: where.line,
      column: where.column,
      severity: 'error',
    }
  }
  const found = failure.offset === null ? '' : failure.atEnd ? ', found the end of the entry' : `, found \`${snippet(text.slice(failure.offset), 20)}\``
  return {
    code: 'malformed_json',
    message: `Malformed JSON: ${failure.reason}${found}; ${what} was skipped`,
    line: where.line,
    column: where.column,
    severity: 'error',
  }
}
