/**
 * The zod schemas of papermeta: the single source of every public type.
 *
 * `papermeta/schema` re-exports this module. The root entry and `papermeta/extract` only
 * import *types* from here (erased at build time), so zod is loaded at run time only by
 * code that imports `papermeta/schema` (and by `parsePapers` / the CLI, which validate).
 *
 * The JSON Schema file `papermeta/schema.json` (dist/papermeta.schema.json) is generated
 * from these schemas by {@link toJsonSchema} at build time.
 *
 * @module
 */
import * as z from 'zod'

// ---------------------------------------------------------------------------
// Small shared pieces

/**
 * A listing format `parseListing` can read.
 *
 * @example
 * ListingFormatSchema.parse('hf-text') //=> 'hf-text'
 */
export const ListingFormatSchema = z
  .enum(['hf-text', 'hf-api', 'arxiv-atom', 'arxiv-oai', 'jsonl'])
  .describe(
    'Listing format: hf-text (a copied Hugging Face Papers page), hf-api (the HF Papers API JSON), ' +
      'arxiv-atom (arXiv API Atom XML), arxiv-oai (arXiv metadata snapshot, JSON Lines), jsonl (JSON Lines with title and abstract)',
  )

const offset = z.int().nonnegative()

/**
 * A span of text: UTF-16 code-unit offsets, end exclusive, into the field named by `field`.
 * `field: 'text'` means the string the caller passed to a standalone extractor.
 *
 * @example
 * SpanSchema.parse({ field: 'abstract', start: 69, end: 74 }) //=> { field: 'abstract', start: 69, end: 74 }
 */
export const SpanSchema = z
  .strictObject({
    field: z.enum(['title', 'abstract', 'text']).describe('Which string the offsets index into'),
    start: offset.describe('UTF-16 code-unit offset of the first character'),
    end: offset.describe('UTF-16 code-unit offset after the last character (exclusive)'),
  })
  .refine((s) => s.end >= s.start, { message: 'Expected `end` >= `start`' })
  .describe('Where an item stands: slice(start, end) of the named field gives back its surface text')

/**
 * Where a record came from: the listing format, its 1-based line, the file when known.
 *
 * @example
 * OriginSchema.parse({ format: 'hf-text', line: 3 }) //=> { format: 'hf-text', line: 3 }
 */
export const OriginSchema = z
  .strictObject({
    format: ListingFormatSchema,
    line: z.int().positive().nullable().describe('1-based line of the entry in its input (first line of the title)'),
    file: z.string().optional().describe('File name the entry was read from, when read from a file'),
  })
  .describe('Where a record came from')

/** Dates are ISO 8601: `YYYY-MM-DD`, a full date-time, or `--MM-DD` when the listing gives no year. */
const isoDate = z
  .string()
  .regex(/^(?:\d{4}|-)-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/)
  .describe('ISO 8601 date (YYYY-MM-DD), date-time, or --MM-DD when the source gives no year')

/**
 * What the source itself claims about code (the HF API's `githubRepo` / `projectPage`).
 *
 * @example
 * CuratedClaimSchema.parse({ githubRepo: 'https://github.com/acme/tool', projectPage: null }).githubRepo //=> 'https://github.com/acme/tool'
 */
export const CuratedClaimSchema = z
  .strictObject({
    githubRepo: z.string().nullable().describe('Repository URL the source lists'),
    projectPage: z.string().nullable().describe('Project page URL the source lists'),
  })
  .describe("What the listing's source claims about code, independent of the abstract")

// ---------------------------------------------------------------------------
// Extracted items

/**
 * A name a paper coins for its contribution (`XDoc`, `AdaPT`, `PEPSI`).
 * `longForm` is the expansion when the text defines one (`Adaptive Precision Training`).
 *
 * @example
 * CoinedNameSchema.safeParse({ name: 'AdaPT', longForm: null, rule: 'title-prefix', confidence: 1.2, spans: [] }).success //=> false (confidence > 1)
 */
