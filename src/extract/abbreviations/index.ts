import { assertString } from '../../errors.js'
import type { Abbreviation } from '../../schema.js'
import { maskLatex } from '../text/latex.js'
import { STOP_WORDS, alignLongForm, makeUnit, type Alignment, type Unit } from './long-form.js'
import { closeUpDashes, isDefinableShortForm, isShortFormShape, tokenize, type Token } from './short-form.js'

export { isShortFormShape, isDefinableShortForm } from './short-form.js'

/** An ASCII capital or any non-ASCII character: what a token needs to pass {@link mayBeShort}. */
const CAPITAL = /[A-Z\u0080-\uFFFF]/g

/** Whether a token has an upper-case letter after its first character, or a capital and a digit (cheap). */
function mayBeShort(word: string): boolean {
  let upper = 0
  let digit = false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 65 && c <= 90) upper++
    else if (c >= 48 && c <= 57) digit = true
    else if (c > 127) return true
  }
  return upper >= 2 || (upper === 1 && digit)
}

/** A definition found in the text: a short form and the long form it abbreviates, with offsets. */
export interface Definition {
  short: string
  shortStart: number
  shortEnd: number
  long: string
  longStart: number
  longEnd: number
  /** `long-short`: `long form (SHORT)`; `short-long`: `SHORT (long form)`. */
  rule: 'long-short' | 'short-long'
  confidence: number
}

