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

/** One sort key computed for every item: numbers (NaN = missing), or strings (null = missing). */
type Column = { kind: 'number'; values: Float64Array } | { kind: 'string'; folded: Array<string | null>; raw: Array<string | null> }

function column<T, P extends Paper>(items: readonly T[], paperOf: (item: T) => P, key: (paper: P) => KeyValue): Column {
  const values = items.map((item) => key(paperOf(item)))
  const isMissing = (value: KeyValue) => value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))
  if (values.every((value) => isMissing(value) || typeof value === 'number')) {
    return { kind: 'number', values: Float64Array.from(values, (value) => (isMissing(value) ? Number.NaN : (value as number))) }
  }
  const raw = values.map((value) => (isMissing(value) ? null : String(value)))
  return { kind: 'string', raw, folded: raw.map((value) => (value === null ? null : value.toLowerCase())) }
}

/** Compare items i and j on one column: missing last (whatever `sign`), else `sign` × order. */
function compareOn(col: Column, i: number, j: number, sign: number): number {
  if (col.kind === 'number') {
    const a = col.values[i] as number
    const b = col.values[j] as number
    if (a !== a || b !== b) return a !== a ? (b !== b ? 0 : 1) : -1 // NaN: missing
    return a === b ? 0 : sign * (a < b ? -1 : 1)
  }
  const a = col.folded[i] as string | null
  const b = col.folded[j] as string | null
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1
  if (a !== b) return sign * (a < b ? -1 : 1)
  const x = col.raw[i] as string
  const y = col.raw[j] as string
  return x === y ? 0 : sign * (x < y ? -1 : 1)
}

/**
 * Papers sorted by `by`, a new array (`papers` is not changed). Stable: equal keys keep their input
 * order. Missing values (`null`, `undefined`, `NaN`) go last in either order.
 *
 * Strings compare case-insensitively by UTF-16 code unit (lowercased; ties broken by the original
 * case), not by locale collation, so accented letters sort after `z`; numbers numerically. A key
 * whose values are all numbers (or missing) sorts numerically, otherwise as strings. A list of keys
 * sorts by the first, then breaks ties with the next (all in the same `order`). Keys are computed
 * once per paper.
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
  const columns = keys.map((by) => column(items, paperOf, keyFunction(by)))
  const sign = order === 'desc' ? -1 : 1
  const indexes = Array.from({ length: items.length }, (_, index) => index)
  indexes.sort((i, j) => {
    for (const col of columns) {
      const difference = compareOn(col, i, j, sign)
      if (difference !== 0) return difference
    }
    return i - j
  })
  return indexes.map((index) => items[index] as T)
}
