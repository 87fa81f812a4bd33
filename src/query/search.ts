/**
 * `searchPapers`: ranked full-text search over titles, coined names and abstracts (minisearch).
 *
 * @module
 */
import MiniSearch from 'minisearch'
import { InvalidArgumentError, assertString, describeValue } from '../errors.js'
import type { Paper } from '../schema.js'
import { assertFunction, assertOneOf, assertPapers } from './text.js'
import type { PaperPredicate } from './types.js'

/** A field {@link searchPapers} searches: `title`, `names` (every coined name and long form), `abstract`. */
export type SearchField = 'title' | 'names' | 'abstract'

/** Options of {@link searchPapers}. */
export type SearchOptions<P extends Paper = Paper> = {
  /** Return at most this many hits, best first (default: all). A positive integer. */
  limit?: number
  /** Also match words that start with a query term (`'quant'` finds `quantization`). Default `false`. */
  prefix?: boolean
  /**
   * Also match words within an edit distance of a query term: `true` = 0.2 × the term's length,
   * a number < 1 = that fraction of the length, a number ≥ 1 = that many edits. Default `false`.
   */
  fuzzy?: boolean | number
  /** Weight of a match per field (defaults: `title` 3, `names` 2, `abstract` 1). */
  boost?: Partial<Record<SearchField, number>>
  /** Fields to search (default: all three). */
  fields?: readonly SearchField[]
  /** `'or'` (default): a paper matching any term is a hit, more terms rank higher; `'and'`: every term must match. */
  combineWith?: 'or' | 'and'
  /** Keep only hits whose paper satisfies this predicate (e.g. `hasCode()`, `and(…)`). */
  filter?: PaperPredicate<P>
}

/** One search result. */
export type SearchHit<P extends Paper = Paper> = {
  /** The paper (the same object as in the input array). */
  paper: P
  /** Relevance (BM25+ with field boosts); higher is better; only comparable within one search. */
  score: number
  /** The indexed words that matched (lowercased; with `prefix`/`fuzzy` they differ from the query's). */
  terms: string[]
  /** For each matched word, the fields it matched in. */
  match: Record<string, SearchField[]>
}

const FIELDS: readonly SearchField[] = ['title', 'names', 'abstract']
const DEFAULT_BOOST: Record<SearchField, number> = { title: 3, names: 2, abstract: 1 }

type Entry = { index: MiniSearch<number>; size: number }
const indexes = new WeakMap<readonly Paper[], Entry>()

function buildIndex(papers: readonly Paper[]): MiniSearch<number> {
  // Documents are array positions: ids of arbitrary input need not be unique.
  const index = new MiniSearch<number>({
    fields: [...FIELDS],
    idField: 'position',
    extractField: (position, field) => {
      if (field === 'position') return position
      const paper = papers[position] as Paper
      if (field === 'names') {
        return paper.names.map((name) => (name.longForm === null ? name.name : `${name.name} ${name.longForm}`)).join(' ')
      }
      return field === 'title' ? paper.title : paper.abstract
    },
  })
  index.addAll(papers.map((_, position) => position))
  return index
}

function indexFor(papers: readonly Paper[]): MiniSearch<number> {
  const cached = indexes.get(papers)
  if (cached !== undefined && cached.size === papers.length) return cached.index
  const index = buildIndex(papers)
  indexes.set(papers, { index, size: papers.length })
  return index
}

/** minisearch sorts by score; put each run of equal scores back in input order (O(n) when no ties). */
function inputOrderForTies(results: Array<{ id: unknown; score: number }>): void {
  let start = 0
  for (let end = 1; end <= results.length; end++) {
    if (end < results.length && (results[end] as { score: number }).score === (results[start] as { score: number }).score) continue
    if (end - start > 1) {
      const run = results.slice(start, end).sort((a, b) => (a.id as number) - (b.id as number))
      for (let k = 0; k < run.length; k++) results[start + k] = run[k] as { id: unknown; score: number }
    }
    start = end
  }
}

/**
 * Forget the search index built for `papers`, so the next {@link searchPapers} rebuilds it. Needed
 * only after changing the array in place without changing its length (the index is rebuilt by
 * itself when the length changes).
 *
 * @param papers - The array passed to `searchPapers` before.
 * @returns `true` when an index was dropped.
 * @example
 * clearSearchIndex(papers) //=> true
 */
export function clearSearchIndex(papers: readonly Paper[]): boolean {
  return indexes.delete(papers)
}

