/**
 * Parser for arXiv API responses in Atom 1.0 XML (`format: 'arxiv-atom'`), read with
 * fast-xml-parser (not regexes).
 *
 * Per `<entry>`: `<title>` and `<summary>` (or `<content>`) with hard wraps joined with one space;
 * `<id>` (`http://arxiv.org/abs/2210.02849v2`) → `arxivId` `2210.02849` (null for a feed that is
 * not arXiv's); `<author><name>` → `authors`; `<published>` (else `<updated>`) → `publishedAt`.
 * Character references are decoded (`&amp;`, `&#233;`); DOCTYPE entities are not expanded.
 * An arXiv API error entry (`<id>http://arxiv.org/api/errors#…</id>`) becomes an `api_error` issue.
 *
 * Malformed XML: the document-level error from the validator is reported with its line and
 * column, then every `<entry>…</entry>` is validated and read on its own, so the good entries of
 * a truncated or damaged feed are still returned and each bad one becomes an issue.
 *
 * Source: the arXiv API user manual (https://info.arxiv.org/help/api/user-manual.html), Atom 1.0
 * (RFC 4287).
 *
 * @internal Exposed to users through `parseListing(text, { format: 'arxiv-atom' })`.
 * @module
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { ParseIssue } from '../schema.js'
import { EntryReader, LineLocator, isObject, joinHardWraps, normalizeArxivId, type Position } from './common.js'
import type { ListingParts } from './json-entries.js'

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  captureMetaData: true,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  trimValues: true,
  isArray: (name) => name === 'entry' || name === 'author' || name === 'link',
})
const META = XMLParser.getMetaDataSymbol() as unknown as string

/** The text of an element parsed by fast-xml-parser (`"x"`, `{ '#text': 'x', '@_type': 'html' }`). */
function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node
  if (typeof node === 'number' || typeof node === 'boolean') return String(node)
  if (Array.isArray(node)) return textOf(node[0])
  if (isObject(node)) {
    const text = node['#text']
    return text === undefined ? '' : textOf(text)
  }
  return undefined
}

function startOf(node: unknown): number | null {
  if (!isObject(node)) return null
  const meta = (node as Record<string, unknown>)[META]
  return isObject(meta) && typeof meta.startIndex === 'number' ? meta.startIndex : null
}

/** Read one parsed `<entry>`; `source` is its XML (for positions of child elements). */
function readEntry(entry: unknown, start: Position, source: string, locate: (index: number) => Position, file: string | undefined) {
  const findKey = (text: string, key: string) => text.indexOf(`<${key}`)
  const reader = new EntryReader({ format: 'arxiv-atom', file, start, source, locate, findKey })
  if (!isObject(entry)) {
    reader.report('missing_title', 'Expected `<title>` and `<summary>` in the `<entry>`, found an empty entry; the entry was skipped', 'error')
    return reader.finish(null)
  }
  const id = textOf(entry.id)?.trim() ?? ''
  if (id.includes('arxiv.org/api/errors')) {
    const summary = joinHardWraps(textOf(entry.summary) ?? '')
    reader.report('api_error', `Expected a paper entry, found an arXiv API error: ${summary || id}`, 'error')
    return reader.finish(null)
  }
  const title = reader.requiredText(textOf(entry.title), 'title', 'title')
  const hasSummary = entry.summary !== undefined
  const abstract = reader.requiredText(textOf(hasSummary ? entry.summary : entry.content), hasSummary || entry.content === undefined ? 'summary' : 'content', 'abstract')
  const arxivId = id === '' ? null : normalizeArxivId(id)
  const authors: string[] = []
  for (const author of Array.isArray(entry.author) ? entry.author : []) {
    const name = joinHardWraps(textOf(isObject(author) ? author.name : author) ?? '')
    if (name !== '') authors.push(name)
  }
  const published = textOf(entry.published) ?? textOf(entry.updated)
  const publishedAt = reader.optionalDate(published, entry.published === undefined ? 'updated' : 'published')
  if (title === null || abstract === null) return reader.finish(null)
  return reader.finish({ title, abstract, arxivId, authors, publishedAt, upvotes: null, curated: null })
}

