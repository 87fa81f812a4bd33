/**
 * `query(papers)`: a small, immutable, fluent builder over the helpers.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js'
import type { Paper } from '../schema.js'
import { filterPapers } from './filter.js'
import { groupPapers, type GroupBy } from './group.js'
import { searchPapers, type SearchField, type SearchOptions } from './search.js'
import { sortItems, type SortBy, type SortOptions } from './sort.js'
import { assertFunction, assertPapers } from './text.js'
import type { Narrowing, PaperPredicate } from './types.js'

/** One result of {@link PaperQuery.hits}: like a search hit, with `score: null` when the query has no `search`. */
export type QueryHit<P extends Paper = Paper> = {
  /** The paper (the same object as in the input array). */
  paper: P
  /** Search relevance, or `null` when the query has no `search`. */
  score: number | null
  /** Matched indexed words (`[]` without `search`). */
  terms: string[]
  /** For each matched word, the fields it matched in (`{}` without `search`). */
  match: Record<string, SearchField[]>
}

/**
 * An immutable query over an array of papers, made by {@link query}. Each builder method returns a
 * new query; nothing runs until a terminal method (`toArray`, `hits`, `count`, `first`, `groupBy`,
 * or iteration). Whatever the order of calls, a query runs: filter (`where`) → rank (`search`) →
 * `sortBy` → `skip` → `limit`.
 *
 * @typeParam P - The element type; `where` with a type guard narrows it.
 */
export interface PaperQuery<P extends Paper> extends Iterable<P> {
  /**
   * Keep papers satisfying every predicate (and those of earlier `where` calls). Guards narrow the type.
   *
   * @throws {InvalidArgumentError} When a predicate is not a function.
   * @example
   * query(papers).where(hasCode(), byMethod('lora')).count() //=> 1
   */
  where<const F extends ReadonlyArray<PaperPredicate<P>>>(...predicates: F): PaperQuery<P & Narrowing<F>>
  /**
   * Rank by relevance to `text` (see {@link searchPapers}); papers that do not match are dropped.
   * A later `sortBy` reorders the hits. Use `limit()` and `where()` instead of the `limit` / `filter` options.
   *
   * @throws {InvalidArgumentError} When `text` is not a string or an option is invalid.
   */
  search(text: string, options?: Omit<SearchOptions<P>, 'filter' | 'limit'>): PaperQuery<P>
  /** Sort by a key, a function, or a list of them (see {@link sortPapers}). @throws {InvalidArgumentError} On an unknown key or order. */
  sortBy(by: SortBy<P> | ReadonlyArray<SortBy<P>>, options?: SortOptions): PaperQuery<P>
  /** Skip the first `count` results. @throws {InvalidArgumentError} When `count` is not a non-negative integer. */
  skip(count: number): PaperQuery<P>
  /** Keep at most `count` results. @throws {InvalidArgumentError} When `count` is not a non-negative integer or `Infinity`. */
  limit(count: number): PaperQuery<P>
  /** Run: the results with their search score, terms and match (score `null` without `search`). */
  hits(): Array<QueryHit<P>>
  /** Run: the matching papers. */
  toArray(): P[]
  /** Run: the number of results. */
  count(): number
  /** Run: the first result, or `undefined`. */
  first(): P | undefined
  /** Run and group the results (see {@link groupPapers}). */
  groupBy(by: GroupBy<P>): Map<string, P[]>
}

type Plan = {
  readonly base: readonly Paper[]
  readonly predicates: ReadonlyArray<PaperPredicate>
  readonly search: { text: string; options: Omit<SearchOptions, 'filter' | 'limit'> } | null
  readonly sort: { by: SortBy | readonly SortBy[]; options: SortOptions } | null
  readonly offset: number
  readonly limit: number
}

function assertCount(count: unknown, infinite: boolean): asserts count is number {
  if (!((Number.isInteger(count) && (count as number) >= 0) || (infinite && count === Infinity))) {
    throw new InvalidArgumentError(`Expected non-negative integer, not ${describeValue(count)}`)
  }
}

class Query<P extends Paper> implements PaperQuery<P> {
  constructor(private readonly plan: Plan) {}