function checkOptions(options: SearchOptions<never>): void {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(`Expected search options object, not ${describeValue(options)}`)
  const { limit, fuzzy, prefix, boost, fields, combineWith, filter } = options
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0) && limit !== Infinity) {
    throw new InvalidArgumentError(`Expected positive integer for \`limit\`, not ${describeValue(limit)}`)
  }
  if (fuzzy !== undefined && typeof fuzzy !== 'boolean' && !(typeof fuzzy === 'number' && fuzzy >= 0)) {
    throw new InvalidArgumentError(`Expected boolean or non-negative number for \`fuzzy\`, not ${describeValue(fuzzy)}`)
  }
  if (prefix !== undefined && typeof prefix !== 'boolean') throw new InvalidArgumentError(`Expected boolean for \`prefix\`, not ${describeValue(prefix)}`)
  if (boost !== undefined) {
    for (const [field, weight] of Object.entries(boost)) {
      assertOneOf(field, FIELDS, 'search field in `boost`')
      if (typeof weight !== 'number' || !(weight >= 0)) throw new InvalidArgumentError(`Expected non-negative number for \`boost.${field}\`, not ${describeValue(weight)}`)
    }
  }
  if (fields !== undefined) {
    if (!Array.isArray(fields) || fields.length === 0) throw new InvalidArgumentError(`Expected a non-empty array for \`fields\`, not ${describeValue(fields)}`)
    for (const field of fields) assertOneOf(field, FIELDS, 'search field')
  }
  if (combineWith !== undefined) assertOneOf(combineWith, ['or', 'and'] as const, '`combineWith`')
  if (filter !== undefined) assertFunction(filter, 'predicate function for `filter`')
}

/**
 * Ranked full-text search over the papers' titles, coined names (with long forms) and abstracts.
 *
 * Uses minisearch (BM25+ scoring). The text is split on spaces and punctuation and lowercased, so
 * `'kv cache'` finds `KV-cache` and `KV Cache`; no stemming (`'layer'` does not find `layers`
 * unless `prefix` is on) and no phrase search (terms are scored independently; with
 * `combineWith: 'and'` all must occur). Fields are boosted title 3 > names 2 > abstract 1.
 *
 * The index is built on the first search of an array and reused for that array (held weakly: it
 * goes when the array does); it is rebuilt when the array's length changes. After replacing
 * elements in place, call {@link clearSearchIndex}. Building is the expensive part: about 1–1.6 ms
 * and 6 KB of heap per real abstract on a busy 2-vCPU machine (100,000 papers: ~2.5 minutes,
 * ~600 MB). A top-10 search then takes ~1 ms for a rare word, tens of ms for a common one, up to
 * seconds for words found in most of 100,000 papers (every match is scored).
 *
 * @param papers - Paper records (treated as immutable once searched).
 * @param text - The query; empty or only punctuation gives `[]`.
 * @param options - `{ limit, prefix, fuzzy, boost, fields, combineWith, filter }` (optional), see {@link SearchOptions}.
 * @returns Hits `{ paper, score, terms, match }`, best first (ties keep input order).
 * @throws {InvalidArgumentError} When `papers` is not an array, `text` is not a string
 *   (``Expected string, not `42` ``), or an option is invalid
 *   (``Expected positive integer for `limit`, not `0` ``).
 * @see MiniSearch, https://lucaong.github.io/minisearch/ (BM25+: Lv & Zhai, "Lower-bounding term frequency normalization", CIKM 2011).
 * @example
 * import { papers } from 'papermeta/data'
 * searchPapers(papers, 'kv cache', { limit: 2 }).map((hit) => hit.paper.title.split(':')[0])
 * //=> ['CAKE', 'More for Keys, Less for Values']
 * searchPapers(papers, 'quantizaton', { fuzzy: 0.2, fields: ['title'], limit: 1 })[0].match
 * //=> { quantization: ['title'] }
 */
export function searchPapers<P extends Paper>(papers: readonly P[], text: string, options: SearchOptions<P> = {}): Array<SearchHit<P>> {
  assertPapers(papers)
  assertString(text)
  checkOptions(options as SearchOptions<never>)
  if (papers.length === 0 || text.trim() === '') return []
  const { limit = Infinity, prefix = false, fuzzy = false, boost, fields, combineWith = 'or', filter } = options
  const index = indexFor(papers)
  const results = index.search(text, {
    fields: fields === undefined ? [...FIELDS] : [...fields],
    boost: { ...DEFAULT_BOOST, ...boost },
    prefix,
    fuzzy,
    combineWith: combineWith === 'and' ? 'AND' : 'OR',
    ...(filter === undefined ? {} : { filter: (result) => filter(papers[result.id as number] as P) }),
  })
  inputOrderForTies(results)
  const count = Math.min(limit, results.length)
  const hits: Array<SearchHit<P>> = new Array(count)
  for (let k = 0; k < count; k++) {
    const result = results[k] as (typeof results)[number]
    hits[k] = { paper: papers[result.id as number] as P, score: result.score, terms: result.terms, match: result.match as Record<string, SearchField[]> }
  }
  return hits
}
