/**
 * Loading Paper records for `query`, `stats` and `eval`: the bundled dataset, or a file written by
 * `papermeta parse` (a JSON array or JSON Lines), each entry checked against the Paper schema.
 *
 * @internal
 * @module
 */
import { readFileSync } from 'node:fs'
import { readJsonRecords } from '../eval/read.js'
import { PaperSchema, type Paper } from '../schema.js'
import { UsageError, type Io } from './io.js'

/** Papers read, and the problems of the entries that were left out. */
export interface LoadedPapers {
  papers: Paper[]
  label: string
  problems: string[]
}

/** Read a whole file as text; a readable message on failure. */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^[A-Z]+: /, '') : String(error)
    throw new DataError(`cannot read ${path}: ${message}`)
  }
}

/** A file that cannot be used at all (exit 1). */
export class DataError extends Error {
  override name = 'DataError'
}

/** Read all of stdin as UTF-8 text (`--data -`, as in `papermeta parse page.txt | papermeta query --data -`). */
async function readStdin(stdin: Io['stdin']): Promise<string> {
  if (stdin.isTTY === true) throw new UsageError('Expected Paper records piped on stdin for `--data -` (for example `papermeta parse page.txt | papermeta query --data -`)')
  const chunks: Buffer[] = []
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The bundled dataset (`papermeta/data`), the papers in `path`, or those on stdin when `path` is `-`.
 *
 * @param validate - Check each entry against the Paper schema (query, stats); `eval` reads the
 *   fields the scorer reads only, as `score.mjs` does.
 * @param stdin - Where `-` reads from.
 */
export async function loadPapers(path: string | undefined, validate: boolean, stdin?: Io['stdin']): Promise<LoadedPapers> {
  if (path === undefined) {
    const { papers } = await import('../data.js')
    return { papers: [...papers], label: 'the bundled dataset', problems: [] }
  }
  const text = path === '-' ? await readStdin(stdin ?? process.stdin) : readText(path)
  if (path === '-') path = '<stdin>'
  const { records, problems } = readJsonRecords(text)
  const messages = problems.map((problem) => `${path}:${problem.line}:${problem.column}: ${problem.message}; the entry was skipped`)
  const papers: Paper[] = []
  for (const { value, line } of records) {
    if (!validate) {
      papers.push(value as Paper)
      continue
    }
    const checked = PaperSchema.safeParse(value)
    if (checked.success) {
      papers.push(checked.data)
      continue
    }
    const first = checked.error.issues[0]
    const where = first && first.path.length > 0 ? ` at \`${first.path.join('.')}\`` : ''
    messages.push(
      `${path}:${line}: Expected a Paper record (as written by \`papermeta parse\`): ${first?.message ?? 'invalid'}${where}; the entry was skipped`,
    )
  }
  if (records.length === 0 && messages.length === 0) messages.push(`${path}: Expected Paper records, found none`)
  return { papers, label: path, problems: messages }
}
