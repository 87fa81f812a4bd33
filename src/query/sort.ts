/**
 * `sortPapers`: order papers by a field or a computed key.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js'
import type { Paper } from '../schema.js'
import { assertOneOf, assertPapers } from './text.js'

/**
 * A built-in sort key: `'id'`, `'title'`, `'publishedAt'`, `'upvotes'`, `'method'` (the primary
 * name), `'confidence'` (of the primary name), or a count: `'names'`, `'links'`, `'quantities'`.
 */
export type SortKey = 'id' | 'title' | 'publishedAt' | 'upvotes' | 'method' | 'confidence' | 'names' | 'links' | 'quantities'

/** A sort key, or a function computing one per paper (`null`/`undefined`/`NaN` sort last). */
export type SortBy<P extends Paper = Paper> = SortKey | ((paper: P) => string | number | null | undefined)

/** Options of {@link sortPapers}. */
export type SortOptions = {
  /** `'asc'` (default) or `'desc'`; missing values go last either way. */
  order?: 'asc' | 'desc'
}

const SORT_KEYS = ['id', 'title', 'publishedAt', 'upvotes', 'method', 'confidence', 'names', 'links', 'quantities'] as const

type KeyValue = string | number | null | undefined

function keyFunction<P extends Paper>(by: SortBy<P>): (paper: P) => KeyValue {
  if (typeof by === 'function') return by
  assertOneOf(by, SORT_KEYS, 'sort key')
  switch (by) {
    case 'id':
    case 'title':
    case 'publishedAt':
    case 'upvotes':
      return (paper) => paper[by]
    case 'method':
      return (paper) => paper.method?.name
    case 'confidence':
      return (paper) => paper.method?.confidence
    default:
      return (paper) => paper[by].length
  }
}

const missing = (value: KeyValue): boolean => value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))

function compareValues(a: KeyValue, b: KeyValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  const left = String(a)
  const right = String(b)
  const lower = left.toLowerCase().localeCompare(right.toLowerCase(), 'en')
  return lower !== 0 ? lower : left < right ? -1 : left > right ? 1 : 0
}

/**
 * Papers sorted by `by`, a new array (`papers` is not changed). Stable: equal keys keep their input
 * order. Missing values (`null`, `undefined`, `NaN`) go last in either order.
 *
 * Strings compare case-insensitively (English collation, ties broken by code unit); numbers
 * numerically. A list of keys sorts by the first, then breaks ties with the next (all in the same
 * `order`). Keys are computed once per paper.
 *
 * @param papers - Paper records.
 * @param by - A {@link SortKey}, a function `(paper) => string | number | null | undefined`, or a list of them.
 * @param options - `{ order }` (optional): `'asc'` (default) or `'desc'`.
 * @returns The papers in the new order (same element objects and type).
 * @throws {InvalidArgumentError} When `papers` is not an array, on an unknown key
 *   (``Expected sort key (`id`, `title`, …), not `year` ``), or an unknown `order`.
 * @example
 * import { papers } from 'papermeta/data'
 * sortPapers(papers, 'title')[0].title //=> 'A Bag of Tricks for Few-Shot Class-Incremental Learning'
 */
export function sortPapers<P extends Paper>(papers: readonly P[], by: SortBy<P> | ReadonlyArray<SortBy<P>>, options: SortOptions = {}): P[] {
  assertPapers(papers)
  return sortItems(papers, (paper) => paper, by, options)
}

/** Sort any items that carry a paper (search hits, rows), keyed on their paper. @internal */
export function sortItems<T, P extends Paper>(items: readonly T[], paperOf: (item: T) => P, by: SortBy<P> | ReadonlyArray<SortBy<P>>, options: SortOptions = {}): T[] {
  const order = options.order ?? 'asc'
  assertOneOf(order, ['asc', 'desc'] as const, 'sort order')
  const keys = (Array.isArray(by) ? by : [by]) as ReadonlyArray<SortBy<P>>
  if (keys.length === 0) throw new InvalidArgumentError(`Expected at least one sort key, not ${describeValue(by)}`)
  const functions = keys.map(keyFunction)
  const sign = order === 'desc' ? -1 : 1
  const decorated = items.map((item, index) => {
    const paper = paperOf(item)
    return { item, index, values: functions.map((key) => key(paper)) }
  })
  decorated.sort((x, y) => {
    for (let k = 0; k < functions.length; k++) {
      const a = x.values[k]
      const b = y.values[k]
      const aMissing = missing(a)
      const bMissing = missing(b)
      if (aMissing || bMissing) {
        if (aMissing && bMissing) continue
        return aMissing ? 1 : -1
      }
      const difference = compareValues(a, b)
      if (difference !== 0) return sign * difference
    }
    return x.index - y.index
  })
  return decorated.map((entry) => entry.item)
}
