/**
 * The digit path of the quantity extractor: find every run of digits, read its prefix (sign, `x`
 * multiplier, symbol comparator) and suffix (unit, scale, grid separator), and decide from the
 * token's shape and its neighbours whether it is a reported number or part of something else:
 *
 * - a name (`Llama-3-8B`, `ResNet-50`, `CIFAR100-LT`, `SageAttention2`, `INT4`, `3D`, `top-1`,
 *   `v0.2`, `NEVIS'22`, `Llama 3.1`, `DurIAN-E 2`) — digits glued to letters, joined to a word by a
 *   hyphen, or a bare number right after a capitalised token;
 * - mathematics (`L$^2$`, `O(n^2)`, `ell_2`, `2^{10}`), versions and addresses (`1.2.3.4`), URLs;
 * - list markers (`(1)`, `2)`), citations (`[12]`, `(He et al., 2015)`), years, references
 *   (`Table 1`, `Fig. 3`), error bars (`± 0.2`).
 *
 * One pass over the text with bounded look-around per run: linear in the length of the text.
 *
 * @module
 */
import type { Comparator } from '../../schema.js'
import { symbolBefore } from './comparators.js'
import { matchPower, matchSuffix, type Suffix } from './units.js'

/** Why a run of digits is not a quantity. */
export type Guard = 'name' | 'math' | 'dotted' | 'list-marker' | 'citation' | 'year' | 'reference' | 'ordinal' | 'error-bar' | 'ratio' | 'grid-part'

