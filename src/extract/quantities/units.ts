/**
 * The unit grammar of the quantity extractor: what may follow a number (`%`, `\%`, `x`, `$\times$`,
 * `-fold`, `8-bit`, `62ms`, `16GB`, `3 GFLOPs`, `2.1 dB`, `130M`, `300 million`) and how it scales
 * the value into papermeta's closed unit vocabulary (`20ms` → 0.02 `second`, `8 GB` → 8e9 `byte`).
 *
 * Every pattern is sticky (`y`) and matched at one position, so a lookup costs O(pattern) and the
 * extractor stays linear in the length of the text.
 *
 * @module
 */
import type { Unit } from '../../schema.js'

/** What a suffix adds to a number. */
export interface Suffix {
  /** End of the suffix (exclusive). */
  end: number
  /** Unit in the closed vocabulary, or null (a bare scale, or a unit outside the vocabulary). */
  unit: Unit | null
  /** Power of ten the number is scaled by (`130M` → 6, `62ms` → -3). */
  exp: number
  /** Extra factor for binary prefixes (`KiB` → 1024), else 1. */
  factor: number
  /**
   * `grid` when the suffix is a dimension separator followed by another number (`3x3`, `512times512`);
   * `power` for an exponent (`10^9` → 1e9; `256^2`, a size, → 256).
   */
  kind: 'unit' | 'scale' | 'other-unit' | 'grid' | 'power'
  /** Written with a hyphen as an adjective (`8-bit`, `7-fold`, `8-second`). */
  hyphen: boolean
}

/** One row of the suffix table. */
interface Row {
  /** The characters the suffix can start with (lookups try only the rows of the character at hand). */
  first: string
  re: RegExp
  unit: Unit | null
  kind: Suffix['kind']
  /** Fixed power of ten, or a function of the match (prefix letters). */
  exp: number | ((m: RegExpExecArray) => number)
  factor?: (m: RegExpExecArray) => number
  /** Where the suffix may start: glued to the number, after one space, after a hyphen. */
  glued: boolean
  space: boolean
  hyphen: boolean
}

/** SI prefix letters → power of ten. */
const PREFIX_EXP: Record<string, number> = { k: 3, K: 3, M: 6, G: 9, T: 12, P: 15, E: 18 }
const prefixExp = (letter: string | undefined): number => (letter ? (PREFIX_EXP[letter] ?? 0) : 0)
/** Binary prefix letters (`KiB`) → power of 1024. */
const BINARY_POWER: Record<string, number> = { k: 1, K: 1, M: 2, G: 3, T: 4, P: 5 }

/** Letters or digits: a suffix must not run into a following word (`3D`, `5G`, `dBm`). */
const END = '(?![\\p{L}\\p{N}])'
const END_LETTER = '(?!\\p{L})'

const row = (first: string, source: string, unit: Unit | null, kind: Suffix['kind'], exp: Row['exp'], where: Partial<Pick<Row, 'glued' | 'space' | 'hyphen'>>, factor?: Row['factor']): Row => ({
  first,
  re: new RegExp(source, 'uy'),
  unit,
  kind,
  exp,
  ...(factor ? { factor } : {}),
  glued: where.glued ?? true,
  space: where.space ?? true,
  hyphen: where.hyphen ?? false,
})

/**
 * The suffix table, longest forms first. Each row says where the suffix may stand relative to the
 * number: glued (`62ms`), after one space (`62 ms`), after a hyphen (`8-bit`).
 */
