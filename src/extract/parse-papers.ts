import type { Paper, ParseIssue } from '../schema.js'
import { parseListing, type ParseListingOptions, type ParseListingResult } from '../listing/parse-listing.js'
import { extractPaper } from './paper.js'

/** Result of {@link parsePapers}. */
export interface ParsePapersResult {
  /** The format that was read. */
  format: ParseListingResult['format']
  /** One Paper per record, in input order; ids made unique with `-2`, `-3`… suffixes. */
  papers: Paper[]
  /** The parse issues (see {@link parseListing}). */
  issues: ParseIssue[]
}

/**
 * Parse a listing, then run {@link extractPaper} on every record.
 *
 * @param input - The listing text.
 * @param options - As {@link parseListing} (optional).
 * @returns `{ format, papers, issues }`.
 * @throws {InvalidArgumentError} As {@link parseListing}.
 * @example
 * parsePapers('XDoc: Unified Pre-training\nWe propose XDoc.').papers[0]?.method?.name
 * //=> 'XDoc'
 */
export function parsePapers(input: string, options: ParseListingOptions = {}): ParsePapersResult {
  const { format, records, issues } = parseListing(input, options)
  const seen = new Map<string, number>()
  const papers = records.map((record) => {
    const paper = extractPaper(record)
    const count = (seen.get(paper.id) ?? 0) + 1
    seen.set(paper.id, count)
    if (count > 1) paper.id = `${paper.id}-${count}`
    return paper
  })
  return { format, papers, issues }
}