/** A run of digits with what surrounds it. */
export interface Atom {
  /** Offsets of the digits (thousands separators and decimals included). */
  numStart: number
  numEnd: number
  /** Offsets of the quantity's text: prefix (symbol comparator, sign, `x`) to suffix end. */
  start: number
  end: number
  /** The number as written, unsigned and unscaled. */
  num: number
  /** The digits as written without thousands separators (`1,000` → `1000`). */
  digits: string
  integer: boolean
  sign: 1 | -1
  /** An `x`/`×` written before the number (`x8.8`), or `a factor of` (a multiplier, unit times). */
  xPrefix: boolean
  suffix: Suffix | null
  /** Symbol comparator written before the number (`<1%`, `~85%`). */
  comparator: Comparator | null
  /** Why it is not a quantity, or null when it is one. */
  guard: Guard | null
  /**
   * For the first number of a ratio (`5:1`, `1:2:1`): where the ratio's text ends. The ratio is one quantity,
   * its first number with unit null, as a grid (`3x3`) is.
   */
  ratioEnd?: number
  /** For a later number of a ratio: the ratio's first number. */
  ratioHead?: Atom
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
const LETTER = /\p{L}/u
const isLetter = (ch: string): boolean => ch !== '' && LETTER.test(ch)
const isAlnum = (ch: string): boolean => ch !== '' && /[\p{L}\p{N}]/u.test(ch)

/** Dashes that join a number to what stands before it (`Llama-3`, `2.1–3.5`). */
const DASH = /[-‐‑–—]/u

/** Gap between two atoms that binds them tightly: a guard spreads over it (`Qwen2.5-7B`, `2025-04-16`, `10/100`). */
const TIGHT_JOIN = /^(?:[-‐‑–—]{1,3}|[/.:]|-to-)$/u

/** Words after which a bare number is a reference, not a quantity (`Table 1`, `Fig. 3`, `Eq. (2)`). */
const REFERENCE_WORDS = new Set(
  (
    'table tab tables figure figures fig figs section sections sec eq eqs equation equations appendix app theorem thm ' +
    'lemma corollary proposition prop definition def algorithm alg chapter ch line lines version ver no footnote ' +
    'step stage phase round level track listing example part'
  ).split(/\s+/),
)

/** Capitalised words that are ordinary English at the start of a clause (`With 8 GPUs`, `Over 100 tasks`). */
const CLAUSE_WORDS = new Set(
  (
    'a an the and or but with without for from by in on at to of over under about around only just nearly almost ' +
    'approximately roughly up less more than using use training across among after before during when while since ' +
    'into onto within between all each every both our their its this these those we they it here there then thus ' +
    'hence also even still yet so as if per via including compared overall average top'
  ).split(/\s+/),
)

/** The token (letters, digits, hyphens, apostrophes) ending at `end`. */
function tokenBefore(text: string, end: number): { token: string; start: number } {
  let s = end
  const floor = Math.max(0, end - 40)
  while (s > floor && /[\p{L}\p{N}'’\-.]/u.test(text.charAt(s - 1))) s--
  // Sentence punctuation glued to the token belongs to the sentence, not the token.
  let token = text.slice(s, end)
  while (token.startsWith('.') || token.startsWith('-')) {
    token = token.slice(1)
    s++
  }
  return { token, start: s }
}

/** Whether the word starting at `start` opens a sentence or clause (text start, after `.`, `!`, `?`, `:` or a line break). */
function opensClause(text: string, start: number): boolean {
  let i = start - 1
  while (i >= 0 && (text.charAt(i) === ' ' || text.charAt(i) === '\u00a0' || text.charAt(i) === '"' || text.charAt(i) === '(')) i--
  if (i < 0) return true
  return /[.!?:;\n]/u.test(text.charAt(i))
}

/** Whether the character `code` occurs in the `limit` characters before `at` (bounded: never scans further back). */
function occursWithin(text: string, code: number, at: number, limit: number): boolean {
  for (let i = at - 1, floor = Math.max(0, at - limit); i >= floor; i--) if (text.charCodeAt(i) === code) return true
  return false
}

/** Where an unmatched `(` opens within `limit` characters before `at` (inside a parenthetical), or -1. */
function insideParenthesis(text: string, at: number, limit = 80): number {
  if (!occursWithin(text, 0x28 /* ( */, at, limit)) return -1
  let depth = 0
  const floor = Math.max(0, at - limit)
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charAt(i)
    if (c === ')') depth++
    else if (c === '(') {
      if (depth === 0) return i
      depth--
    } else if (c === '.' && text.charAt(i + 1) === ' ') return -1
  }
  return -1
}

/** Whether the run sits in a bracket citation such as `[12]`, `[3, 7-9]`. */
function inBracketCitation(text: string, start: number, end: number): boolean {
  if (!occursWithin(text, 0x5b /* [ */, start, 40)) return false
  let open = -1
  for (let i = start - 1; i >= Math.max(0, start - 40); i--) {
    const c = text.charAt(i)
    if (c === '[') {
      open = i
      break
    }
    if (c === ']' || !/[\d\s,;\-–]/u.test(c)) return false
  }
  if (open < 0) return false
  for (let i = end; i < Math.min(text.length, end + 40); i++) {
    const c = text.charAt(i)
    if (c === ']') return true
    if (!/[\d\s,;\-–]/u.test(c)) return false
  }
  return false
}

/**
 * Whether offset `at` sits inside a LaTeX sub- or superscript group: an unclosed `{` right after `_` or `^`
 * within 24 characters before it (`h_{i+1}`, `x_{t - 1}`, `2^{n+1}`). Bounded: never scans further back.
 */
function inScript(text: string, at: number): boolean {
  if (!occursWithin(text, 0x7b /* { */, at, 24)) return false
  let depth = 0
  for (let i = at - 1, floor = Math.max(0, at - 24); i >= floor; i--) {
    const ch = text.charAt(i)
    if (ch === '}') depth++
    else if (ch === '{') {
      if (depth === 0) return i > 0 && /[_^]/u.test(text.charAt(i - 1))
      depth--
    } else if (ch === '\n' || (ch === '.' && text.charAt(i + 1) === ' ')) return false
  }
  return false
}

/** `license` / `licence` (any form) followed by what names the licence: `under`, `the`, capitalised tags. */
const LICENCE_BEFORE = /licen[cs]\p{L}*[ \u00a0]+(?:under[ \u00a0]+)?(?:(?:the|a|an)[ \u00a0]+)?(?:\p{Lu}\p{L}*[-‐ \u00a0]+){1,4}$/u
/** Creative Commons tags before a version (`CC BY 4.0`, `CC-BY-NC-SA 4.0`, `CC0 1.0`). */
const CC_BEFORE = /(?<!\p{L})CC(?:0|[- \u00a0]BY)(?:[-‐ \u00a0](?:NC|SA|ND))*[ \u00a0]$/u
/** A licence word right after the version (`4.0 license`, `2.0 International License`). */
const LICENCE_AFTER = /^[ \u00a0]+(?:International[ \u00a0]+)?(?:Public[ \u00a0]+)?licen[cs]e/iu

/** Whether a bare number is the version of a licence (`CC-BY 4.0 license`, `licensed under CC BY-NC 4.0`). */
function isLicenceVersion(text: string, atom: Atom): boolean {
  const before = text.slice(Math.max(0, atom.start - 48), atom.start)
  if (!before.includes('licen') && !before.includes('CC')) return LICENCE_AFTER.test(text.slice(atom.end, atom.end + 32))
  return CC_BEFORE.test(before) || LICENCE_BEFORE.test(before) || LICENCE_AFTER.test(text.slice(atom.end, atom.end + 32))
}

/** Whether the run is an argument of big-O notation (`O(n^2)`, `O(1/K)`, `\mathcal{O}(L^{4/3})`). */
function inBigO(text: string, at: number): boolean {
  const open = insideParenthesis(text, at, 30)
  if (open < 1) return false
  const before = text.slice(Math.max(0, open - 12), open)
  return /(?:(?<!\p{L})[OΘΩo]|\\mathcal\{O\}|\\(?:Theta|Omega)|\\mathcal O)\s?$/u.test(before)
}

/** Parse the digits at `start`; returns the end and whether the run is a dotted chain (`1.2.3`, an address or version). */
function readRun(text: string, start: number): { end: number; dotted: boolean } {
  let j = start
  const n = text.length
  while (j < n && isDigit(text.charCodeAt(j))) j++
  // Thousands separators: groups of exactly three digits (`1,000,000`), only after 1-3 leading digits.
  if (j - start <= 3) {
    while (text.charCodeAt(j) === 0x2c && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3)) && !isDigit(text.charCodeAt(j + 4))) j += 4
  }
  if (text.charCodeAt(j) === 0x2e && isDigit(text.charCodeAt(j + 1))) {
    j++
    while (j < n && isDigit(text.charCodeAt(j))) j++
  }
  if (text.charCodeAt(j) === 0x2e && isDigit(text.charCodeAt(j + 1))) {
    while (j < n && (isDigit(text.charCodeAt(j)) || (text.charCodeAt(j) === 0x2e && isDigit(text.charCodeAt(j + 1))))) j++
    return { end: j, dotted: true }
  }
  // Scientific notation (`1e-4`, `3.2E+5`): the exponent belongs to the number.
  const e = text.charCodeAt(j)
  if (e === 0x65 || e === 0x45) {
    let k = j + 1
    if (text.charCodeAt(k) === 0x2d || text.charCodeAt(k) === 0x2b) k++
    if (isDigit(text.charCodeAt(k))) {
      while (k < n && isDigit(text.charCodeAt(k))) k++
      if (!/[\p{L}\p{N}]/u.test(text.charAt(k))) return { end: k, dotted: false }
    }
  }
  return { end: j, dotted: false }
}

