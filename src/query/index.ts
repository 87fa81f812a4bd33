/**
 * The query helpers of the root entry `papermeta`: pure functions over `Paper[]` that the caller
 * passes in (so the root entry never loads the dataset).
 *
 * @module
 */
export { byMethod, hasMethod, type ByMethodOptions } from './by-method.js'
export { byCode, hasCode } from './by-code.js'
export { byLinkKind, byGithubOwner, byGithubRepo, type ByGithubOptions, type GithubSource } from './by-link.js'
export { byQuantity, type QuantityFilter } from './by-quantity.js'
export { byText, byAuthor, type ByTextOptions, type TextField } from './by-text.js'
export { and, or, not } from './combine.js'
export { filterPapers } from './filter.js'
export { findById, findByArxivId, findByMethod } from './find.js'
export { sortPapers, type SortBy, type SortKey, type SortOptions } from './sort.js'
export { groupPapers, type GroupBy, type GroupKey } from './group.js'
export { searchPapers, clearSearchIndex, type SearchField, type SearchHit, type SearchOptions } from './search.js'
export { query, type PaperQuery, type QueryHit } from './query.js'
export type { Narrowing, PaperGuard, PaperPredicate, TextPattern } from './types.js'