export const CoinedNameSchema = z
  .strictObject({
    name: z.string().min(1).describe('The coined name as written (case kept), e.g. "AdaPT"'),
    longForm: z.string().nullable().describe('Its long form when the text defines one, e.g. "Adaptive Precision Training"'),
    rule: z.string().min(1).describe('Id of the rule that found it (kebab-case), e.g. "title-colon"'),
    confidence: z.number().min(0).max(1).describe('How sure the rule is, 0..1'),
    spans: z.array(SpanSchema).describe('Every place the name (or its long form) was found as evidence'),
  })
  .describe('A name the paper coins for its method, model, dataset or benchmark')

/**
 * Kinds of link, see the README's Links section.
 *
 * @example
 * LinkKindSchema.options //=> ['github', 'gitlab', 'huggingface', 'project-page', 'shortlink', 'other']
 */
export const LinkKindSchema = z
  .enum(['github', 'gitlab', 'huggingface', 'project-page', 'shortlink', 'other'])
  .describe('What a link points to')

/**
 * GitHub coordinates parsed from a github.com URL.
 *
 * @example
 * GithubRefSchema.parse({ owner: 'deepmind', repo: null, path: null }).repo //=> null (owner-only URL)
 */
export const GithubRefSchema = z
  .strictObject({
    owner: z.string().min(1).describe('User or organisation, as written'),
    repo: z.string().min(1).nullable().describe('Repository name as written, `.git` removed; null for an owner-only URL'),
    path: z.string().nullable().describe('Rest of the path after owner/repo (e.g. "tree/main/src"), or null'),
  })
  .describe('GitHub owner/repo/path of a github.com link')

/**
 * A URL found in a title or abstract, repaired and typed.
 *
 * @example
 * LinkSchema.shape.kind.parse('shortlink') //=> 'shortlink'
 */
export const LinkSchema = z
  .strictObject({
    text: z.string().min(1).describe('The surface as it stands in the source, e.g. "\\\\url{https://github.com/a/b}"'),
    url: z.string().min(1).describe('The URL as written, minus sentence punctuation and LaTeX wrapping; line breaks repaired'),
    kind: LinkKindSchema,
    github: GithubRefSchema.nullable(),
    rule: z.string().min(1).describe('Id of the rule that found it'),
    confidence: z.number().min(0).max(1),
    span: SpanSchema,
  })
  .describe('A URL in the text')

/**
 * The closed unit vocabulary. Prefixed forms are scaled into these (20ms → 0.02 second).
 *
 * @example
 * UnitSchema.safeParse('ms').success //=> false (20ms is stored as 0.02 'second')
 */
export const UnitSchema = z
  .enum(['percent', 'times', 'bit', 'second', 'minute', 'hour', 'day', 'year', 'dB', 'FLOPs', 'byte'])
  .describe('Unit of a quantity; prefixed forms are scaled into the base unit')

/**
 * Comparators: symbol ones are part of the quantity's `text`, word ones (`up to`) are not.
 *
 * @example
 * ComparatorSchema.parse('<=') //=> '<=' ("up to")
 */
export const ComparatorSchema = z.enum(['<', '<=', '>', '>=', '~']).describe('Comparator before a number')

/**
 * A reported number (`36.7% parameters`, `3.2 - 4.4x`, `130M`).
 *
 * @example
 * QuantitySchema.shape.unit.parse('percent') //=> 'percent'
 */
export const QuantitySchema = z
  .strictObject({
    text: z.string().min(1).describe('Verbatim surface, e.g. "36.7%", "3.2 - 4.4x", "15\\\\%", "130M"'),
    value: z.number().describe('The number, scale applied (130M → 130000000); a range’s low end'),
    max: z.number().nullable().describe('A range’s high end, else null'),
    unit: UnitSchema.nullable().describe('Unit, or null for a bare count'),
    noun: z.string().nullable().describe('The adjacent noun it counts or measures, e.g. "parameters"'),
    comparator: ComparatorSchema.nullable(),
    rule: z.string().min(1).describe('Id of the rule that found it'),
    confidence: z.number().min(0).max(1),
    span: SpanSchema,
  })
  .describe('A number reported in the text')

/**
 * A short form (acronym) occurrence, with the long form that defines it where the text does.
 *
 * @example
 * AbbreviationSchema.parse({ short: 'AMP', shortStart: 40, shortEnd: 43, long: null, longStart: null, longEnd: null, rule: 'short-only', confidence: 0.5 }).long //=> null
 */
