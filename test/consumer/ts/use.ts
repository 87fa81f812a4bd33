// Type-checked (never run) under `moduleResolution: bundler` (as Vite, esbuild and webpack users compile).
import { isPapermetaError, type ListingRecord, type Paper, type Quantity } from 'papermeta'
import { dataset, papers } from 'papermeta/data'
import { parseListing, parsePapers, type ParseListingResult } from 'papermeta/extract'
import { PaperSchema, toJsonSchema } from 'papermeta/schema'

const result: ParseListingResult = parseListing('Title\nAbstract.', { format: 'hf-text' })
const records: ListingRecord[] = result.records
const first: Paper | undefined = papers[0]
const checked = PaperSchema.safeParse(first)
const valid: Paper | undefined = checked.success ? checked.data : undefined
const quantities: Quantity[] = parsePapers('Title\nAbstract.').papers.flatMap((paper) => paper.quantities)
const count: number = dataset.count
const guarded: boolean = isPapermetaError(new Error('x'))
const defs: Record<string, Record<string, unknown>> = toJsonSchema().$defs

// @ts-expect-error a Paper's title is a string, not a number
const wrong: number = papers[0]!.title
// @ts-expect-error 'csv' is not a listing format
parseListing('x', { format: 'csv' })
// @ts-expect-error the bundled dataset is read-only
papers.push(valid!)

export { records, quantities, count, guarded, defs, wrong }

// The JSON Schema, typed from the JSON file itself (resolveJsonModule).
import schemaJson from 'papermeta/schema.json'
const paperDef: unknown = schemaJson.$defs.Paper
// @ts-expect-error the JSON Schema has no `nope` key
schemaJson.nope
export { paperDef }
