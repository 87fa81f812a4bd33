import { InvalidArgumentError, assertString, describeValue } from '../errors.js'
import type { ListingFormat, ListingRecord, ParseIssue } from '../schema.js'
import { detectFormat } from './detect.js'
import { parseHfText } from './hf-text.js'

/** Every format {@link parseListing} reads. */
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

/**
 * Parse a paper listing into records.
 *
 * Reads a copied Hugging Face Papers page (`hf-text`), the Papers API JSON (`hf-api`), arXiv Atom
 * XML (`arxiv-atom`), the arXiv metadata snapshot (`arxiv-oai`, JSON Lines) or any JSON Lines with
 * `title` and `abstract` (`jsonl`). Bad *content* never throws: every input entry ends up in
 * `records` or in `issues` (with its 1-based line and a reason).
 *
 * Heuristic (hf-text): lines are classified (chrome, furniture, text), hard-wrapped lines are
 * rejoined with one space, and title/abstract roles are chosen from line shape; see the README.
 *
 * @param input - The listing text (a BOM, CRLF line ends and a missing final newline are fine).
 * @param options - {@link ParseListingOptions} (optional): `format` (default `'auto'`), `file`.
 * @returns `{ format, detected, records, issues }`. Records carry `origin: { format, line, file? }`.
 * @throws {InvalidArgumentError} When `input` is not a string (``Expected string, not `42` ``) or
 *   `format` is not one of `auto`, `hf-text`, `hf-api`, `arxiv-atom`, `arxiv-oai`, `jsonl`
 *   (code `unknown_format`).
 * @example
 * parseListing('XDoc: Unified Pre-training\nWe propose XDoc, a unified model.')
 * //=> { format: 'hf-text', detected: true, issues: [],
 * //     records: [{ title: 'XDoc: Unified Pre-training', abstract: 'We propose XDoc, a unified model.',
 * //                 origin: { format: 'hf-text', line: 1 }, … }] }
 */
export function parseListing(input: string, options: ParseListingOptions = {}): ParseListingResult {
  assertString(input)
  const requested = options.format ?? 'auto'
  if (requested !== 'auto' && !LISTING_FORMATS.includes(requested)) {
    throw new InvalidArgumentError(
      `Expected format \`auto\`, ${LISTING_FORMATS.map((f) => `\`${f}\``).join(', ')}, not ${describeValue(requested)}`,
      { code: 'unknown_format' },
    )
  }
  const detected = requested === 'auto'
  const format = detected ? detectFormat(input) : requested
  const file = options.file
  switch (format) {
    case 'hf-text': {
      const { records, issues } = parseHfText(input, { file })
      return { format, detected, records, issues }
    }
    default: {
      // The other formats arrive with the formats issue; until then say so instead of guessing.
      return {
        format,
        detected,
        records: [],
        issues: [
          {
            code: 'unsupported_format',
            message: `Expected a format this version reads (hf-text), not \`${format}\``,
            line: null,
            column: null,
            severity: 'error',
          },
        ],
      }
    }
  }
}