export const AbbreviationSchema = z
  .strictObject({
    short: z.string().min(1).describe('The short form as written, e.g. "AdaPT"'),
    shortStart: offset,
    shortEnd: offset,
    long: z.string().min(1).nullable().describe('The long form defined here, or null'),
    longStart: offset.nullable(),
    longEnd: offset.nullable(),
    rule: z.string().min(1),
    confidence: z.number().min(0).max(1),
  })
  .describe('A short form occurrence (Schwartz & Hearst 2003 definitions, both orders)')

// ---------------------------------------------------------------------------
// Records

/**
 * Something a parser did not understand or doubts, with where and why.
 *
 * @example
 * ParseIssueSchema.safeParse({ code: 'Duplicate', message: 'x', line: 1, column: 1, severity: 'warning' }).success //=> false (code is snake_case)
 */
export const ParseIssueSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z][a-z0-9_]*$/).describe('snake_case, e.g. "duplicate_entry"'),
    message: z.string().min(1).describe('What was expected and what was found'),
    line: z.int().positive().nullable().describe('1-based line'),
    column: z.int().positive().nullable().describe('1-based column'),
    severity: z.enum(['error', 'warning']).describe('error: an entry was not turned into a record; warning: it was, with a doubt'),
  })
  .describe('A problem found while parsing a listing')

/**
 * One entry of a listing, before extraction.
 *
 * @example
 * ListingRecordSchema.shape.upvotes.parse(null) //=> null
 */
export const ListingRecordSchema = z
  .strictObject({
    title: z.string().min(1).describe('Title, hard wraps joined with one space, trimmed'),
    abstract: z.string().describe('Abstract (or one-sentence summary), same normalisation'),
    origin: OriginSchema,
    arxivId: z.string().nullable().describe('arXiv identifier when the source gives one, e.g. "2210.02849"'),
    authors: z.array(z.string()).describe('Author names in order; empty when the source gives none'),
    publishedAt: isoDate.nullable(),
    upvotes: z.int().nonnegative().nullable().describe('Upvotes shown by the source, when it shows them'),
    curated: CuratedClaimSchema.nullable(),
  })
  .describe('One entry of a listing')

/**
 * Code status: a link or "code is available" → available; "will be released" → promised.
 *
 * @example
 * CodeStatusSchema.options //=> ['available', 'promised', 'none']
 */
export const CodeStatusSchema = z.enum(['available', 'promised', 'none']).describe('What the text says about code')

/**
 * A paper with everything papermeta extracts from its title and abstract.
 *
 * @example
 * import { papers } from 'papermeta/data'
 * PaperSchema.safeParse(papers[0]).success //=> true
 */
export const PaperSchema = z
  .strictObject({
    id: z.string().min(1).describe('arXiv id when known, else a stable slug of the title'),
    title: z.string().min(1),
    abstract: z.string(),
    origin: OriginSchema,
    arxivId: z.string().nullable(),
    authors: z.array(z.string()),
    publishedAt: isoDate.nullable(),
    upvotes: z.int().nonnegative().nullable(),
    method: CoinedNameSchema.nullable().describe('The primary coined name (names[0]), or null'),
    names: z.array(CoinedNameSchema).describe('All coined names, primary first'),
    links: z.array(LinkSchema).describe('Every URL in title + abstract, in order'),
    code: CodeStatusSchema,
    quantities: z.array(QuantitySchema).describe('Quantities of the title then the abstract, in order'),
    curated: CuratedClaimSchema.extend({
      agrees: z.boolean().nullable().describe("Do the text's links name the curated repo? null when either side is missing"),
    })
      .nullable()
      .describe('What the source claims (HF API), null when it claims nothing'),
  })
  .describe('A paper record with extracted metadata')

/**
 * Metadata of the bundled dataset (`papermeta/data`'s `dataset`).
 *
 * @example
 * import { dataset } from 'papermeta/data'
 * DatasetInfoSchema.parse(dataset).count //=> 235
 */