/** Longest parenthesis looked at, in characters. */
const MAX_PAREN = 160
/** Punctuation that ends the search for a long form (it never crosses a clause or a bracket). */
const BOUNDARY = /[,;:()[\]{}"!?=<>|“”—]|\.(?:\s|$)|''|``|\s-{2,3}\s|--/
/** The single characters of {@link BOUNDARY}. */
const BOUNDARY_CHARS = ',;:()[]{}"!?=<>|“”—'

/** Whether `c` (one character) is one of {@link BOUNDARY_CHARS}. */
function isBoundaryChar(c: string): boolean {
  return c !== '' && BOUNDARY_CHARS.includes(c)
}
/** Words before the parenthesis of `SHORT (for long form)` that are not part of the long form. */
const LEADING = /^(?:(?:for|i\.e\.?|ie|or|aka|a\.k\.a\.?|also|known|as|short|stands|standing|abbreviated|viz\.?)[\s,:]+)+/i

/**
 * Every occurrence of a short form (acronym) in `text`, with the long form that defines it where the text
 * defines it.
 *
 * Heuristic: definitions are read from parentheses, both `long form (SHORT)` and `SHORT (long form)`
 * (Schwartz & Hearst 2003). The long form is found by aligning the short form's letters, in order, with the
 * words before the parenthesis (at most min(|SF| + 5, 2·|SF|) words, never across a clause boundary, a
 * bracket or a word such as `we`/`called`); letters at word starts, hyphen parts and inner capitals score
 * highest, content words that give no letter count against a start, and a long form never starts with a
 * function word — so `Attention and Memory Pruning (AMP)` keeps its first word, `Adaptive Precision Training
 * (AdaPT)` is found although `AdaPT` repeats its initial, and `Mixture-of-Low-rank-Adapters (MoLA)` counts as
 * one word. Plural (`CNNs`), mixed-case (`LoRA`, `adaPool`), digit (`L2`, `NEVIS'22`) and two-word (`Fast GRN`,
 * `VTM 2`) short forms are accepted. Other occurrences are tokens shaped like acronyms (two capitals or more
 * and no more lower-case letters than capitals, e.g. `CNN`, `NLoS`, `5G`), and every later use of a short form
 * the text defined. Enumerations (`(1)`, `2)`, `(ii)`) are never short forms. LaTeX wrappers (`\textbf{…}`)
 * are read through.
 *
 * Limits: definitions without parentheses (`DA = direct assessment`, `known as`) are not read; a long form
 * whose words do not give the short form's letters in order (`Modular ADaptation (MAD)` is fine, `Support
 * Vector Machine (SV)` is not) gives `long: null`; acronym-shaped units (`GB`) count as short forms.
 *
 * @param text - Plain text (one abstract or sentence); LaTeX leftovers are tolerated.
 * @returns Occurrences in text order: `{ short, shortStart, shortEnd, long, longStart, longEnd, rule,
 *   confidence }`. Offsets are UTF-16 code units into `text`, end exclusive; `long*` are null where the text
 *   does not define the short form at that occurrence. `rule` is `long-short`, `short-long` (definitions),
 *   `defined-elsewhere` (a later use of a defined short form) or `shape` (an acronym-shaped token).
 * @throws {InvalidArgumentError} When `text` is not a string: ``Expected string, not `42` ``.
 * @see Schwartz, A. S. & Hearst, M. A. (2003). A simple algorithm for identifying abbreviation definitions in
 *   biomedical text. Pacific Symposium on Biocomputing 8:451–462.
 * @example
 * extractAbbreviations('We propose Adaptive Precision Training (AdaPT), a method.')
 * //=> [{ short: 'AdaPT', shortStart: 40, shortEnd: 45, long: 'Adaptive Precision Training',
 * //      longStart: 11, longEnd: 38, rule: 'long-short', confidence: 0.95 }]
 */
export function extractAbbreviations(text: string): Abbreviation[] {
  assertString(text)
  const masked = maskLatex(text)
  const definitions = findDefinitionsMasked(text, masked)
  const out: Abbreviation[] = definitions.map((d) => ({ ...d }))
  // Characters inside a definition (its short or long form): no further occurrence is read there.
  const taken = new Uint8Array(definitions.length > 0 ? text.length : 0)
  for (const d of definitions) {
    taken.fill(1, d.shortStart, d.shortEnd)
    taken.fill(1, d.longStart, d.longEnd)
  }
  const defined = new Set(definitions.map((d) => d.short))
  const tokens = tokenize(masked)
  const inside = (start: number, end: number): boolean => taken.length > 0 && (taken[start] === 1 || taken[end - 1] === 1)
  const acronymLike = (word: string): boolean => isShortFormShape(word) || (word.length === 1 && word >= 'A' && word <= 'Z')
  // Offset of the next capital or non-ASCII character at or after the token looked at (Infinity: none left).
  let nextCapital = -1
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    // Cheap tests first: most tokens are lower-case words. A token without a capital or a non-ASCII
    // character is no short form, defined or not (every definable short form has a capital).
    if (nextCapital < token.start) {
      CAPITAL.lastIndex = token.start
      nextCapital = CAPITAL.test(masked) ? CAPITAL.lastIndex - 1 : Infinity
    }
    if (nextCapital >= token.end) continue
    if (!mayBeShort(token.text) && !defined.has(token.text) && !(token.text.length === 1 && token.text >= 'A' && token.text <= 'Z')) continue
    // Hyphen-joined acronyms written apart (`SG - MCMC`, `LTE - A`).
    let end = token.end
    let j = i
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1] as Token
      const gap = next.start - (tokens[j] as Token).end
      if (gap < 1 || gap > 3 || !/^\s?-\s?$/.test(masked.slice((tokens[j] as Token).end, next.start))) break
      if (!acronymLike(next.text) || !acronymLike((tokens[j] as Token).text)) break
      end = next.end
      j++
    }
    const surface = masked.slice(token.start, end)
    const word = surface.endsWith('.') ? surface.slice(0, -1) : surface
    const isDefined = defined.has(word)
    const joined = j > i && /[A-Z]{2}/.test(surface)
    if (!(isDefined || joined || isShortFormShape(word))) continue
    if (inside(token.start, end)) {
      i = j
      continue
    }
    out.push({
      short: text.slice(token.start, token.start + word.length),
      shortStart: token.start,
      shortEnd: token.start + word.length,
      long: null,
      longStart: null,
      longEnd: null,
      rule: isDefined ? 'defined-elsewhere' : 'shape',
      confidence: isDefined ? 0.9 : 0.6,
    })
    i = j
  }
  out.sort((a, b) => a.shortStart - b.shortStart)
  return out
}

/**
 * The definitions in `text` (both orders), in text order, without the other occurrences.
 *
 * @param text - Plain text.
 * @param masked - `maskLatex(text)`, when the caller has it already (computed when omitted).
 * @returns Definitions with offsets into `text`.
 */
export function findDefinitions(text: string, masked = maskLatex(text)): Definition[] {
  return findDefinitionsMasked(text, masked)
}

