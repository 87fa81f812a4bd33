import type { ListingFormat } from '../schema.js'
import { isObject } from './common.js'
import { scanJsonArray } from './json-array.js'

/** How many characters of the input detection looks at (the stream parser buffers as many). */
export const DETECT_HEAD_LENGTH = 65_536

/** A detected format and why it was chosen. */
export interface FormatDetection {
  format: ListingFormat
  /** A short phrase saying what was seen, e.g. "a JSON array of `{ paper }` objects". */
  reason: string
}

/** Keys only the arXiv metadata snapshot has (next to `id`, `title`, `abstract`). */
const OAI_KEYS = ['update_date', 'versions', 'authors_parsed', 'submitter', 'journal-ref']

/** Which JSON format an object looks like: HF API (`paper`, or `summary` without `abstract`), OAI, or generic. */
function classifyObject(value: Record<string, unknown>): ListingFormat {
  if (isObject(value.paper)) return 'hf-api'
  if (typeof value.abstract === 'string' || value.abstract !== undefined) {
    return OAI_KEYS.some((key) => key in value) && 'id' in value ? 'arxiv-oai' : 'jsonl'
  }
  // A flat HF paper object: `summary` with fields only the HF API has (authors as `{ _id, name }`).
  const hfAuthors = Array.isArray(value.authors) && value.authors.some((author) => isObject(author) && '_id' in author)
  if (typeof value.summary === 'string' && ('upvotes' in value || 'githubRepo' in value || 'publishedAt' in value || hfAuthors)) {
    return 'hf-api'
  }
  return 'jsonl'
}

function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

/**
 * Guess the format of a listing from its first 64 KiB, and say why.
 *
 * - `<` → XML: `arxiv-atom` (a non-Atom document is reported by that parser, not guessed at).
 * - `[` → a JSON array: `hf-api` when its first readable entry has a `paper` object (the daily
 *   papers shape) or is a flat HF paper (`summary`, no `abstract`); `jsonl` for an array of plain
 *   `{ title, abstract }` records. A `[` that does not start JSON (`[1] A title…`) is text.
 * - `{` → JSON Lines (or one object): the first readable object decides — `arxiv-oai` when it has
 *   `id`, `abstract` and a snapshot-only key (`update_date`, `versions`, `authors_parsed`,
 *   `submitter`, `journal-ref`), `hf-api` as above, else `jsonl`.
 * - anything else → `hf-text` (a copied Hugging Face Papers page).
 *
 * Limits: looks at the head only; an input whose first entries are all broken is classified by
 * the keys it mentions.
 *
 * @param input - The listing text (a BOM and leading blank lines are skipped).
 * @returns `{ format, reason }`.
 * @example
 * detectListingFormat('{"id":"0704.0001","title":"T","abstract":"A","update_date":"2008-11-13"}\n')
 * //=> { format: 'arxiv-oai', reason: 'JSON Lines with `id`, `abstract` and snapshot keys (arXiv metadata snapshot)' }
 */
export function detectListingFormat(input: string): FormatDetection {
  let start = 0
  while (start < input.length && (input.charCodeAt(start) <= 0x20 || input.charCodeAt(start) === 0xfeff)) start++
  const head = input.slice(start, start + DETECT_HEAD_LENGTH)
  const first = head.charAt(0)
  if (first === '<') {
    const atom = /<(?:[A-Za-z][\w.-]*:)?feed[\s>/]/.test(head)
    return { format: 'arxiv-atom', reason: atom ? 'an Atom `<feed>` document' : 'XML (not an Atom feed)' }
  }
  if (first === '[') {
    const scan = scanJsonArray(head)
    const complete = scan.elements.filter((element) => !element.unterminated).slice(0, 8)
    for (const element of complete) {
      const parsed = tryParse(head.slice(element.start, element.end))
      if (!parsed.ok || !isObject(parsed.value)) continue
      const format = classifyObject(parsed.value)
      return format === 'hf-api'
        ? { format, reason: isObject(parsed.value.paper) ? 'a JSON array of `{ paper }` objects (Hugging Face Papers API)' : 'a JSON array of Hugging Face paper objects (`summary`)' }
        : { format: 'jsonl', reason: 'a JSON array of plain records' }
    }
    if (complete.length > 0 && complete.every((element) => !tryParse(head.slice(element.start, element.end)).ok) && !/^\[\s*[{[]/.test(head)) {
      return { format: 'hf-text', reason: 'text (starts with `[` but is not JSON)' }
    }
    if (/"paper"\s*:\s*\{/.test(head)) return { format: 'hf-api', reason: 'a JSON array mentioning `paper` objects (Hugging Face Papers API)' }
    if (/^\[\s*\{/.test(head)) return { format: 'jsonl', reason: 'a JSON array of objects' }
    return { format: 'hf-text', reason: 'text (starts with `[` but is not JSON)' }
  }
  if (first === '{') {
    const lines = head.split('\n', 9).slice(0, 8)
    // A pretty-printed object: the whole head may parse.
    const whole = tryParse(head)
    if (whole.ok && isObject(whole.value)) return describeObject(classifyObject(whole.value), 'a JSON object')
    for (const line of lines) {
      const parsed = tryParse(line)
      if (parsed.ok && isObject(parsed.value)) return describeObject(classifyObject(parsed.value), 'JSON Lines')
    }
    if (/"paper"\s*:\s*\{/.test(head)) return { format: 'hf-api', reason: 'JSON mentioning `paper` objects (Hugging Face Papers API)' }
    if (/"update_date"\s*:|"authors_parsed"\s*:/.test(head)) return { format: 'arxiv-oai', reason: 'JSON Lines mentioning `update_date` (arXiv metadata snapshot)' }
    return { format: 'jsonl', reason: 'JSON Lines (no object readable in the first lines)' }
  }
  return { format: 'hf-text', reason: head === '' ? 'empty input' : 'plain text (a copied Hugging Face Papers page)' }
}

function describeObject(format: ListingFormat, shape: string): FormatDetection {
  if (format === 'arxiv-oai') return { format, reason: `${shape} with \`id\`, \`abstract\` and snapshot keys (arXiv metadata snapshot)` }
  if (format === 'hf-api') return { format, reason: `${shape} with Hugging Face paper fields` }
  return { format: 'jsonl', reason: `${shape} of plain records` }
}

/**
 * Guess the format of a listing from its content (see {@link detectListingFormat} for the rules).
 *
 * @param input - The listing text.
 * @returns The detected {@link ListingFormat}.
 * @example
 * detectFormat('[{"paper":{"id":"2410.04199","title":"T","summary":"S"}}]') //=> 'hf-api'
 * detectFormat('XDoc: Unified Pre-training\nWe propose XDoc.') //=> 'hf-text'
 */
export function detectFormat(input: string): ListingFormat {
  return detectListingFormat(input).format
}
