/**
 * `papermeta`: types, typed query helpers and search over Paper records.
 *
 * Light on purpose: it loads no NLP library, no zod and not the dataset
 * (`papermeta/data`), so it suits browser bundles.
 *
 * @module
 */
export { PapermetaError, InvalidArgumentError, ValidationError, isPapermetaError } from './errors.js'
export type { Abbreviation, CodeStatus, CoinedName, Comparator, CuratedClaim, DatasetInfo, GithubRef, Link, LinkKind, ListingFormat, ListingRecord, Origin, Paper, ParseIssue, Quantity, Span, Unit } from './schema.js'
export * from './query/index.js'
