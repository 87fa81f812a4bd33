/**
 * Matching a short form against the words that may spell it out: a letter alignment in the spirit of
 * Schwartz & Hearst (2003), scored so that letters at word starts win over letters inside words, and
 * content words that give no letter count against a candidate.
 *
 * @module
 */
import type { Token } from './short-form.js'

/** A unit of a long form: one word, or words joined by hyphens (`Mixture-of-Low-rank-Adapters`, `click - through`). */
export interface Unit {
  text: string
  start: number
  end: number
  /**
   * Lower-cased letters and digits, with whether each starts a word part and was upper case, and the digit a
   * number word starting there stands for (`two` → `2`).
   */
  chars: Array<{ ch: string; initial: boolean; upper: boolean; digit: boolean; number: string | undefined }>
  /** A function word (`of`, `and`, `the` …): may give no letter, may not start a long form. */
  function: boolean
}

/** Function words: a long form may contain them without a letter for each, but may not start with one. */
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'in', 'on', 'with', 'to', 'via', 'by', 'from', 'at', 'as', 'into',
  'over', 'under', 'through', 'its', 'their', 'per', 'vs', 'versus', 'without', 'across', 'between', 'among',
  'towards', 'toward', 'using', 'based', '&', 'but', 'nor', 'than', 'then', 'this', 'that', 'these', 'those',
])

/** Words a long form never contains: they belong to the sentence around the definition. */
export const STOP_WORDS = new Set([
  'we', 'our', 'us', 'i', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'called',
  'named', 'termed', 'dubbed', 'coined', 'denoted', 'known', 'referred', 'propose', 'proposes', 'proposed',
  'introduce', 'introduces', 'introduced', 'present', 'presents', 'presented', 'which', 'who', 'whose', 'where',
  'when', 'while', 'such', 'e.g', 'i.e', 'etc', 'here', 'there', 'it', 'they', 'them', 'can', 'could', 'will',
  'would', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'also', 'so', 'thus', 'hence', 'namely',
  'use', 'uses', 'used', 'using', 'like', 'including', 'include', 'includes', 'aka', 'a.k.a', 'novel',
])

/** A character of the short form to be found in the long form. */
interface ShortChar {
  ch: string
  upper: boolean
  digit: boolean
}

/** Build a unit from consecutive tokens of `text`. */
export function makeUnit(text: string, tokens: readonly Token[]): Unit {
  const first = tokens[0] as Token
  const last = tokens[tokens.length - 1] as Token
  const surface = text.slice(first.start, last.end)
  const chars: Unit['chars'] = []
  let prevAlnum = false
  let prevDigit = false
  for (let i = 0; i < surface.length; i++) {
    const code = surface.charCodeAt(i)
    let isDigit = false
    let isLetter = false
    let upper = false
    let lower = ''
    if (code >= 48 && code <= 57) {
      isDigit = true
      lower = surface.charAt(i)
    } else if (code >= 97 && code <= 122) {
      isLetter = true
      lower = surface.charAt(i)
    } else if (code >= 65 && code <= 90) {
      isLetter = true
      upper = true
      lower = String.fromCharCode(code + 32)
    } else if (code > 127) {
      const c = surface.charAt(i)
      lower = c.toLowerCase()
      isLetter = lower !== c.toUpperCase()
      upper = isLetter && c !== lower
    }
    if (isDigit || isLetter) {
      const initial = chars.length === 0 || !prevAlnum || (isDigit && !prevDigit)
      let number: string | undefined
      if (initial && isLetter && NUMBER_WORD_INITIALS.includes(lower)) {
        const word = NUMBER_WORD.exec(surface.slice(i, i + 7).toLowerCase())
        if (word) number = String(word.slice(1).findIndex(Boolean) + 1)
      }
      chars.push({ ch: lower, initial, upper, digit: isDigit, number })
    }
    prevAlnum = isDigit || isLetter || code === 39 || code === 0x2019
    prevDigit = isDigit
  }
  return { text: surface, start: first.start, end: last.end, chars, function: FUNCTION_WORDS.has(surface.toLowerCase()) }
}