export const DatasetInfoSchema = z
  .strictObject({
    name: z.string(),
    version: z.string().describe('Version of the dataset (the package version that generated it)'),
    source: z.strictObject({
      file: z.string().describe('Input file under data/raw/'),
      description: z.string(),
      retrievedAt: isoDate.describe('When the listing was taken'),
    }),
    count: z.int().nonnegative().describe('Number of papers'),
    generatedWith: z.string().describe('papermeta version that produced the dataset'),
    licence: z.string().describe('Licence note for the data'),
  })
  .describe('Metadata of the bundled dataset')

// ---------------------------------------------------------------------------
// Types (the public types of papermeta are inferred from the schemas above)

/** Listing format name, e.g. `'hf-text'`. */
export type ListingFormat = z.infer<typeof ListingFormatSchema>
/** UTF-16 span `{ field, start, end }` (end exclusive). */
export type Span = z.infer<typeof SpanSchema>
/** Where a record came from. */
export type Origin = z.infer<typeof OriginSchema>
/** Source's own code claim (`githubRepo`, `projectPage`). */
export type CuratedClaim = z.infer<typeof CuratedClaimSchema>
/** A coined name with rule, confidence and spans. */
export type CoinedName = z.infer<typeof CoinedNameSchema>
/** Kind of link. */
export type LinkKind = z.infer<typeof LinkKindSchema>
/** GitHub coordinates of a link. */
export type GithubRef = z.infer<typeof GithubRefSchema>
/** A URL found in text. */
export type Link = z.infer<typeof LinkSchema>
/** Unit of a quantity. */
export type Unit = z.infer<typeof UnitSchema>
/** Comparator of a quantity. */
export type Comparator = z.infer<typeof ComparatorSchema>
/** A reported number. */
export type Quantity = z.infer<typeof QuantitySchema>
/** A short form occurrence. */
export type Abbreviation = z.infer<typeof AbbreviationSchema>
/** A parse problem. */
export type ParseIssue = z.infer<typeof ParseIssueSchema>
/** One listing entry. */
export type ListingRecord = z.infer<typeof ListingRecordSchema>
/** Code status. */
export type CodeStatus = z.infer<typeof CodeStatusSchema>
/** A paper record. */
export type Paper = z.infer<typeof PaperSchema>
/** Dataset metadata. */
export type DatasetInfo = z.infer<typeof DatasetInfoSchema>

/**
 * Generate the JSON Schema (draft 2020-12) of papermeta's records, one document with
 * `$defs` for every record type. This is what `papermeta/schema.json` ships.
 *
 * @returns A JSON Schema object; `$defs` holds Paper, ListingRecord, Span, CoinedName,
 *   Link, Quantity, Abbreviation, ParseIssue and DatasetInfo, and the root is an array of Paper.
 * @example
 * import { toJsonSchema } from 'papermeta/schema'
 * toJsonSchema().$defs.Paper.required
 * //=> ['id', 'title', 'abstract', 'origin', …]
 */
export function toJsonSchema(): Record<string, unknown> & { $defs: Record<string, Record<string, unknown>> } {
  const registry = z.registry<{ id: string }>()
  const named = {
    Paper: PaperSchema,
    ListingRecord: ListingRecordSchema,
    ParseIssue: ParseIssueSchema,
    Span: SpanSchema,
    Origin: OriginSchema,
    CoinedName: CoinedNameSchema,
    Link: LinkSchema,
    GithubRef: GithubRefSchema,
    Quantity: QuantitySchema,
    Abbreviation: AbbreviationSchema,
    DatasetInfo: DatasetInfoSchema,
  } as const
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id })
  const all = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/$defs/${id}` })
  const defs: Record<string, Record<string, unknown>> = {}
  for (const [id, schema] of Object.entries(all.schemas)) {
    const { $schema: _drop, $id: _id, ...rest } = schema as Record<string, unknown>
    defs[id] = rest
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/papermeta/dist/papermeta.schema.json',
    title: 'papermeta papers',
    description: 'An array of papermeta Paper records (data/papers.json and `papermeta parse --output json`).',
    type: 'array',
    items: { $ref: '#/$defs/Paper' },
    $defs: defs,
  }
}
