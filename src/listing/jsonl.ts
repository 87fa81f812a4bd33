/**
 * Parser for generic JSON Lines (`format: 'jsonl'`): one JSON object per line with `title` and
 * `abstract` (or `summary`). A JSON array of such objects is read too, so papermeta's own output
 * (`papermeta parse --output json|jsonl`) reads back in.
 *
 * Optional fields, camelCase or snake_case: `arxivId` / `arxiv_id` (else `id` when it is an arXiv
 * id), `authors` (names, `{ name }` objects or one comma-separated string), `publishedAt` /
 * `published_at` / `published` / `date`, `upvotes`, and the curated claim as `curated: {
 * githubRepo, projectPage }` or `githubRepo` / `github_repo`, `projectPage` / `project_page`.
 * Other fields are ignored. Title and abstract have hard wraps joined with one space.
 *
 * @internal Exposed to users through `parseListing(text, { format: 'jsonl' })` and
 *   `parseListingStream`, which reads it line by line in constant memory.
 * @module
 */
import { curatedClaim, isObject, type EntryReader } from './common.js'
import { parseJsonListing, type JsonFormat, type ListingParts } from './json-entries.js'

/** The first of `keys` present (not undefined) in `entry`, with its key. */
function field(entry: Record<string, unknown>, ...keys: string[]): [unknown, string] {
  for (const key of keys) if (entry[key] !== undefined) return [entry[key], key]
  return [undefined, keys[0] ?? '']
}

function mapJsonlEntry(entry: Record<string, unknown>, reader: EntryReader) {
  const title = reader.requiredText(entry.title, 'title', 'title')
  const [abstractValue, abstractKey] = field(entry, 'abstract', 'summary')
  const abstract = reader.requiredText(abstractValue, abstractKey === '' ? 'abstract' : abstractKey, 'abstract')
  const [idValue, idKey] = field(entry, 'arxivId', 'arxiv_id')
  const arxivId = idValue !== undefined && idValue !== null ? reader.optionalArxivId(idValue, idKey) : reader.optionalArxivId(entry.id, 'id', true)
  const authors = reader.authors(entry.authors, 'authors')
  const publishedAt = reader.optionalDate(...field(entry, 'publishedAt', 'published_at', 'published', 'date'))
  const upvotes = reader.optionalCount(entry.upvotes, 'upvotes')
  const claim = isObject(entry.curated) ? entry.curated : entry
  const curated = curatedClaim(
    reader.optionalString(...field(claim, 'githubRepo', 'github_repo')),
    reader.optionalString(...field(claim, 'projectPage', 'project_page')),
  )
  if (title === null || abstract === null) return null
  return { title, abstract, arxivId, authors, publishedAt, upvotes, curated }
}

/** The `jsonl` format. @internal */
export const JSONL: JsonFormat = { format: 'jsonl', map: mapJsonlEntry, entry: 'record' }

/**
 * Parse generic JSON Lines (or a JSON array) of `{ title, abstract }` objects.
 *
 * @internal Exposed to users through `parseListing(text, { format: 'jsonl' })`.
 */
export function parseJsonl(input: string, file?: string): ListingParts {
  return parseJsonListing(input, JSONL, file)
}