/** An error of the XML validator (or of the parser, then without a position: line 0). */
interface XmlError {
  code: string
  msg: string
  line: number
  col: number
}

/** Turn the validator's error into an issue; unclosed tags at the end mean a truncated input. */
function xmlIssue(err: XmlError, text: string, locator: LineLocator, base: Position | null): ParseIssue {
  // The validator's words for tags still open at the end: "Unclosed tag 'feed'." (one),
  // "Invalid '[ "feed", "entry" ]' found." (several).
  const several = /^Invalid '\[(.*)\]' found\.?$/s.exec(err.msg)
  const one = /^Unclosed tag '([^']+)'\.?$/.exec(err.msg)
  if (several || one) {
    const open = several ? [...(several[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1] ?? '') : [one?.[1] ?? '']
    const names = open.map((name) => `\`</${name}>\``).reverse()
    const end = locator.locate(text.trimEnd().length)
    return {
      code: 'truncated_input',
      message: `Expected ${names.join(', ') || 'closing tags'}, found the end of the input; the input looks truncated`,
      ...end,
      severity: 'error',
    }
  }
  const known = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value > 0
  if (!known(err.line)) return { code: 'malformed_xml', message: `Malformed XML: ${err.msg}`, line: null, column: null, severity: 'error' }
  // Inside an entry read on its own, positions (also those in the message) are relative to it.
  const absolute = (line: number, col: number): Position => ({
    line: base ? base.line + line - 1 : line,
    column: base && line === 1 ? base.column + col - 1 : col,
  })
  const where = absolute(err.line, known(err.col) ? err.col : 1)
  const message = err.msg.replace(/\(opened in line (\d+), col (\d+)\)/, (_all, line: string, col: string) => {
    const opened = absolute(Number(line), Number(col))
    return `(opened in line ${opened.line}, col ${opened.column})`
  })
  return { code: 'malformed_xml', message: `Malformed XML: ${message}`, line: where.line, column: known(err.col) ? where.column : null, severity: 'error' }
}

/**
 * Validate, then parse. The validator and the parser disagree on a few damaged inputs (the parser
 * throws on what the validator let pass): the parser's error then counts, without a position.
 */
function readXml(text: string): { doc: Record<string, unknown> } | { error: XmlError } {
  const verdict = XMLValidator.validate(text)
  if (verdict !== true) return { error: verdict.err }
  try {
    return { doc: parser.parse(text) as Record<string, unknown> }
  } catch (error) {
    return { error: { code: 'InvalidXml', msg: error instanceof Error ? error.message : String(error), line: 0, col: 0 } }
  }
}

/** Offsets of each `<entry>…</entry>` (the last one may run to the end of the input). */
function entryChunks(text: string): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = []
  const isOpen = (at: number) => at === -1 || /[\s>/]/.test(text.charAt(at + 6))
  const findOpen = (from: number) => {
    let at = text.indexOf('<entry', from)
    while (!isOpen(at)) at = text.indexOf('<entry', at + 6)
    return at
  }
  // Each search starts where the last one ended or found nothing, so the scan stays linear.
  let close = -2
  let from = 0
  for (;;) {
    const start = findOpen(from)
    if (start === -1) break
    if (close !== -1 && close < start) close = text.indexOf('</entry>', start)
    const nextOpen = findOpen(start + 6)
    // An entry whose close tag is missing ends where the next entry starts (or at the end).
    const end = close !== -1 && (nextOpen === -1 || close < nextOpen) ? close + 8 : nextOpen === -1 ? text.length : nextOpen
    chunks.push({ start, end })
    from = end
  }
  return chunks
}

