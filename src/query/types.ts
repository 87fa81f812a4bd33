/**
 * Types shared by the query helpers.
 *
 * @module
 */
import type { CodeStatus, LinkKind, Paper, Unit } from '../schema.js'

/**
 * A test on one paper: `true` keeps it. Any function of this shape works with
 * {@link filterPapers}, {@link and}, {@link or}, {@link not} and `query(papers).where(…)`.
 *
 * @typeParam P - The element type (your own `Paper` subtype is kept).
 * @example
 * const recent: PaperPredicate = (paper) => (paper.publishedAt ?? '') >= '2024'
 */
export type PaperPredicate<P extends Paper = Paper> = (paper: P) => boolean

/**
 * A predicate that also narrows the paper's type: `hasCode()` is a `PaperGuard<{ code: 'available' }>`,
 * so `filterPapers(papers, hasCode())` is typed `Array<P & { code: 'available' }>`.
 *
 * {@link filterPapers} and `query().where()` intersect what it proves with the caller's element type,
 * so `MyPaper[]` narrows to `Array<MyPaper & N>`.
 *
 * @typeParam N - The properties the guard proves, e.g. `{ method: CoinedName }`.
 */
export type PaperGuard<N> = (paper: Paper) => paper is Paper & N

/**
 * A text pattern: a string matches case-insensitively as a substring (unless a helper says it
 * matches whole values), a `RegExp` is tested as given (its `g`/`y` flags are ignored, so repeated
 * tests do not depend on `lastIndex`).
 */
export type TextPattern = string | RegExp

/**
 * What the guards among `predicates` prove, as one intersection (`unknown` when none narrows).
 * Used by {@link filterPapers} and `query(papers).where(…)` to keep narrowing through a list.
 *
 * @typeParam F - A tuple of predicates.
 */
export type Narrowing<F extends readonly unknown[]> = F extends readonly [infer Head, ...infer Rest]
  ? (Head extends (paper: any) => paper is infer Q ? Q : unknown) & Narrowing<Rest>
  : unknown

/** The unit vocabulary of {@link Unit}, for argument checks without loading the zod schema. @internal */
export const UNITS = ['percent', 'times', 'bit', 'second', 'minute', 'hour', 'day', 'year', 'dB', 'FLOPs', 'byte'] as const satisfies readonly Unit[]
/** The values of {@link CodeStatus}. @internal */
export const CODE_STATUSES = ['available', 'promised', 'none'] as const satisfies readonly CodeStatus[]
/** The values of {@link LinkKind}. @internal */
export const LINK_KINDS = ['github', 'gitlab', 'huggingface', 'project-page', 'shortlink', 'other'] as const satisfies readonly LinkKind[]
