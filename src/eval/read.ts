/**
 * Reading JSON record files (a JSON array, or JSON Lines) for `papermeta eval`, `query` and
 * `stats`: the same files `gold/score.mjs` reads, with a problem per broken line instead of a crash.
 *
 * @module
 */
import { describeJsonFailure, LineLocator } from '../listing/common.js'
import { scanJsonArray } from '../listing/json-array.js'

/** One record with the 1-based line it starts on. */
export interface JsonRecord {
  value: unknown
  line: number
}

/** A part of the file that could not be read. */
export interface JsonRecordProblem {
  line: number
  column: number
  message: string
}

/**
 * Read a file's text as a JSON array (when it starts with `[`) or as JSON Lines (blank lines
 * skipped), element by element.
 *
 * @param text - The file's text.
 * @returns The records in order, and the problems (malformed JSON) with line and column.
 * @example
 * readJsonRecords('{"a":1}\n{"b":\n').problems[0]?.line //=> 2
 */
export function readJsonRecords(text: string): { records: JsonRecord[]; problems: JsonRecordProblem[] } {
  const records: JsonRecord[] = []
  const problems: JsonRecordProblem[] = []
  const locator = new LineLocator(text)
  const start = text.search(/\S/)
  if (start === -1) return { records, problems }
  const parse = (source: string, offset: number) => {
    try {
      records.push({ value: JSON.parse(source), line: locator.locate(offset).line })
    } catch (error) {
      const failure = describeJsonFailure(error, source)
      const where = locator.locate(offset + (failure.offset ?? 0))
      problems.push({ ...where, message: `Malformed JSON: ${failure.reason}` })
    }
  }
  if (text.charAt(start) === '[') {
    const scan = scanJsonArray(text, start)
    for (const element of scan.elements) parse(text.slice(element.start, element.end), element.start)
    for (const problem of scan.problems) {
      problems.push({ ...locator.locate(problem.offset), message: `Malformed JSON array (${problem.kind.replace(/_/g, ' ')})` })
    }
    return { records, problems }
  }
  let from = 0
  while (from < text.length) {
    const newline = text.indexOf('\n', from)
    const end = newline === -1 ? text.length : newline
    const line = text.slice(from, end)
    if (line.trim() !== '') parse(line, from)
    if (newline === -1) break
    from = newline + 1
  }
  return { records, problems }
}