function findDefinitionsMasked(text: string, masked: string): Definition[] {
  const out: Definition[] = []
  // Start offsets of the short forms found, to skip a glossary reading of the same short form.
  const shortStarts = new Set<number>()
  let open = masked.indexOf('(')
  while (open >= 0) {
    const close = findClose(masked, open)
    if (close >= 0) {
      const definition = readParenthesis(text, masked, open, close)
      if (definition) {
        out.push(definition)
        shortStarts.add(definition.shortStart)
      }
    }
    open = masked.indexOf('(', open + 1)
  }
  // Cheap test first: most texts hold no connector at all.
  CONNECTOR.lastIndex = CONNECTOR_WORDS.some((w) => masked.includes(w)) ? 0 : masked.length
  for (let m = CONNECTOR.exec(masked); m; m = CONNECTOR.exec(masked)) {
    // The word connector (`stands for`) follows a space; `=` and `:` may follow the short form directly.
    const before = /([\p{L}\p{N}][\p{L}\p{N}\-]{1,11})\s*$/u.exec(masked.slice(Math.max(0, m.index - 16), m.index))
    if (!before?.[1]) continue
    const short = before[1]
    const shortStart = m.index - before[0].length
    if (shortStart > 0 && /[\p{L}\p{N}]/u.test(masked.charAt(shortStart - 1))) continue
    if (!isShortFormShape(short) || shortStarts.has(shortStart)) continue
    const from = m.index + m[0].length
    let to = from
    while (to < masked.length && to - from < 160 && !isBoundaryChar(masked.charAt(to)) && !(masked.charAt(to) === '.' && /\s/.test(masked.charAt(to + 1) || ' '))) to++
    const definition = longAfter(text, masked, short, shortStart, from, to, 'short-long', 2)
    if (definition) out.push({ ...definition, confidence: round(Math.max(0.5, definition.confidence - 0.1)) })
  }
  out.sort((a, b) => Math.min(a.shortStart, a.longStart) - Math.min(b.shortStart, b.longStart))
  return out
}

/**
 * Connectors of `SHORT = long form`, `SHORT: long form` (a glossary line), `SHORT stands for long form`, `SHORT
 * is short for long form`, `SHORT denotes long form`; the short form is read just before.
 */
const CONNECTOR = /(?:=|:|\b(?:stands|standing) for|\bis (?:short|an abbreviation) for|\bdenotes|\brefers to)\s+(?:the\s+|an?\s+)?/g
/** Strings every match of {@link CONNECTOR} contains one of. */
const CONNECTOR_WORDS = ['=', ':', 'standing for', 'stands for', 'is short for', 'is an abbreviation for', 'denotes', 'refers to']

/** The `)` closing the `(` at `open` within {@link MAX_PAREN} characters, with no `(` in between; else -1. */
function findClose(masked: string, open: number): number {
  const limit = Math.min(masked.length, open + MAX_PAREN)
  for (let i = open + 1; i < limit; i++) {
    const c = masked.charAt(i)
    if (c === ')') return i
    if (c === '(') return -1
  }
  return -1
}

