/**
 * Parser for the arXiv metadata snapshot (`format: 'arxiv-oai'`): JSON Lines, one paper per line,
 * as distributed by arXiv (the OAI-PMH metadata in JSON: `{ id, submitter, authors, title,
 * comments, journal-ref, doi, report-no, categories, license, abstract, versions: [{ version,
 * created }], update_date, authors_parsed: [[last, first, suffix]] }`).
 *
 * Fields: `title` and `abstract` with their hard wraps (a line break and the two leading spaces
 * of the next line) joined with one space and trimmed; `id` → `arxivId`; `authors_parsed` →
 * `authors` ("first last suffix"), else the `authors` string split at commas and "and";
 * `versions[0].created` (the first submission, RFC 2822) → `publishedAt` as ISO 8601, else
 * `update_date`. No upvotes, no curated claim. LaTeX in names and text is kept as written.
 *
 * @internal Exposed to users through `parseListing(text, { format: 'arxiv-oai' })` and
 *   `parseListingStream`, which reads it line by line in constant memory.
 * @module
 */
import { isObject, toIsoDate, type EntryReader } from './common.js'
import { parseJsonListing, type JsonFormat, type ListingParts } from './json-entries.js'

function mapOaiEntry(entry: Record<string, unknown>, reader: EntryReader) {
  const title = reader.requiredText(entry.title, 'title', 'title')
  const abstract = reader.requiredText(entry.abstract, 'abstract', 'abstract')
  const arxivId = reader.optionalArxivId(entry.id, 'id')
  const authors = parsedAuthors(entry.authors_parsed) ?? reader.authors(entry.authors, 'authors')
  const publishedAt = firstVersionDate(entry.versions) ?? reader.optionalDate(entry.update_date, 'update_date')
  if (title === null || abstract === null) return null
  return { title, abstract, arxivId, authors, publishedAt, upvotes: null, curated: null }
}

/** `[["Balázs", "C.", ""], …]` → `["C. Balázs", …]`; null when the field is absent or not that shape. */
function parsedAuthors(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0) return null
  const names: string[] = []
  for (const item of value) {
    if (!Array.isArray(item) || !item.every((part) => typeof part === 'string')) return null
    const [last = '', first = '', suffix = ''] = item as string[]
    const name = [first, last, suffix].map((part) => part.trim()).filter((part) => part !== '').join(' ')
    if (name !== '') names.push(name)
  }
  return names
}

/** ISO date of `versions[0].created` ("Mon, 2 Apr 2007 19:18:42 GMT"), or null. */
function firstVersionDate(value: unknown): string | null {
  if (!Array.isArray(value)) return null
  const first: unknown = value[0]
  if (!isObject(first) || typeof first.created !== 'string') return null
  return toIsoDate(first.created)
}

/** The `arxiv-oai` format. @internal */
export const ARXIV_OAI: JsonFormat = { format: 'arxiv-oai', map: mapOaiEntry, entry: 'paper' }

/**
 * Parse arXiv metadata snapshot JSON Lines into records and issues (see the module comment).
 *
 * @internal Exposed to users through `parseListing(text, { format: 'arxiv-oai' })`.
 */
export function parseArxivOai(input: string, file?: string): ListingParts {
  return parseJsonListing(input, ARXIV_OAI, file)
}
