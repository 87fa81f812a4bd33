/**
 * Generation of the bundled dataset (`data/papers.json`, `data/dataset.json`) from `data/raw/`.
 * Used by `npm start` (through the built `dist/dataset-build.js`) and by the test that checks the
 * committed files are what the code produces. Not a public entry point.
 *
 * @module
 */
import * as z from 'zod'
import { ValidationError } from '../errors.js'
import { parsePapers } from '../extract/parse-papers.js'
import { DatasetInfoSchema, PaperSchema, type DatasetInfo, type Paper, type ParseIssue } from '../schema.js'

/** A raw listing file: its name under `data/raw/` and its text. */
export interface RawListing {
  file: string
  text: string
}

/** The fixed description of the source (data/source.json). */
export interface DatasetSource {
  name: string
  description: string
  retrievedAt: string
  licence: string
}

/** What {@link buildDataset} produces. */
export interface BuiltDataset {
  papers: Paper[]
  dataset: DatasetInfo
  issues: Array<ParseIssue & { file: string }>
}

/**
 * Parse every raw listing (in file-name order), extract, validate with the schema.
 *
 * @throws {ValidationError} When a produced paper breaks the schema.
 */
export function buildDataset(files: readonly RawListing[], source: DatasetSource, version: string): BuiltDataset {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const papers: Paper[] = []
  const issues: BuiltDataset['issues'] = []
  for (const { file, text } of sorted) {
    const result = parsePapers(text, { format: 'auto', file })
    papers.push(...result.papers)
    issues.push(...result.issues.map((issue) => ({ ...issue, file })))
  }
  const checked = z.array(PaperSchema).safeParse(papers)
  if (!checked.success) {
    const list = checked.error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
    throw new ValidationError(`Expected every paper to match the Paper schema, found ${list.length} problem(s): ${list[0]?.message ?? ''} at ${String(list[0]?.path.join('.'))}`, list)
  }
  const dataset = DatasetInfoSchema.parse({
    name: source.name,
    version,
    source: { file: sorted.map((f) => f.file).join(', '), description: source.description, retrievedAt: source.retrievedAt },
    count: papers.length,
    generatedWith: version,
    licence: source.licence,
  })
  return { papers, dataset, issues }
}

/** Serialise as committed: two-space JSON with a final newline. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