/**
 * Parse an arXiv Atom feed into records and issues (see the module comment).
 *
 * @internal Exposed to users through `parseListing(text, { format: 'arxiv-atom' })`.
 */
export function parseArxivAtom(input: string, file?: string): ListingParts {
  const parts: ListingParts = { records: [], issues: [] }
  const locator = new LineLocator(input)
  const locate = (offset: number) => locator.locate(offset)
  if (input.trim() === '') return parts
  const whole = readXml(input)
  if ('doc' in whole) {
    const { doc } = whole
    const rootName = Object.keys(doc).find((key) => key !== '?xml' && !key.startsWith('#'))
    if (rootName !== 'feed') {
      const at = rootName === undefined ? 0 : Math.max(0, input.indexOf(`<${rootName}`))
      const hint = rootName === 'html' ? '; for a Hugging Face page, copy its text (hf-text) or use the API JSON (hf-api)' : ''
      parts.issues.push({
        code: 'unexpected_root',
        message: `Expected an Atom \`<feed>\` document, found ${rootName === undefined ? 'no element' : `\`<${rootName}>\``}${hint}; nothing was read`,
        ...locate(at),
        severity: 'error',
      })
      return parts
    }
    const feed = doc.feed
    const entries = isObject(feed) && Array.isArray(feed.entry) ? (feed.entry as unknown[]) : []
    for (const entry of entries) {
      const startIndex = startOf(entry) ?? 0
      const close = input.indexOf('</entry>', startIndex)
      const source = input.slice(startIndex, close === -1 ? input.length : close)
      const result = readEntry(entry, locate(startIndex), source, (index) => locate(startIndex + index), file)
      if (result.record) parts.records.push(result.record)
      parts.issues.push(...result.issues)
    }
    return parts
  }

  // Malformed: report the document's error, then read every entry on its own.
  const docIssue = xmlIssue(whole.error, input, locator, null)
  const chunks = entryChunks(input)
  const failedLines: Array<[number, number]> = []
  for (const chunk of chunks) {
    const source = input.slice(chunk.start, chunk.end)
    const start = locate(chunk.start)
    const local = (index: number) => locate(chunk.start + index)
    const one = readXml(source)
    if ('doc' in one) {
      const entry = Array.isArray(one.doc.entry) ? one.doc.entry[0] : one.doc.entry
      const result = readEntry(entry, start, source, local, file)
      if (result.record) parts.records.push(result.record)
      parts.issues.push(...result.issues)
      continue
    }
    failedLines.push([start.line, local(chunk.end).line])
    const issue = xmlIssue(one.error, source, new LineLocator(source), start)
    if (issue.code === 'truncated_input') {
      // The entry runs into the end of the input, or into the next entry, without `</entry>`.
      const cut = chunk.end === input.length
      parts.issues.push({
        code: cut ? 'truncated_input' : 'malformed_xml',
        message: cut
          ? 'Expected the `<entry>` starting here to end with `</entry>`, found the end of the input; the input looks truncated and the entry was skipped'
          : 'Expected the `<entry>` starting here to end with `</entry>` before the next `<entry>`; the entry was skipped',
        ...start,
        severity: 'error',
      })
    } else {
      // A parser error has no position: the entry's start stands for it.
      parts.issues.push({ ...issue, ...(issue.line === null ? start : {}), message: `${issue.message}; the entry was skipped` })
    }
  }
  const docLine = docIssue.line ?? 0
  if (!failedLines.some(([first, last]) => docLine >= first && docLine <= last)) {
    // The damage lies outside every entry (e.g. a missing `</feed>`): no entry was lost to it.
    const read = chunks.length > 0
    parts.issues.push({
      ...docIssue,
      message: read ? `${docIssue.message}; the entries were read one by one` : `${docIssue.message}; no \`<entry>\` could be read`,
      severity: read ? 'warning' : 'error',
    })
  }
  parts.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
  return parts
}