/** Result of {@link alignLongForm}: the units used and the quality of the match. */
export interface Alignment {
  /** Index into `units` of the long form's first unit. */
  first: number
  /** Index into `units` of the long form's last unit (trailing units that give no letter are left out). */
  last: number
  /**
   * Sum of letter scores (3 at a word start, 2 at an inner capital, 0 or -1 inside a word), minus 3 per content
   * word inside the long form that gives no letter and 1 per trailing word left out.
   */
  score: number
  /** Content words inside the long form that gave no letter. */
  unmatched: number
  /** Letters or digits of the short form matched at a word start or inner capital. */
  strong: number
}

const NEG = -1e9

/** Number words a digit of a short form may stand for (`3GPP` = Third Generation …, `2D` = two-dimensional); group n is digit n. */
const NUMBER_WORD =
  /^(?:(one|single|first|uni|mono)|(two|second|bi|double|dual|twin)|(three|third|tri)|(four|quad)|(five|fifth|penta)|(six|hexa))/

/** The first letters of the words of {@link NUMBER_WORD}. */
const NUMBER_WORD_INITIALS = 'osfumtbdqph'

function scoreChar(s: ShortChar, u: Unit['chars'][number]): number {
  if (u.initial) return 3
  if (u.upper) return 2
  if (s.digit) return 1
  return s.upper ? -1 : 0
}

/*
 * Scratch buffers, grown on demand and overwritten before they are read (no state is carried from one call
 * to the next): the two rows of the in-unit alignment, its results per length, and the table of
 * `alignLongForm`. Typed arrays of more than a few dozen elements are costly to allocate on every call.
 */
let prevScore = new Float64Array(64)
let prevStrong = new Float64Array(64)
let curScore = new Float64Array(64)
let curStrong = new Float64Array(64)
let bestScores = new Float64Array(32)
let bestStrongs = new Float64Array(32)
let gScore = new Float64Array(256)
let gUnmatched = new Int32Array(256)
let gStrong = new Int32Array(256)
let gLast = new Int32Array(256)

/**
 * Best alignments of `short[i..i+t)` inside one unit, letters in order, for every length t = 1 … `maxT`; with
 * `anchored` the first letter must sit at a word start. Row k of the alignment places letter i + k, so the
 * alignment of length t is the best cell of row t − 1 and all lengths come from one pass.
 *
 * @returns The largest t that aligns (0 when none; every shorter length aligns too). The score and the
 *   number of strong letters of length t are in `bestScores[t]` and `bestStrongs[t]` until the next call.
 */
function alignInUnit(short: readonly ShortChar[], i: number, maxT: number, unit: Unit, anchored: boolean): number {
  const chars = unit.chars
  const n = chars.length
  if (prevScore.length < n) {
    prevScore = new Float64Array(n * 2)
    prevStrong = new Float64Array(n * 2)
    curScore = new Float64Array(n * 2)
    curStrong = new Float64Array(n * 2)
  }
  if (bestScores.length <= maxT) {
    bestScores = new Float64Array(maxT * 2 + 1)
    bestStrongs = new Float64Array(maxT * 2 + 1)
  }
  for (let k = 0; k < maxT; k++) {
    const s = short[i + k] as ShortChar
    let runScore = NEG
    let runStrong = 0
    let bestScore = NEG
    let bestStrong = 0
    for (let c = 0; c < n; c++) {
      const u = chars[c] as Unit['chars'][number]
      let score = NEG
      let strong = 0
      if ((u.ch === s.ch || (s.digit && u.number === s.ch)) && (k > 0 || !anchored || u.initial)) {
        const add = scoreChar(s, u)
        const st = u.initial || u.upper ? 1 : 0
        if (k === 0) {
          score = add
          strong = st
        } else if (runScore > NEG / 2) {
          score = runScore + add
          strong = runStrong + st
        }
      }
      if (k > 0 && (prevScore[c] as number) > runScore) {
        runScore = prevScore[c] as number
        runStrong = prevStrong[c] as number
      }
      curScore[c] = score
      curStrong[c] = strong
      if (score > bestScore) {
        bestScore = score
        bestStrong = strong
      }
    }
    if (bestScore <= NEG / 2) return k
    bestScores[k + 1] = bestScore
    bestStrongs[k + 1] = bestStrong
    const swapScore = prevScore
    const swapStrong = prevStrong
    prevScore = curScore
    prevStrong = curStrong
    curScore = swapScore
    curStrong = swapStrong
  }
  return maxT
}