/** An ASCII digit (as `isDigit`): the scan jumps from one run of digits to the next. */
const NEXT_DIGIT = /\d/g

/**
 * Every run of digits in `text`, in order, with prefix, suffix and guard.
 *
 * @param text - The text to scan.
 * @returns Atoms in order; those with a non-null `guard` are not quantities but are kept so that
 *   neighbours can see them (`Llama 3 8B`, `ImageNet-1K and 4K`).
 */
export function scanAtoms(text: string): Atom[] {
  const atoms: Atom[] = []
  let i = 0
  for (;;) {
    // The next digit (a regex scan: several times faster than a loop over the characters).
    NEXT_DIGIT.lastIndex = i
    if (!NEXT_DIGIT.test(text)) break
    const numStart = NEXT_DIGIT.lastIndex - 1
    const run = readRun(text, numStart)
    i = run.end
    const raw = text.slice(numStart, run.end)
    const digits = raw.includes(',') ? raw.replace(/,/g, '') : raw
    const scientific = /e/iu.test(digits)
    const atom: Atom = {
      numStart,
      numEnd: run.end,
      start: numStart,
      end: run.end,
      num: Number(digits),
      digits,
      integer: !digits.includes('.') && !scientific,
      sign: 1,
      xPrefix: false,
      suffix: null,
      comparator: null,
      guard: null,
    }
    atoms.push(atom)
    if (!Number.isFinite(atom.num)) {
      atom.guard = 'name'
      continue
    }
    if (run.dotted) {
      atom.guard = 'dotted'
      continue
    }
    classify(text, atom, atoms.length >= 2 ? atoms[atoms.length - 2]! : null)
  }
  return atoms
}

