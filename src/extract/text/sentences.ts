/**
 * Sentence segmentation for abstracts, tuned for scientific prose: no break after `e.g.`, `i.e.`,
 * `et al.`, `Fig.`, `Eq.`, `Sec.`, `Tab.`, `vs.`, `cf.`, single initials or decimals; a break after a
 * number that ends a sentence (`a BLEU score of 30. It …`), and after `etc.` or a single capital when a
 * sentence starter (`We`, `The`, `However` …) follows.
 *
 * @module
 */
import { assertString } from '../../errors.js'

/** A sentence: UTF-16 offsets into the text, end exclusive (trailing spaces excluded). */
export interface SentenceSpan {
  start: number
  end: number
}

/** Words after which a period does not end a sentence (lower-cased, without the period). */
const NO_BREAK_AFTER = new Set([
  'e.g', 'i.e', 'al', 'etc', 'fig', 'figs', 'eq', 'eqs', 'sec', 'secs', 'tab', 'vs', 'cf', 'approx', 'resp',
  'no', 'nos', 'dr', 'mr', 'ms', 'prof', 'vol', 'pp', 'ref', 'refs', 'ch', 'app', 'viz', 'incl', 'est', 'st',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s',
])

/**
 * Words that start a sentence but never follow an initial or an abbreviation inside one: after `etc.` or a
 * single capital (`variant A.`) they mean a new sentence.
 */
const STARTERS = new Set([
  'We', 'Our', 'The', 'This', 'These', 'That', 'Those', 'It', 'Its', 'In', 'To', 'For', 'On', 'At', 'By', 'As',
  'A', 'An', 'However', 'Moreover', 'Furthermore', 'Finally', 'Additionally', 'Experiments', 'Results', 'Code',
  'Here', 'Thus', 'Therefore', 'Specifically', 'Unlike', 'While', 'With', 'When', 'Although', 'Extensive',
])

const BOUNDARY = /(?<![.!?])[.!?]+["')\]]*(?=\s+["'([]?[\p{Lu}\p{N}])/gu

/**
 * Split `text` into sentences.
 *
 * Heuristic: a sentence ends at `.`, `!` or `?` (with closing quotes or brackets) before white space and a
 * capital letter, digit, quote or bracket — unless the period closes an abbreviation (`e.g.`, `Fig.`,
 * `et al.`, an initial). Limits: `in the U.S. We …` is one sentence; a lower-case sentence start is not seen.
 * Linear in the length of `text`.
 *
 * @param text - Plain text (one abstract).
 * @returns Sentence spans in order, `{ start, end }` (UTF-16 offsets, end exclusive, trailing spaces
 *   excluded); they cover every non-space character of `text`.
 * @throws {InvalidArgumentError} When `text` is not a string: ``Expected string, not `42` ``.
 * @example
 * splitSentences('Our model reaches a BLEU score of 30. It also halves decoding time.')
 * //=> [{ start: 0, end: 37 }, { start: 38, end: 67 }]
 */
export function splitSentences(text: string): SentenceSpan[] {
  assertString(text)
  const spans: SentenceSpan[] = []
  let start = skipSpace(text, 0)
  BOUNDARY.lastIndex = 0
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const end = match.index + match[0].length
    if (match[0].startsWith('.') && !endsSentence(text, match.index)) continue
    if (end > start) spans.push({ start, end })
    start = skipSpace(text, end)
  }
  let end = text.length
  while (end > start && isSpaceAt(text, end - 1)) end--
  if (end > start) spans.push({ start, end })
  return spans
}

/** Whether the period at `index` ends a sentence. */
function endsSentence(text: string, index: number): boolean {
  // The word before the period, with inner periods kept ("e.g", "i.e").
  let from = index
  while (from > 0 && isWordOrDot(text.charCodeAt(from - 1))) from--
  const word = text.slice(from, index)
  const lower = word.toLowerCase()
  // The word after the period and the spaces (and an opening quote or bracket), read only when needed.
  const next = (): string => /^\s+["'([]?([\p{L}\p{N}]+)/u.exec(text.slice(index + 1, index + 40))?.[1] ?? ''
  // `etc.` and `e.t.c.` end a sentence when a sentence starter follows.
  if (lower === 'etc' || lower === 'e.t.c') return STARTERS.has(next())
  if (NO_BREAK_AFTER.has(lower)) return false
  // A single capital letter is an initial ("J. Smith"), unless a sentence starter follows ("variant A. The").
  if (/^\p{Lu}$/u.test(word)) return STARTERS.has(next())
  // A dotted abbreviation ("U.S.").
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return false
  return true
}

/** Whether the UTF-16 unit `code` is a letter, a digit or `.` (as `/[\p{L}\p{N}.]/u` reads one unit). */
function isWordOrDot(code: number): boolean {
  if (code < 128) return code === 46 || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code))
}

/** Whether the UTF-16 unit at `index` is white space (`/\s/`); false past the end. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) return code === 32 || (code >= 9 && code <= 13)
  return /\s/.test(text.charAt(index))
}

function skipSpace(text: string, index: number): number {
  let i = index
  while (i < text.length && isSpaceAt(text, i)) i++
  return i
}