/** The letters and digits of a short form, with variants: without a plural `s`, a letter repeated by its count (`T3`), without digits. */
export function shortVariants(short: string): Array<{ chars: ShortChar[]; penalty: number }> {
  const base: ShortChar[] = []
  for (const c of short) {
    const lower = c.toLowerCase()
    const digit = c >= '0' && c <= '9'
    if (digit || lower !== c.toUpperCase()) base.push({ ch: lower, upper: !digit && c !== lower, digit })
  }
  const variants = [{ chars: base, penalty: 0 }]
  if (base.length > 2 && /[A-Z]s$/.test(short)) variants.push({ chars: base.slice(0, -1), penalty: 0 })
  // A letter and a count: `T3` = three words with T (`Tiny Token Tagger`), `S4`, `A3C`.
  if (/^(?:\p{Lu}[2-9]|\p{Lu})+$/u.test(short) && /\p{Lu}[2-9]/u.test(short)) {
    const repeated: ShortChar[] = []
    for (const [, letter, count] of short.matchAll(/(\p{Lu})([2-9]?)/gu)) {
      for (let k = 0; k < (count ? Number(count) : 1); k++) repeated.push({ ch: (letter as string).toLowerCase(), upper: true, digit: false })
    }
    variants.push({ chars: repeated, penalty: 0.5 })
  }
  const noDigits = base.filter((c) => !c.digit)
  if (noDigits.length !== base.length && noDigits.length >= 2) {
    variants.push({ chars: noDigits, penalty: base.length - noDigits.length })
    if (noDigits.length > 2 && /[A-Z]s$/.test(short.replace(/(?<!\d)\d+$/, ''))) variants.push({ chars: noDigits.slice(0, -1), penalty: base.length - noDigits.length })
  }
  return variants
}

/**
 * Align a short form with the units before it (or inside its parentheses): every letter must be found, in
 * order; the long form runs from a chosen unit to the last unit (or up to `trailing` units earlier, when those
 * give no letter: `machine learning algorithms (ML)` → `machine learning`); its first letter sits at a word
 * start of the first unit, which is not a function word. Among the possible first units the best score wins,
 * the shorter long form on ties.
 *
 * @param short - The short form as written.
 * @param units - Candidate units in text order.
 * @param options.fixedFirst - Only this first unit (for `SHORT (long form)`, where the long form starts the parenthesis).
 * @param options.trailing - How many trailing units may be left out (default 3).
 * @returns The alignment, or null when no first unit spells the short form.
 */