/** Decide the prefix, suffix and guard of one atom; `prev` is the atom before it. */
function classify(text: string, atom: Atom, prev: Atom | null): void {
  const { numStart, numEnd } = atom
  const c = text.charAt(numStart - 1)
  const c2 = text.charAt(numStart - 2)
  const gapFromPrev = prev && numStart - prev.end <= 12 ? text.slice(prev.end, numStart) : null

  // A grid continues: `3x3`, `6400times6400`, `64 times 288 times 512`.
  if (prev?.suffix?.kind === 'grid' && (prev.guard === null || prev.guard === 'grid-part') && /^[ \u00a0$]*$/u.test(text.slice(prev.suffix.end, numStart))) {
    atom.guard = 'grid-part'
    readSuffix(text, atom)
    return
  }
  // A ratio continues: `1:2:1`.
  if (prev?.guard === 'ratio' && prev.ratioHead && prev.end === numStart - 1 && c === ':') {
    atom.guard = 'ratio'
    atom.ratioHead = prev.ratioHead
    prev.ratioHead.ratioEnd = atom.end
    return
  }
  // Bound tightly to a name-number: the guard spreads (`Qwen2.5-7B`, `o4-mini-2025-04-16`, `CIFAR-10/100`).
  if (prev?.guard && prev.guard !== 'grid-part' && gapFromPrev !== null && TIGHT_JOIN.test(gapFromPrev)) {
    atom.guard = prev.guard === 'year' || prev.guard === 'dotted' ? 'name' : prev.guard
    return
  }
  const joined = prev !== null && prev.guard === null && gapFromPrev !== null && prev.end <= numStart && /^(?:[-‐‑–—]{1,3}|-to-|[/~∼])$/u.test(gapFromPrev)

  // Left context.
  if (!joined) {
    if (isLetter(c)) {
      if ((c === 'x' || c === 'X' || c === '×') && !isAlnum(c2)) {
        atom.xPrefix = true
        atom.start = numStart - 1
      } else if (!/(?<![\p{L}\\])(?:sim|approx)$/u.test(text.slice(Math.max(0, numStart - 8), numStart))) {
        atom.guard = 'name'
        return
      }
    } else if (c === '×' && !isAlnum(c2)) {
      atom.xPrefix = true
      atom.start = numStart - 1
    } else if (c === '_' || c === '^' || (c === '{' && /[_^]/u.test(c2)) || (/[-−]/u.test(c) && /[_^]\{?$/u.test(text.slice(Math.max(0, numStart - 3), numStart - 1)))) {
      atom.guard = 'math'
      return
    }
    // Inside a sub- or superscript group (`h_{i+1}`, `x_{t - 1}`, `2^{n+1}`): an index, not a quantity.
    if (inScript(text, numStart)) {
      atom.guard = 'math'
      return
    } else if (c === "'" || c === '’' || c === '@' || c === '#' || c === '.') {
      atom.guard = 'name'
      return
    } else if (DASH.test(c)) {
      // A hyphen after a word (`Llama-3`, `top-1`, `T1-weighted`) makes the number part of a name;
      // a dash used as punctuation (`accuracy—95%`, `gains---2x`) does not.
      let k = numStart - 1
      while (k > 0 && DASH.test(text.charAt(k - 1))) k--
      const before = text.charAt(k - 1)
      const hyphen = numStart - k === 1 && /[-‐‑]/u.test(c)
      if (hyphen && (isAlnum(before) || before === ')' || before === ']' || before === '}' || before === '$')) {
        atom.guard = 'name'
        return
      }
      if (c === '-' && !isAlnum(before)) {
        atom.sign = -1
        atom.start = numStart - 1
      }
    } else if (c === '−' && !isAlnum(c2)) {
      atom.sign = -1
      atom.start = numStart - 1
    } else if (c === '+' && !isAlnum(c2)) {
      atom.start = numStart - 1
    } else if (c === '/') {
      atom.guard = 'name'
      return
    } else if (c === ':' && isLetter(c2)) {
      // `arXiv:2301.12345`, `host:8080`.
      atom.guard = 'name'
      return
    } else if (c === ':' && isDigit(c2.charCodeAt(0))) {
      // A ratio (`a 5:1 win rate`): one quantity, the first number with unit null (the guideline's grid
      // convention: `3x3` → 3). A ratio after a name or inside an address stays guarded with it.
      atom.guard = 'ratio'
      if (prev && prev.end === numStart - 1) {
        if (prev.guard === null && prev.suffix === null && !prev.xPrefix && !isDigit(text.charCodeAt(atom.end)) && !isLetter(text.charAt(atom.end))) {
          atom.ratioHead = prev
          prev.ratioEnd = atom.end
        } else if (prev.guard === null) prev.guard = 'ratio'
      }
      return
    }
    const before = text.slice(Math.max(0, atom.start - 6), atom.start)
    if ((before.includes('±') || before.includes('pm')) && /(?:±|\\pm|(?<!\p{L})pm)\s?\$?\s?$/u.test(before)) {
      atom.guard = 'error-bar'
      return
    }
    const symbol = symbolBefore(text, atom.start)
    if (symbol) {
      atom.comparator = symbol.comparator
      atom.start = symbol.start
    }
  }

  readSuffix(text, atom)
  if (atom.guard) return
  // `by a factor of 2.6`: a multiplier written with words (unit times; the words stay out of `text`).
  if (atom.suffix === null && !atom.xPrefix && atom.start === numStart && /\bfactor[ \u00a0]+of[ \u00a0]+$/iu.test(text.slice(Math.max(0, numStart - 12), numStart))) {
    atom.xPrefix = true
  }
  const bare = atom.suffix === null || atom.suffix.kind === 'scale'
  const plain = atom.suffix === null && !atom.xPrefix && atom.sign === 1 && atom.start === numStart

  // `(1)`, `2)`: list markers.
  if (plain && atom.integer && atom.num <= 30 && text.charAt(numEnd) === ')') {
    if (c === '(') {
      atom.guard = 'list-marker'
      return
    }
    if ((c === '' || /[\s;:,]/u.test(c)) && insideParenthesis(text, numStart) < 0) {
      atom.guard = 'list-marker'
      return
    }
  }
  if (plain && atom.integer && atom.num <= 30 && text.charAt(numEnd) === '.' && /\s/u.test(text.charAt(numEnd + 1)) && (numStart === 0 || text.charAt(numStart - 1) === '\n')) {
    atom.guard = 'list-marker'
    return
  }
  if (plain && inBracketCitation(text, numStart, numEnd)) {
    atom.guard = 'citation'
    return
  }
  if (inBigO(text, numStart)) {
    atom.guard = 'math'
    return
  }
  // A licence's version (`CC-BY 4.0 license`, `licensed under CC BY-NC 4.0`): part of the licence's name.
  if (bare && !atom.xPrefix && atom.sign === 1 && atom.comparator === null && isLicenceVersion(text, atom)) {
    atom.guard = 'name'
    return
  }
  if (plain && atom.integer && atom.digits.length === 4 && numEnd - numStart === 4 && atom.num >= 1950 && atom.num <= 2039 && !isYearShapedCount(text, atom)) {
    atom.guard = 'year'
    return
  }
  // `Zeta-3 (235B)`, `Mistolo (24B)`: a size in parentheses right after a name is part of the name.
  if (c === '(' && atom.suffix?.kind === 'scale' && text.charAt(atom.end) === ')' && atom.start === numStart) {
    const nameNumber = prev?.guard === 'name' && /^[ \u00a0]?\($/u.test(text.slice(prev.end, numStart))
    const { token, start } = tokenBefore(text, text.charAt(numStart - 2) === ' ' ? numStart - 2 : numStart - 1)
    if (nameNumber || (token && /^\p{Lu}/u.test(token) && !CLAUSE_WORDS.has(token.toLowerCase()) && !opensClause(text, start))) {
      atom.guard = 'name'
      return
    }
  }
  // A mixture-of-experts size is written as a grid of a count and a scaled size (`Zephyr 8x7B`).
  const expertsSize = atom.suffix?.kind === 'grid' && /^[x×]\d+(?:\.\d+)?[BMT](?![\p{L}\p{N}])/u.test(text.slice(numEnd, numEnd + 9))
  // A word right before: a reference (`Table 1`) or a name with a version (`Llama 3.1`, `Mistral 7B`).
  if ((bare || expertsSize) && !atom.xPrefix && atom.sign === 1 && atom.comparator === null && atom.start === numStart && !joined) {
    const space = text.charAt(numStart - 1)
    if (space === ' ' || space === '\u00a0' || space === '~') {
      let wordEnd = numStart - 1
      if (text.charAt(wordEnd - 1) === '.') wordEnd--
      const { token, start } = tokenBefore(text, wordEnd)
      if (token && REFERENCE_WORDS.has(token.toLowerCase())) {
        atom.guard = 'reference'
        return
      }
      if (token && wordEnd === numStart - 1 && isNameToken(text, token, start, atom)) {
        atom.guard = 'name'
        return
      }
      // A second number after a name-number (`Llama 3 8B`, `Qwen 2.5 7B`).
      if (prev?.guard === 'name' && prev.numEnd === numStart - 1 && /^[ \u00a0]$/u.test(text.slice(prev.numEnd, numStart))) {
        atom.guard = 'name'
        return
      }
    }
  }
}

/** Read the unit or scale suffix after the digits; a letter glued with no known suffix makes a name (`3D`, `5G`, `2nd`). */
function readSuffix(text: string, atom: Atom): void {
  const suffix = matchSuffix(text, atom.numEnd, atom.integer, atom.num)
  const next = text.charAt(atom.numEnd)
  if (suffix) {
    atom.suffix = suffix
    atom.end = suffix.kind === 'grid' ? atom.numEnd : suffix.end
    return
  }
  if (next === '^' && atom.integer) {
    const power = matchPower(text, atom.numEnd, atom.digits)
    if (power) {
      atom.suffix = power
      atom.end = power.end
      return
    }
  }
  if (atom.guard) return
  if (isLetter(next)) {
    atom.guard = /^(?:st|nd|rd|th)(?!\p{L})/u.test(text.slice(atom.numEnd, atom.numEnd + 3)) ? 'ordinal' : 'name'
    return
  }
  if (next === '^' || next === '_') {
    atom.guard = 'math'
    return
  }
  // `1/k`, `1/N`: a rate written with a variable, as `O(1/K)`.
  if (next === '/' && /^\/\p{L}(?![\p{L}\p{N}])/u.test(text.slice(atom.numEnd, atom.numEnd + 3))) {
    atom.guard = 'math'
    return
  }
  // `3-D`, `2-D`: a dimension, like `3D`.
  if (DASH.test(next) && /^[-‐‑–—]\p{Lu}(?![\p{L}\p{N}])/u.test(text.slice(atom.numEnd, atom.numEnd + 3))) {
    atom.guard = 'name'
  }
}

/**
 * Whether a year-shaped number counts something: after a word comparator (`more than 2000 models`), or before a
 * plural noun when no word of time precedes it (`2000 samples`, not `in 2023 researchers`).
 */
function isYearShapedCount(text: string, atom: Atom): boolean {
  const before = text.slice(Math.max(0, atom.numStart - 16), atom.numStart)
  if (/(?<!\p{L})(?:than|over|about|around|approximately|nearly|almost|roughly|some|only|just)[ \u00a0]+$/iu.test(before)) return true
  if (/(?<!\p{L})(?:in|since|by|until|till|from|of|during|before|after|early|late|mid|circa|to|and|or|between)[ \u00a0]+$/iu.test(before)) return false
  return /^[ \u00a0]+\p{Ll}+s(?!\p{L})/u.test(text.slice(atom.numEnd, atom.numEnd + 24))
}

/** A release number: one non-zero digit, a point, one digit (`2.0`, `2.1`, `5.0`); scores have more digits. */
const RELEASE_NUMBER = /^[1-9]\.\d$/

/** ALL-CAPS metric names: a number after one is a score (`FID 2.1`, `WER 4.5`), never a version. */
const METRIC_WORDS = new Set(
  (
    'acc ade ap auc bleu bpc bpd cer cider clip ece eer elo em f fde fid fvd is kid lpips mae map mape meteor miou ' +
    'mos mrr mse nds ndcg nfe nll ppl psnr rmse rouge sar sdr si-sdr snr spice ssim ter uar wer'
  ).split(' '),
)

/**
 * Whether `token` before a bare number names a model or product with a version (`Llama 3.1`,
 * `Qwen 3`, `DurIAN-E 2`, `RTX 4060`, `Mistral 7B`) rather than a word of the sentence.
 */
function isNameToken(text: string, token: string, start: number, atom: Atom): boolean {
  if (!/\p{Lu}/u.test(token)) return false
  const lower = token.toLowerCase()
  if (CLAUSE_WORDS.has(lower)) return false
  const uppers = (token.match(/\p{Lu}/gu) ?? []).length
  const letters = token.replace(/\P{L}/gu, '')
  const allCaps = letters.length > 1 && letters === letters.toUpperCase()
  // An ALL-CAPS metric before a decimal is a score (`BLEU 27.3`, `FID 1.34`, `MAP 0.85`), not a version;
  // an ALL-CAPS name before a release number of the form `N.N` is a version (`ZQA 2.0`, `XYM 3.5`).
  if (allCaps && !atom.integer && !/\p{N}/u.test(token)) {
    return atom.suffix === null && RELEASE_NUMBER.test(atom.digits) && !METRIC_WORDS.has(lower)
  }
  // A capitalised English word opening the sentence (`Training 7B models ...`) is not a name.
  if (uppers === 1 && /^\p{Lu}\p{Ll}+$/u.test(token) && opensClause(text, start)) return false
  // Versions are short (`3`, `3.1`, `4060`); sizes carry a scale (`7B`).
  return atom.suffix?.kind === 'scale' || atom.digits.length <= 4
}
