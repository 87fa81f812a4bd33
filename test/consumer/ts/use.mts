// Type-checked (never run) as an ES module under `moduleResolution: node16`: resolves the `import` types (.d.ts).
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
