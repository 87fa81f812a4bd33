/**
 * Predicates on the text of a paper: title, abstract, coined names, authors.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js'
import type { Paper } from '../schema.js'
import { assertOneOf, assertPattern, textMatcher } from './text.js'
import type { PaperPredicate, TextPattern } from './types.js'

/** A text field {@link byText} can test. `names` is every coined name (`names[].name`). */
export type TextField = 'title' | 'abstract' | 'names'

/** Options of {@link byText}. */
export type ByTextOptions = {
  /** Fields to test (default `['title', 'abstract']`); a paper matches when any of them does. */
  fields?: readonly TextField[]
}

const TEXT_FIELDS = ['title', 'abstract', 'names'] as const

/**
 * Keep papers whose title or abstract (or the fields you choose) contain `pattern`.
 *
 * Plain matching, no ranking: a string matches case-insensitively as a substring (`'kv cache'` does
 * not match `KV-cache`; use a RegExp such as `/kv[- ]cache/i`, or {@link searchPapers} for ranked,
 * tokenised, fuzzy search).
 *
 * @param pattern - Substring (case-insensitive) or RegExp.
 * @param options - `{ fields }` (optional): fields to test, default `['title', 'abstract']`.
 * @returns A predicate for {@link filterPapers} / `query().where()`.
 * @throws {InvalidArgumentError} When `pattern` is neither a string nor a RegExp
 *   (``Expected string or RegExp, not `42` ``), or on an unknown or empty `fields`.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, byText('kv cache', { fields: ['title'] })).length //=> 4
 */
export function byText(pattern: TextPattern, options: ByTextOptions = {}): PaperPredicate {
  assertPattern(pattern)
  const fields = options.fields ?? ['title', 'abstract']
  if (!Array.isArray(fields) || fields.length === 0) throw new InvalidArgumentError('Expected a non-empty array of fields for `fields`')
  for (const field of fields) assertOneOf(field, TEXT_FIELDS, 'text field')
  const matches = textMatcher(pattern)
  const title = fields.includes('title')
  const abstract = fields.includes('abstract')
  const names = fields.includes('names')
  return (paper: Paper) => {
    if (title && matches(paper.title)) return true
    if (abstract && matches(paper.abstract)) return true
    if (names) for (const name of paper.names) if (matches(name.name)) return true
    return false
  }
}

/**
 * Keep papers with an author whose name contains `pattern` (case-insensitive substring, or a RegExp).
 *
 * Limits: authors are as the listing gives them; a copied Hugging Face page often lists none
 * (`authors: []`), and such papers never match.
 *
 * @param pattern - Substring (case-insensitive) or RegExp.
 * @returns A predicate for {@link filterPapers} / `query().where()`.
 * @throws {InvalidArgumentError} When `pattern` is neither a string nor a RegExp:
 *   ``Expected string or RegExp, not `42` ``.
 * @example
 * import { parsePapers } from 'papermeta/extract'
 * const { papers } = parsePapers(hfApiJson) // a listing with authors
 * filterPapers(papers, byAuthor('lovelace')).map((paper) => paper.authors) //=> [['Ada Lovelace', …]]
 */
export function byAuthor(pattern: TextPattern): PaperPredicate {
  assertPattern(pattern)
  const matches = textMatcher(pattern)
  return (paper) => {
    for (const author of paper.authors) if (matches(author)) return true
    return false
  }
}
