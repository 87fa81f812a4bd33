import { InvalidArgumentError, describeValue } from '../errors.js'
import type { CuratedClaim, ListingRecord, Paper, Span } from '../schema.js'
import { extractLinks, detectCodeStatus, githubRepoSlug } from './links/index.js'
import { extractNames } from './names/index.js'
import { extractQuantities } from './quantities/index.js'

/** Input of {@link extractPaper}: a listing record, or any object with a title and an abstract. */
export type ExtractPaperInput = Pick<ListingRecord, 'title' | 'abstract'> & Partial<Omit<ListingRecord, 'title' | 'abstract'>>

/**
 * Turn a listing record into a {@link Paper}: coined names, links, code status and quantities,
 * each with spans into `title` / `abstract`, the rule that found it and a confidence.
 *
 * @param record - A {@link ListingRecord}, or `{ title, abstract }` plus any record fields.
 *   Missing metadata defaults to `null` / `[]`; `origin` defaults to `{ format: 'jsonl', line: null }`.
 * @returns The paper. `id` is the arXiv id when known, else a slug of the title.
 * @throws {InvalidArgumentError} When `title` or `abstract` is not a string.
 * @example
 * extractPaper({ title: 'XDoc: Unified Pre-training', abstract: 'We share 36.7% parameters.' }).method?.name
 * //=> 'XDoc'
 */
export function extractPaper(record: ExtractPaperInput): Paper {
  if (record === null || typeof record !== 'object') {
    throw new InvalidArgumentError(`Expected a record object, not ${describeValue(record)}`)
  }
  const { title, abstract } = record
  if (typeof title !== 'string') throw new InvalidArgumentError(`Expected \`title\` to be a string, not ${describeValue(title)}`)
  if (typeof abstract !== 'string') {
    throw new InvalidArgumentError(`Expected \`abstract\` to be a string, not ${describeValue(abstract)}`)
  }
  const names = extractNames({ title, abstract })
  const links = [...inField(extractLinks(title), 'title'), ...inField(extractLinks(abstract), 'abstract')]
  const quantities = [...inField(extractQuantities(title), 'title'), ...inField(extractQuantities(abstract), 'abstract')]
  const arxivId = record.arxivId ?? null
  return {
    id: arxivId ?? slugify(title),
    title,
    abstract,
    origin: record.origin ?? { format: 'jsonl', line: null },
    arxivId,
    authors: record.authors ? [...record.authors] : [],
    publishedAt: record.publishedAt ?? null,
    upvotes: record.upvotes ?? null,
    method: names[0] ?? null,
    names,
    links,
    // Code status reads `${title}\n${abstract}`: abstract spans shifted into that text.
    code: detectCodeStatus(`${title}\n${abstract}`, links.map((link) => (link.span.field === 'abstract' ? { ...link, span: { ...link.span, start: link.span.start + title.length + 1, end: link.span.end + title.length + 1 } } : link))),
    quantities,
    curated: record.curated ? { ...record.curated, agrees: curatedAgrees(record.curated, links) } : null,
  }
}

/** Re-home spans found in a standalone string into a Paper field. */
function inField<T extends { span: Span }>(items: T[], field: 'title' | 'abstract'): T[] {
  for (const item of items) item.span = { ...item.span, field }
  return items
}

/**
 * Whether the text's links name the curated repository (compared as lower-cased `owner/repo`);
 * null when the source claims no repository or the text has no GitHub link.
 */
function curatedAgrees(curated: CuratedClaim, links: readonly Paper['links'][number][]): boolean | null {
  const claimed = curated.githubRepo ? githubRepoSlug(curated.githubRepo) : null
  const found = links.flatMap((link) => (link.github?.repo ? [`${link.github.owner}/${link.github.repo}`.toLowerCase()] : []))
  if (!claimed || found.length === 0) return null
  return found.includes(claimed)
}

/**
 * A stable slug of a title: lower case, ASCII letters and digits joined by `-`, at most 80 chars.
 *
 * @example
 * slugify('XDoc: Unified Pre-training for Cross-Format Document Understanding')
 * //=> 'xdoc-unified-pre-training-for-cross-format-document-understanding'
 */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
  const cut = slug.length > 80 ? slug.slice(0, 80).replace(/-[^-]*$/, '') : slug
  return cut || 'untitled'
}
