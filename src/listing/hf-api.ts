/**
 * Parser for the Hugging Face Papers API JSON (`format: 'hf-api'`).
 *
 * Reads the daily-papers shape `[{ paper: { id, title, summary, authors: [{ name }], publishedAt,
 * upvotes, githubRepo?, projectPage? }, title, summary, publishedAt, … }]`, arrays of flat paper
 * objects (`[{ id, title, summary, … }]`), one paper object, or JSON Lines of either. Fields:
 * `paper.title` → `title`, `paper.summary` → `abstract` (hard wraps joined with one space),
 * `paper.id` → `arxivId`, `paper.authors[].name` → `authors`, `paper.publishedAt` → `publishedAt`,
 * `paper.upvotes` → `upvotes`, `paper.githubRepo` / `paper.projectPage` → `curated` (null when
 * the API claims neither). The entry's own `title` / `summary` stand in when `paper` lacks them.
 *
 * Source of the shape: the public `https://huggingface.co/api/daily_papers` responses (see
 * `../shared/corpora/hf-api/`).
 *
 * @internal Exposed to users through `parseListing(text, { format: 'hf-api' })`.
 * @module
 */
import { curatedClaim, describeJson, isObject, snippet, type EntryReader } from './common.js'
import { parseJsonListing, type JsonFormat, type ListingParts } from './json-entries.js'

function mapHfApiEntry(entry: Record<string, unknown>, reader: EntryReader) {
  if (typeof entry.error === 'string' && entry.paper === undefined && entry.title === undefined) {
    // An error response of the API (`{"error":"Invalid username or password."}`).
    reader.report('api_error', `Expected a paper, found an API error: ${snippet(entry.error, 120)}`, 'error', 'error')
    return null
  }
  let paper = entry
  if (entry.paper !== undefined) {
    if (!isObject(entry.paper)) {
      reader.report('wrong_type', `Expected \`paper\` to be an object, not ${describeJson(entry.paper)}; the entry was skipped`, 'error', 'paper')
      return null
    }
    paper = entry.paper
    reader.prefix = 'paper.'
  }
  const pick = (key: string) => (paper[key] !== undefined || paper === entry ? paper[key] : entry[key])
  const title = reader.requiredText(pick('title'), 'title', 'title')
  const abstract = reader.requiredText(pick('summary'), 'summary', 'abstract')
  const arxivId = reader.optionalArxivId(paper.id, 'id')
  const authors = reader.authors(paper.authors, 'authors')
  const publishedAt = reader.optionalDate(pick('publishedAt'), 'publishedAt')
  const upvotes = reader.optionalCount(paper.upvotes, 'upvotes')
  const curated = curatedClaim(reader.optionalString(paper.githubRepo, 'githubRepo'), reader.optionalString(paper.projectPage, 'projectPage'))
  if (title === null || abstract === null) return null
  return { title, abstract, arxivId, authors, publishedAt, upvotes, curated }
}

/** The `hf-api` format. @internal */
export const HF_API: JsonFormat = { format: 'hf-api', map: mapHfApiEntry, entry: 'paper' }

/**
 * Parse Hugging Face Papers API JSON into records and issues (see the module comment).
 *
 * @internal Exposed to users through `parseListing(text, { format: 'hf-api' })`.
 */
export function parseHfApi(input: string, file?: string): ListingParts {
  return parseJsonListing(input, HF_API, file)
}
