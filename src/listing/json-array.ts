/**
 * Split a JSON array into the source text of its top-level elements, without parsing them.
 *
 * `JSON.parse` on a whole listing is all-or-nothing and forgets where each entry stood. Scanning
 * the array for element boundaries first (tracking strings and bracket depth, linear time) lets
 * every element be parsed on its own: a broken entry becomes one issue with its line and column,
 * the others are still read, and a truncated file keeps every complete entry.
 *
 * Limits: an element whose brackets do not balance swallows what follows it up to the point
 * where they balance again (reported as one malformed entry).
 *
 * @internal
 * @module
 */

/** One top-level element of the array: `text.slice(start, end)`. */
export interface ArrayElement {
  start: number
  end: number
  /** The input ended inside this element. */
  unterminated: boolean
}

/** A structural problem of the array itself (not of an element). */
export interface ArrayProblem {
  offset: number
  kind: 'missing_separator' | 'extra_comma' | 'unclosed_array' | 'trailing_content'
  /** How many in a row (consecutive extra commas are one problem). */
  count: number
}

/** Result of {@link scanJsonArray}. */
export interface ArrayScan {
  elements: ArrayElement[]
  problems: ArrayProblem[]
}

const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d])

function skipSpace(text: string, from: number): number {
  let i = from
  while (i < text.length && SPACE.has(text.charCodeAt(i))) i++
  return i
}

/** Index after the string starting at `from` (a `"`), or -1 when it never closes. */
function skipString(text: string, from: number): number {
  let i = from + 1
  for (;;) {
    const quote = text.indexOf('"', i)
    if (quote === -1) return -1
    let backslashes = 0
    for (let j = quote - 1; j > from && text.charCodeAt(j) === 0x5c; j--) backslashes++
    if (backslashes % 2 === 0) return quote + 1
    i = quote + 1
  }
}

/** Index after the value starting at `from`, or -1 when the input ends inside it. */
function skipValue(text: string, from: number): number {
  const first = text.charCodeAt(from)
  if (first === 0x22) return skipString(text, from)
  if (first === 0x7b || first === 0x5b) {
    let depth = 0
    let i = from
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 0x22) {
        i = skipString(text, i)
        if (i === -1) return -1
        continue
      }
      if (c === 0x7b || c === 0x5b) depth++
      else if (c === 0x7d || c === 0x5d) {
        depth--
        if (depth === 0) return i + 1
      }
      i++
    }
    return -1
  }
  // A scalar (number, true, false, null, or junk): up to the next separator, at least one character.
  let i = from + 1
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 0x2c || c === 0x5d || c === 0x7d || SPACE.has(c)) break
    i++
  }
  return i
}

/**
 * Scan the JSON array that starts at `from` (a `[`, after optional whitespace).
 *
 * @param text - The JSON text.
 * @param from - Offset of the `[` (or of whitespace before it).
 * @returns The elements in order and the array's structural problems, by offset.
 */
export function scanJsonArray(text: string, from = 0): ArrayScan {
  const elements: ArrayElement[] = []
  const problems: ArrayProblem[] = []
  let i = skipSpace(text, from) + 1 // past '['
  let afterExtraComma = false
  for (;;) {
    i = skipSpace(text, i)
    if (i >= text.length) {
      problems.push({ offset: text.length, kind: 'unclosed_array', count: 1 })
      return { elements, problems }
    }
    const c = text.charCodeAt(i)
    if (c === 0x5d) {
      i++
      break
    }
    if (c === 0x2c) {
      const last = problems[problems.length - 1]
      if (afterExtraComma && last?.kind === 'extra_comma') last.count++
      else problems.push({ offset: i, kind: 'extra_comma', count: 1 })
      afterExtraComma = true
      i++
      continue
    }
    afterExtraComma = false
    const end = skipValue(text, i)
    if (end === -1) {
      elements.push({ start: i, end: text.length, unterminated: true })
      problems.push({ offset: text.length, kind: 'unclosed_array', count: 1 })
      return { elements, problems }
    }
    elements.push({ start: i, end, unterminated: false })
    i = skipSpace(text, end)
    if (i >= text.length) {
      problems.push({ offset: text.length, kind: 'unclosed_array', count: 1 })
      return { elements, problems }
    }
    const next = text.charCodeAt(i)
    if (next === 0x2c) {
      i++
      // A comma right before the closing bracket is an extra comma.
      const after = skipSpace(text, i)
      if (text.charCodeAt(after) === 0x5d) problems.push({ offset: i - 1, kind: 'extra_comma', count: 1 })
      continue
    }
    if (next === 0x5d) {
      i++
      break
    }
    if (next === 0x7d) {
      // A stray closing brace between elements: skip it, the elements around it are still read.
      problems.push({ offset: i, kind: 'missing_separator', count: 1 })
      i++
      continue
    }
    problems.push({ offset: i, kind: 'missing_separator', count: 1 })
  }
  const rest = skipSpace(text, i)
  if (rest < text.length) problems.push({ offset: rest, kind: 'trailing_content', count: 1 })
  return { elements, problems }
}