const ROWS: readonly Row[] = [
  // percent and percentage points
  row('\\%％$', `(?:\\\\%|%|％|\\$\\\\%\\$)`, 'percent', 'unit', 0, { glued: true, space: true }),
  row('p', `(?:percentage|percent|per cent)(?:[ -]points?)?${END_LETTER}`, 'percent', 'unit', 0, { glued: true, space: true }),
  row('p', `p\\.p\\.|pp${END}`, 'percent', 'unit', 0, { glued: true, space: true }),
  // multipliers; a following number makes them a grid (`3x3`, `512times512`)
  row('$', `\\$\\\\times\\$`, 'times', 'unit', 0, { glued: true, space: true }),
  row('\\', `\\\\times${END_LETTER}`, 'times', 'unit', 0, { glued: true, space: true }),
  row('×', `×`, 'times', 'unit', 0, { glued: true, space: true }),
  row('t', `times${END_LETTER}`, 'times', 'unit', 0, { glued: true, space: true }),
  row('f', `fold${END_LETTER}`, 'times', 'unit', 0, { glued: true, space: true, hyphen: true }),
  row('xX', `[xX](?![\\p{L}])`, 'times', 'unit', 0, { glued: true, space: false }),
  // bits and bytes (decimal prefixes; binary ones for KiB/MiB/GiB)
  row('bB', `(?:bits?|Bits?|BITS?)${END_LETTER}`, 'bit', 'unit', 0, { glued: true, space: true, hyphen: true }),
  row('KMGT', `([KMGT])b${END}`, 'bit', 'unit', (m) => prefixExp(m[1]), { glued: true, space: true }),
  row('kKMGTP', `([kKMGTP])iB${END}`, 'byte', 'unit', 0, { glued: true, space: true }, (m) => 1024 ** (BINARY_POWER[m[1] ?? 'K'] ?? 1)),
  row('kKMGTP', `([kKMGTP])B${END}`, 'byte', 'unit', (m) => prefixExp(m[1]), { glued: true, space: true }),
  row('bB', `(?:bytes?|Bytes?)${END_LETTER}`, 'byte', 'unit', 0, { glued: true, space: true }),
  // FLOPs, with an optional SI prefix (`3 GFLOPs`, `600 PFLOPs`, `3.2G FLOPs`)
  row('kKMGTPEFf', `(?:([kKMGTPE]) ?)?(?:FLOPs|FLOPS|FLOP|flops|Flops)${END_LETTER}`, 'FLOPs', 'unit', (m) => prefixExp(m[1]), { glued: true, space: true }),
  // decibels
  row('d', `dB${END}`, 'dB', 'unit', 0, { glued: true, space: true }),
  // time; compute-time forms (`1 GPU hour`, `8 TPU-days`) keep the time unit
  row('GTCnc', `(?:[GT]PU|CPU|node|core)[- ](?:hours?|h)${END_LETTER}`, 'hour', 'unit', 0, { glued: false, space: true }),
  row('GTCnc', `(?:[GT]PU|CPU|node|core)[- ]days?${END_LETTER}`, 'day', 'unit', 0, { glued: false, space: true }),
  row('m', `(?:ms|msec|msecs|millisecond|milliseconds)${END_LETTER}`, 'second', 'unit', -3, { glued: true, space: true, hyphen: true }),
  row('µμm', `(?:µs|μs|microseconds?)${END_LETTER}`, 'second', 'unit', -6, { glued: true, space: true }),
  row('n', `(?:ns|nanoseconds?)${END_LETTER}`, 'second', 'unit', -9, { glued: true, space: true }),
  row('s', `(?:seconds?|secs?)${END_LETTER}`, 'second', 'unit', 0, { glued: true, space: true, hyphen: true }),
  row('m', `(?:minutes?|mins?)${END_LETTER}`, 'minute', 'unit', 0, { glued: true, space: true, hyphen: true }),
  row('h', `(?:hours?|hrs?|h)${END_LETTER}`, 'hour', 'unit', 0, { glued: true, space: true, hyphen: true }),
  row('d', `days?${END_LETTER}`, 'day', 'unit', 0, { glued: false, space: true, hyphen: true }),
  row('y', `(?:years?|yrs?)${END_LETTER}`, 'year', 'unit', 0, { glued: false, space: true, hyphen: true }),
  // units outside the vocabulary: kept in the text, value as written, unit null
  row('mkW', `[mk]?W${END}`, null, 'other-unit', 0, { glued: true, space: false }),
  row('kMGHnmcfFpbdT', `(?:[kMG]?Hz|nm|mm|cm|km|fps|FPS|px|bpp|dpi|[kMG]bps|TOPS/W|TOPS|TOPs|GOPS|[GT]op/s(?:/W)?|G?MACs)${END_LETTER}`, null, 'other-unit', 0, { glued: true, space: true }),
  row('p', `p${END}`, null, 'other-unit', 0, { glued: true, space: false }),
  // scale words and glued scale letters (the counted thing follows as the noun)
  row('t', `thousand${END_LETTER}`, null, 'scale', 3, { glued: false, space: true, hyphen: true }),
  row('m', `million${END_LETTER}`, null, 'scale', 6, { glued: false, space: true, hyphen: true }),
  row('b', `billion${END_LETTER}`, null, 'scale', 9, { glued: false, space: true, hyphen: true }),
  row('t', `trillion${END_LETTER}`, null, 'scale', 12, { glued: false, space: true, hyphen: true }),
  row('b', `bn${END}`, null, 'scale', 9, { glued: true, space: false }),
  row('kK', `[kK]${END}`, null, 'scale', 3, { glued: true, space: false }),
  row('M', `M${END}`, null, 'scale', 6, { glued: true, space: false }),
  row('B', `B${END}`, null, 'scale', 9, { glued: true, space: false }),
  row('T', `T${END}`, null, 'scale', 12, { glued: true, space: false }),
]

const NO_ROWS: readonly Row[] = []
/** Rows by first character, in table order. */
const BY_FIRST = new Map<string, Row[]>()
for (const r of ROWS) {
  for (const ch of r.first) {
    const list = BY_FIRST.get(ch)
    if (list) list.push(r)
    else BY_FIRST.set(ch, [r])
  }
}

/** Lowercase `b` glued to a number: bits (`8b`, `2-to-8b`) unless it sizes a model (`7b model`). */
const LOWER_B = /b(?![\p{L}\p{N}])/uy
const MODEL_SIZE_NOUN = /[ -]?(?:parameters?|params?|models?|tokens?|LLMs?|LMs?|checkpoints?)(?!\p{L})/uy