export function alignLongForm(short: string, units: readonly Unit[], options: { fixedFirst?: number; trailing?: number } = {}): Alignment | null {
  const n = units.length
  if (n === 0) return null
  const trailing = options.trailing ?? 2
  // Content units from w to the end, to price leaving them out.
  const contentFrom = new Array<number>(n + 1).fill(0)
  for (let w = n - 1; w >= 0; w--) contentFrom[w] = (contentFrom[w + 1] as number) + ((units[w] as Unit).function ? 0 : 1)
  let best: Alignment | null = null
  for (const variant of shortVariants(short)) {
    const s = variant.chars
    const m = s.length
    if (m === 0) continue
    // Cell (w, i) at w * (m + 1) + i: best alignment of s[i..m) into units w..n-1, where the long form ends at
    // unit `last` and the units after it (at most `trailing`) are left out.
    const size = (n + 1) * (m + 1)
    if (gScore.length < size) {
      gScore = new Float64Array(size * 2)
      gUnmatched = new Int32Array(size * 2)
      gStrong = new Int32Array(size * 2)
      gLast = new Int32Array(size * 2)
    }
    gScore.fill(NEG, 0, size)
    gUnmatched.fill(0, 0, size)
    gStrong.fill(0, 0, size)
    gLast.fill(-1, 0, size)
    const at = (w: number, i: number): number => w * (m + 1) + i
    gScore[at(n, m)] = 0
    gLast[at(n, m)] = n - 1
    for (let w = n - 1; w >= 0; w--) {
      const unit = units[w] as Unit
      const cost = unit.function ? 0 : 3
      for (let i = 0; i <= m; i++) {
        const here = at(w, i)
        const skip = at(w + 1, i)
        if ((gScore[skip] as number) > NEG / 2) {
          gScore[here] = (gScore[skip] as number) - cost
          gUnmatched[here] = (gUnmatched[skip] as number) + (cost ? 1 : 0)
          gStrong[here] = gStrong[skip] as number
          gLast[here] = gLast[skip] as number
        }
        if (i === m && w > 0 && n - w <= trailing && !(units[w - 1] as Unit).function) {
          const dropped = -(contentFrom[w] as number)
          if (dropped > (gScore[here] as number)) {
            gScore[here] = dropped
            gUnmatched[here] = 0
            gStrong[here] = 0
            gLast[here] = w - 1
          }
        }
        // Letters s[i..i+t) in this unit, then the rest from the next unit on.
        let longest = 0
        for (let t = m - i; t >= 1 && longest === 0; t--) if ((gScore[at(w + 1, i + t)] as number) > NEG / 2) longest = t
        const aligned = longest > 0 ? alignInUnit(s, i, longest, unit, false) : 0
        for (let t = 1; t <= aligned; t++) {
          const after = at(w + 1, i + t)
          if ((gScore[after] as number) <= NEG / 2) continue
          const sum = (bestScores[t] as number) + (gScore[after] as number)
          if (sum > (gScore[here] as number)) {
            gScore[here] = sum
            gUnmatched[here] = gUnmatched[after] as number
            gStrong[here] = (bestStrongs[t] as number) + (gStrong[after] as number)
            gLast[here] = gLast[after] as number
          }
        }
      }
    }
    const s0 = s[0] as ShortChar
    const fixed = options.fixedFirst
    for (let k = fixed === undefined ? n - 1 : fixed; k >= (fixed === undefined ? 0 : fixed) && k < n; k--) {
      const unit = units[k] as Unit
      const head = unit.chars[0]
      if (unit.function || !head || (head.ch !== s0.ch && !(s0.digit && head.number === s0.ch))) continue
      const usable = (t: number): boolean => (gScore[at(k + 1, t)] as number) > NEG / 2 && (gLast[at(k + 1, t)] as number) >= k
      let longest = 0
      for (let t = m; t >= 1 && longest === 0; t--) if (usable(t)) longest = t
      const aligned = longest > 0 ? alignInUnit(s, 0, longest, unit, true) : 0
      for (let t = 1; t <= aligned; t++) {
        if (!usable(t)) continue
        const after = at(k + 1, t)
        const score = (bestScores[t] as number) + (gScore[after] as number) - variant.penalty
        if (!best || score > best.score) {
          best = { first: k, last: gLast[after] as number, score, unmatched: gUnmatched[after] as number, strong: (bestStrongs[t] as number) + (gStrong[after] as number) }
        }
      }
    }
  }
  return best
}