  private next<Q extends Paper = P>(change: Partial<Plan>): PaperQuery<Q> {
    return new Query<Q>({ ...this.plan, ...change })
  }

  where<const F extends ReadonlyArray<PaperPredicate<P>>>(...predicates: F): PaperQuery<P & Narrowing<F>> {
    for (const predicate of predicates) assertFunction(predicate, 'predicate function')
    return this.next({ predicates: [...this.plan.predicates, ...(predicates as unknown as readonly PaperPredicate[])] })
  }

  search(text: string, options: Omit<SearchOptions<P>, 'filter' | 'limit'> = {}): PaperQuery<P> {
    // `limit` and `filter` belong to limit() and where(): a search-level limit would cut before sortBy.
    const { limit: _limit, filter: _filter, ...rest } = options as SearchOptions<P>
    return this.next({ search: { text, options: rest } })
  }

  sortBy(by: SortBy<P> | ReadonlyArray<SortBy<P>>, options: SortOptions = {}): PaperQuery<P> {
    return this.next({ sort: { by: by as SortBy | readonly SortBy[], options } })
  }

  skip(count: number): PaperQuery<P> {
    assertCount(count, false)
    return this.next({ offset: count })
  }

  limit(count: number): PaperQuery<P> {
    assertCount(count, true)
    return this.next({ limit: count })
  }

  hits(): Array<QueryHit<P>> {
    const { base, predicates, search, sort } = this.plan
    let rows: Array<QueryHit<P>>
    if (search !== null) {
      const filter = predicates.length === 0 ? undefined : (paper: Paper) => predicates.every((predicate) => predicate(paper))
      rows = searchPapers(base as readonly P[], search.text, filter === undefined ? search.options : { ...search.options, filter })
    } else {
      rows = filterPapers(base as readonly P[], ...predicates).map((paper) => ({ paper, score: null, terms: [], match: {} }))
    }
    if (sort !== null) rows = sortItems(rows, (row) => row.paper, sort.by as SortBy<P>, sort.options)
    return this.page(rows)
  }

  toArray(): P[] {
    const { base, predicates, search, sort } = this.plan
    if (search === null && sort === null) return this.page(filterPapers(base as readonly P[], ...predicates))
    return this.hits().map((row) => row.paper)
  }

  count(): number {
    return this.toArray().length
  }

  first(): P | undefined {
    return this.next<P>({ limit: Math.min(this.plan.limit, 1) }).toArray()[0]
  }

  groupBy(by: GroupBy<P>): Map<string, P[]> {
    return groupPapers(this.toArray(), by)
  }

  [Symbol.iterator](): Iterator<P> {
    return this.toArray()[Symbol.iterator]()
  }

  private page<T>(rows: T[]): T[] {
    const { offset, limit } = this.plan
    return offset === 0 && limit >= rows.length ? rows : rows.slice(offset, limit === Infinity ? undefined : offset + limit)
  }
}

/**
 * Start a fluent, immutable query over `papers`: `where` (filters; type guards narrow), `search`
 * (ranked), `sortBy`, `skip`, `limit`, then `toArray`, `hits`, `count`, `first`, `groupBy` or a
 * `for…of` loop. The same as composing {@link filterPapers}, {@link searchPapers},
 * {@link sortPapers} and {@link groupPapers}; nothing is computed until a terminal call.
 *
 * @param papers - Paper records (your own `Paper` subtype is kept).
 * @returns A {@link PaperQuery}.
 * @throws {InvalidArgumentError} When `papers` is not an array: ``Expected an array of papers, not `42` ``.
 * @example
 * import { papers } from 'papermeta/data'
 * query(papers).where(byQuantity({ unit: 'times', min: 10 })).sortBy('title').toArray().map((paper) => paper.title.slice(0, 24))
 * //=> ['AANet: Adaptive Aggregat', 'Adapt-Pruner: Adaptive S', 'CAKE: Cascading and Adap', 'Exploring Learngene via ',
 *      'Lossy and Lossless (L$^2', 'Matryoshka Representatio', 'Transferring Knowledge f']
 */
export function query<P extends Paper>(papers: readonly P[]): PaperQuery<P> {
  assertPapers(papers)
  return new Query<P>({ base: papers, predicates: [], search: null, sort: null, offset: 0, limit: Infinity })
}
