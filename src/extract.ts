/**
 * `papermeta/extract`: listing parsers and the heuristic extractors.
 *
 * Loads linkify-it, unified/retext and compromise when imported (the API is synchronous).
 *
 * @module
 */
export { parseListing, LISTING_FORMATS } from './listing/parse-listing.js'
export type { ParseListingOptions, ParseListingResult } from './listing/parse-listing.js'
export { detectFormat, detectListingFormat } from './listing/detect.js'
export type { FormatDetection } from './listing/detect.js'
export { parseListingStream } from './listing/stream.js'
export type { ListingStreamItem, ListingStreamSummary, ParseListingStreamOptions } from './listing/stream.js'
export { parsePapers } from './extract/parse-papers.js'
export type { ParsePapersResult } from './extract/parse-papers.js'
export { extractPaper, slugify } from './extract/paper.js'
export type { ExtractPaperInput } from './extract/paper.js'
export { extractNames, analyzeNames } from './extract/names/index.js'
export type { NamesInput, NamesAnalysis, NameMessage, NameRule } from './extract/names/index.js'
export { extractAbbreviations } from './extract/abbreviations/index.js'
export { retextAbbreviations, retextNames, retextSentences } from './retext/index.js'
export type { RetextNamesOptions } from './retext/index.js'
export { extractQuantities } from './extract/quantities/index.js'
export { extractLinks, detectCodeStatus, classifyUrl, parseGithubUrl, githubRepoSlug } from './extract/links/index.js'
export type { UrlClass } from './extract/links/index.js'
export { splitSentences } from './extract/text/sentences.js'
export type { SentenceSpan } from './extract/text/sentences.js'
export { PapermetaError, InvalidArgumentError, ValidationError, isPapermetaError } from './errors.js'
export type { Abbreviation, CodeStatus, CoinedName, Comparator, CuratedClaim, DatasetInfo, GithubRef, Link, LinkKind, ListingFormat, ListingRecord, Origin, Paper, ParseIssue, Quantity, Span, Unit } from './schema.js'