function readParenthesis(text: string, masked: string, open: number, close: number): Definition | null {
  const inner = masked.slice(open + 1, close)
  // `(SHORT)`, `(SHORT, …)`, `(SHORT; …)`: the part before the first separator.
  const separator = inner.search(/[,;]/)
  const headText = (separator === -1 ? inner : inner.slice(0, separator)).trim().replace(/\.$/, '')
  const headStart = open + 1 + inner.indexOf(headText)
  if (headText) {
    let definition: Definition | null = null
    if (isDefinableShortForm(headText)) definition = longBefore(text, masked, headText, headStart, open)
    else if (/^\p{Lu}\p{Ll}{1,4}$/u.test(headText)) {
      // A truncation: `Accuracy (Acc)`, `Convolution (Conv)`.
      const word = /(?<!\p{L})(\p{L}+)\s*$/u.exec(masked.slice(Math.max(0, open - 40), open))?.[1]
      if (word && word.length >= headText.length + 2 && word.toLowerCase().startsWith(headText.toLowerCase())) {
        const longStart = open - (masked.slice(0, open).length - masked.slice(0, open).trimEnd().length) - word.length
        definition = {
          short: text.slice(headStart, headStart + headText.length),
          shortStart: headStart,
          shortEnd: headStart + headText.length,
          long: text.slice(longStart, longStart + word.length),
          longStart,
          longEnd: longStart + word.length,
          rule: 'long-short',
          confidence: 0.6,
        }
      }
    }
    if (definition) return definition
  }
  // `SHORT (long form)`; a two-word short form (`VTM 2 (Versatile Test Model 2)`) is tried first.
  // A match starts at a letter or digit after none (a start right after one could start one earlier), so
  // the lookbehind changes no match and tries each run once; the slice is at most 40 characters.
  const before = /(?<![\p{L}\p{N}])(?:([\p{L}\p{N}][\p{L}\p{N}'’.&+\-]*) )?([\p{L}\p{N}][\p{L}\p{N}'’.&+\-]*)\s*$/u.exec(masked.slice(Math.max(0, open - 40), open))
  if (!before?.[2]) return null
  let start = open + 1
  const lead = LEADING.exec(inner.trimStart())
  start += inner.length - inner.trimStart().length + (lead ? lead[0].length : 0)
  if (BOUNDARY.test(masked.slice(start, close))) return null
  const beforeStart = open - before[0].length
  const candidates: Array<[string, number]> = []
  if (before[1]) candidates.push([`${before[1]} ${before[2]}`, beforeStart])
  candidates.push([before[2].replace(/\.$/, ''), beforeStart + (before[1] ? before[1].length + 1 : 0)])
  for (const [short, shortStart] of candidates) {
    if (!isDefinableShortForm(short) || /\p{Ll}{4}/u.test(short.replace(/s$/, ''))) continue
    const definition = longAfter(text, masked, short, shortStart, start, close, 'short-long', 0)
    if (definition) return definition
  }
  return null
}

/**
 * Units (hyphen-joined words) of tokens; a token gap of only `-` joins. With `last`, only the last `last`
 * units are built (the others are not needed).
 */
function toUnits(text: string, tokens: readonly Token[], last = Infinity): Unit[] {
  // Index of the first token of each unit.
  const starts: number[] = []
  for (let k = 0; k < tokens.length; k++) {
    if (k === 0 || !joinsByHyphen(text, (tokens[k - 1] as Token).end, (tokens[k] as Token).start)) starts.push(k)
  }
  const units: Unit[] = []
  for (let u = Math.max(0, starts.length - last); u < starts.length; u++) {
    units.push(makeUnit(text, tokens.slice(starts[u], starts[u + 1] ?? tokens.length)))
  }
  return units
}

/** Whether the gap `[from, to)` between two tokens is a hyphen or en dash, with at most one space on each side. */
function joinsByHyphen(text: string, from: number, to: number): boolean {
  if (to - from === 1) return text.charAt(from) === '-' || text.charAt(from) === '–'
  return to - from <= 3 && /^\s?[-–]\s?$/.test(text.slice(from, to))
}

function letterCount(short: string): number {
  return short.replace(/[^\p{L}\p{N}]/gu, '').replace(/(?<=\p{Lu})s$/u, '').length
}

function round(x: number): number {
  return Math.round(x * 100) / 100
}

/**
 * Confidence of a definition from its alignment: 0.55 plus 0.4 times the share of the best possible score,
 * where a capital or digit of the short form is best found at a word start (3) and a lower-case letter
 * inside a word (0), as in `AdaPT` = `Ada`ptive `P`recision `T`raining.
 */
function confidenceOf(alignment: Alignment, short: string): number {
  const core = short.replace(/(?<=\p{Lu})s$/u, '')
  const best = Math.max(3, 3 * (core.match(/[\p{Lu}\p{N}]/gu)?.length ?? 0))
  const quality = Math.max(0, Math.min(1, alignment.score / best))
  return round(0.55 + 0.4 * quality)
}

/** The part of a two-word short form that is an acronym (`GCP` of `Lossless GCP`), when the other is a word. */
function acronymPart(short: string): string | null {
  const words = closeUpDashes(short).split(' ')
  if (words.length !== 2) return null
  const [a, b] = words as [string, string]
  if (isShortFormShape(b) && !isShortFormShape(a) && /^\p{Lu}\p{Ll}+$/u.test(a)) return b
  if (isShortFormShape(a) && !isShortFormShape(b) && /^\p{Lu}\p{Ll}+$/u.test(b)) return a
  return null
}

function longBefore(text: string, masked: string, short: string, shortStart: number, open: number): Definition | null {
  // `"Multi-level Assignment Problem" (MGAP)`: read the quoted long form.
  let end = open
  while (end > 0 && /\s/.test(masked.charAt(end - 1))) end--
  if (/["”']/.test(masked.charAt(end - 1))) {
    end--
    while (end > 0 && /["'\s]/.test(masked.charAt(end - 1))) end--
  }
  const part = acronymPart(short)
  const found = (part && alignBefore(masked, part, end)) || alignBefore(masked, short, end)
  if (!found) return null
  const { units, alignment } = found
  const first = units[alignment.first] as Unit
  const last = units[alignment.last] as Unit
  const long = text.slice(first.start, last.end)
  if (long.replace(/[^\p{L}\p{N}]/gu, '').length <= short.replace(/[^\p{L}\p{N}]/gu, '').length) return null
  return {
    short: text.slice(shortStart, shortStart + short.length),
    shortStart,
    shortEnd: shortStart + short.length,
    long,
    longStart: first.start,
    longEnd: last.end,
    rule: 'long-short',
    confidence: confidenceOf(alignment, short),
  }
}

/** Find the long form of `short` in the words ending at `end`. */
function alignBefore(masked: string, short: string, end: number): { units: Unit[]; alignment: Alignment } | null {
  const letters = letterCount(short)
  if (letters < 2) return null
  const maxUnits = Math.min(letters + 5, letters * 2) + 2
  // Walk back from the parenthesis to the first boundary; read at most the last 300 characters.
  const from = Math.max(0, end - 300)
  let windowStart = from
  for (let i = end - 1; i >= from; i--) {
    const c = masked.charAt(i)
    if (isBoundaryChar(c) || (c === '.' && /\s/.test(masked.charAt(i + 1) || ' ')) || (c === '-' && masked.charAt(i - 1) === '-')) {
      windowStart = i + 1
      break
    }
    if ((c === "'" && masked.charAt(i - 1) === "'") || (c === '`' && masked.charAt(i - 1) === '`')) {
      windowStart = i + 1
      break
    }
  }
  let tokens = tokenize(masked, windowStart, end)
  // Cut at the last stop word (`we`, `called`, `is` …).
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (STOP_WORDS.has((tokens[i] as Token).text.toLowerCase())) {
      tokens = tokens.slice(i + 1)
      break
    }
  }
  const units = toUnits(masked, tokens, maxUnits)
  const alignment = alignLongForm(short, units)
  if (!alignment) return null
  const used = units.slice(alignment.first, alignment.last + 1)
  const content = used.filter((u) => !u.function).length
  if (alignment.unmatched > Math.max(1, Math.floor(content / 2))) return null
  const single = used.length === 1 && (used[0] as Unit).chars.filter((c) => c.initial).length === 1
  if (alignment.strong < Math.min(single ? 1 : 2, letters)) return null
  return { units, alignment }
}

function longAfter(
  text: string,
  masked: string,
  short: string,
  shortStart: number,
  start: number,
  end: number,
  rule: 'short-long',
  trailing: number,
): Definition | null {
  const tokens = tokenize(masked, start, end)
  const stop = tokens.findIndex((t) => STOP_WORDS.has(t.text.toLowerCase()))
  const kept = stop >= 0 ? tokens.slice(0, stop) : tokens
  const units = toUnits(masked, kept)
  const parts = units.reduce((n, u) => n + u.chars.filter((c) => c.initial).length, 0)
  const letters = letterCount(short)
  if (units.length === 0 || parts < 2 || units.length > letters + 4) return null
  const alignment = alignLongForm(short, units, { fixedFirst: 0, trailing })
  if (!alignment) return null
  const used = units.slice(0, alignment.last + 1)
  const content = used.filter((u) => !u.function).length
  if (alignment.unmatched > Math.max(1, Math.floor(content / 3))) return null
  if (alignment.strong < Math.min(2, letters)) return null
  const first = units[0] as Unit
  const last = units[alignment.last] as Unit
  return {
    short: text.slice(shortStart, shortStart + short.length),
    shortStart,
    shortEnd: shortStart + short.length,
    long: text.slice(first.start, last.end),
    longStart: first.start,
    longEnd: last.end,
    rule,
    confidence: round(Math.max(0.5, confidenceOf(alignment, short) - 0.05)),
  }
}
