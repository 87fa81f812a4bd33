import { InvalidArgumentError, assertString, describeValue } from '../errors.js'
import type { ListingFormat, ListingRecord, ParseIssue } from '../schema.js'
import { parseArxivAtom } from './arxiv-atom.js'
import { parseArxivOai } from './arxiv-oai.js'
import { detectListingFormat } from './detect.js'
import { parseHfApi } from './hf-api.js'
import { parseHfText } from './hf-text.js'
import { parseJsonl } from './jsonl.js'

/**
 * Every format {@link parseListing} reads.
 *
 * @example
 * LISTING_FORMATS //=> ['hf-text', 'hf-api', 'arxiv-atom', 'arxiv-oai', 'jsonl']
 */
export const LISTING_FORMATS: readonly ListingFormat[] = ['hf-text', 'hf-api', 'arxiv-atom', 'arxiv-oai', 'jsonl']

/** Options of {@link parseListing}. */
export interface ParseListingOptions {
  /** Input format, or `'auto'` to detect it from the content (default `'auto'`). */
  format?: ListingFormat | 'auto' | undefined
  /** File name recorded in each record's `origin.file` (optional). */
  file?: string | undefined
}

/** Result of {@link parseListing}. */
export interface ParseListingResult {
  /** The format that was read (the detected one when `format: 'auto'`). */
  format: ListingFormat
  /** Whether `format` was detected from the content (`format: 'auto'`). */
  detected: boolean
  /** Records in input order. */
  records: ListingRecord[]
  /** Entries not turned into records (`severity: 'error'`) and doubts (`'warning'`), by line. */
  issues: ParseIssue[]
}

/** Throw unless `format` is `'auto'` or a {@link ListingFormat}. @internal */
export function checkFormat(format: unknown): asserts format is ListingFormat | 'auto' {
  if (format !== 'auto' && !LISTING_FORMATS.includes(format as ListingFormat)) {
    throw new InvalidArgumentError(
      `Expected format \`auto\`, ${LISTING_FORMATS.map((f) => `\`${f}\``).join(', ')}, not ${describeValue(format)}`,
      { code: 'unknown_format' },
    )
  }
}

/** Parse `input` as `format` (no detection). @internal */
export function parseAs(input: string, format: ListingFormat, file: string | undefined): { records: ListingRecord[]; issues: ParseIssue[] } {
  switch (format) {
    case 'hf-text':
      return parseHfText(input, { file })
    case 'hf-api':
      return parseHfApi(input, file)
    case 'arxiv-atom':
      return parseArxivAtom(input, file)
    case 'arxiv-oai':
      return parseArxivOai(input, file)
    case 'jsonl':
      return parseJsonl(input, file)
  }
}

/**
 * Parse a paper listing into records.
 *
 * Reads a copied Hugging Face Papers page (`hf-text`), the Papers API JSON (`hf-api`), arXiv Atom
 * XML (`arxiv-atom`), the arXiv metadata snapshot (`arxiv-oai`, JSON Lines) or any JSON Lines with
 * `title` and `abstract` (`jsonl`, also a JSON array of such records). Bad *content* never throws:
 * every input entry ends up in `records` or in `issues` (with its 1-based line and column and a
 * reason). Titles and abstracts have hard wraps joined with one space and are trimmed; nothing
 * else in them is changed.
 *
 * Heuristics: `format: 'auto'` looks at the first 64 KiB (see `detectListingFormat`); hf-text
 * groups lines by shape (see the README). The JSON formats parse each entry on its own, so one
 * broken entry (`malformed_json`, `wrong_type`, `missing_title`, `missing_abstract`, a line that
 * is not JSON at all: `unexpected_content`) or a cut-off end (`truncated_input`) costs only that
 * entry. JSON is read as JSON Lines, line by line, unless its first two lines show one array or
 * one pretty-printed object, so a damaged first line does not hide the lines after it. Atom is read with fast-xml-parser; a malformed
 * feed is read entry by entry.
 *
 * @param input - The listing text (a BOM, CRLF line ends and a missing final newline are fine).
 * @param options - {@link ParseListingOptions} (optional): `format` (default `'auto'`), `file`.
 * @returns `{ format, detected, records, issues }`. Records carry `origin: { format, line, file? }`
 *   (line of the entry's first character); issues `{ code, message, line, column, severity }`.
 * @throws {InvalidArgumentError} When `input` is not a string (``Expected string, not `42` ``) or
 *   `format` is not one of `auto`, `hf-text`, `hf-api`, `arxiv-atom`, `arxiv-oai`, `jsonl`
 *   (code `unknown_format`).
 * @example
 * parseListing('XDoc: Unified Pre-training\nWe propose XDoc, a unified model.')
 * //=> { format: 'hf-text', detected: true, issues: [],
 * //     records: [{ title: 'XDoc: Unified Pre-training', abstract: 'We propose XDoc, a unified model.',
 * //                 origin: { format: 'hf-text', line: 1 }, … }] }
 * parseListing('{"title":"T","abstract":"A"}\n{"title":"U","abstract":42}\n').issues
 * //=> [{ code: 'wrong_type', message: 'Expected `abstract` to be a string, not `42`; the entry was skipped',
 * //      line: 2, column: 15, severity: 'error' }]
 */
export function parseListing(input: string, options: ParseListingOptions = {}): ParseListingResult {
  assertString(input)
  const requested = options.format ?? 'auto'
  checkFormat(requested)
  const detected = requested === 'auto'
  const format = detected ? detectListingFormat(input).format : requested
  const { records, issues } = parseAs(input, format, options.file)
  return { format, detected, records, issues }
}