/** A device name after `×` (`8 × A100`, `4×H100`). */
const DEVICE_NEXT = /[ \u00a0]?\p{Lu}\d/uy

/** A dimension separator after a multiplier: another number follows (`3x3`, `6400times6400`, `36times 64`). */
const GRID_NEXT = /[ \u00a0]?\$?[ \u00a0]?\d/y

/** An exponent after a number: `^9`, `^{12}`, `^{-3}`, `$^2$` is not one (the `$` closes math before it). */
const POWER = /\^(?:\{(-?\d{1,3})\}|(-?\d{1,3}))(?![\d.])/y

/**
 * An exponent right after an integer: a power of ten (`10^9` → exp 8 on the digits `10`, i.e. 1e9)
 * or a square/cube size (`256^2` → 256); null for anything else (`2^{10}`, `x^2`), which is mathematics.
 */
export function matchPower(text: string, at: number, digits: string): Suffix | null {
  POWER.lastIndex = at
  const m = POWER.exec(text)
  if (!m) return null
  const power = Number(m[1] ?? m[2])
  const end = at + m[0].length
  if (digits === '10') return { end, unit: null, exp: power - 1, factor: 1, kind: 'power', hyphen: false }
  if ((power === 2 || power === 3) && Number(digits) >= 8) return { end, unit: null, exp: 0, factor: 1, kind: 'power', hyphen: false }
  return null
}

/**
 * Match a unit or scale suffix at `at` (just after the digits of a number).
 *
 * @param text - The whole text.
 * @param at - Offset right after the number.
 * @param integer - Whether the number has no decimal part (used for lowercase `b`).
 * @param num - The number as written (used for lowercase `b`).
 * @returns The suffix, or null when none follows.
 */
export function matchSuffix(text: string, at: number, integer: boolean, num: number): Suffix | null {
  // Where the suffix may start: glued, after a gap (one space, no-break space, `\,`, `\ `, `~`), after a hyphen.
  const ch = text.charCodeAt(at)
  let gapEnd = -1
  if (ch === 0x20 || ch === 0xa0 || ch === 0x202f || ch === 0x7e /* ~ */) gapEnd = at + 1
  else if (ch === 0x5c /* \ */ && (text.charCodeAt(at + 1) === 0x2c || text.charCodeAt(at + 1) === 0x20)) gapEnd = at + 2
  const hyphenEnd = ch === 0x2d /* - */ || ch === 0x2011 /* non-breaking hyphen */ ? at + 1 : -1
  return (
    suffixAt(text, at, 'glued', integer, num) ??
    (gapEnd >= 0 ? suffixAt(text, gapEnd, 'space', integer, num) : null) ??
    (hyphenEnd >= 0 ? suffixAt(text, hyphenEnd, 'hyphen', integer, num) : null)
  )
}

/** Try the rows that can start at `pos`. */
function suffixAt(text: string, pos: number, how: 'glued' | 'space' | 'hyphen', integer: boolean, num: number): Suffix | null {
  for (const r of BY_FIRST.get(text.charAt(pos)) ?? NO_ROWS) {
    if (how === 'glued' ? !r.glued : how === 'space' ? !r.space : !r.hyphen) continue
    r.re.lastIndex = pos
    const m = r.re.exec(text)
    if (!m) continue
    const end = pos + m[0].length
    const exp = typeof r.exp === 'number' ? r.exp : r.exp(m)
    const factor = r.factor ? r.factor(m) : 1
    let kind = r.kind
    if (r.unit === 'times' && how !== 'hyphen') {
      GRID_NEXT.lastIndex = end
      if (GRID_NEXT.test(text)) kind = 'grid'
      // `8 × A100`: a count of devices, not a multiplier.
      DEVICE_NEXT.lastIndex = end
      if (DEVICE_NEXT.test(text)) return null
    }
    return { end, unit: kind === 'grid' ? null : r.unit, exp, factor, kind, hyphen: how === 'hyphen' }
  }
  if (how !== 'glued') return null
  // `0.4s`: a glued `s` is seconds only after a decimal (`90s`, `2s` are too ambiguous).
  if (!integer && text.charCodeAt(pos) === 0x73 /* s */ && !/[\p{L}\p{N}]/u.test(text.charAt(pos + 1))) {
    return { end: pos + 1, unit: 'second', exp: 0, factor: 1, kind: 'unit', hyphen: false }
  }
  LOWER_B.lastIndex = pos
  if (LOWER_B.test(text)) {
    const end = pos + 1
    MODEL_SIZE_NOUN.lastIndex = end
    const bits = integer && num <= 64 && !MODEL_SIZE_NOUN.test(text)
    return bits ? { end, unit: 'bit', exp: 0, factor: 1, kind: 'unit', hyphen: false } : { end, unit: null, exp: 9, factor: 1, kind: 'scale', hyphen: false }
  }
  return null
}
