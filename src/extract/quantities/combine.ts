/**
 * Joining atoms (runs of digits with their prefix and suffix) into quantities: ranges
 * (`3.2 - 4.4x`, `2 -- 6x`, `2.1–3.5 dB`, `22.81% to 66.07%`, `from 111M to 70B`, `between 3 and 4`,
 * `2-to-8b`), grids (`3x3`, `6400times6400`), ratios (`5:1` → 5, unit null), fractions (`1/4`),
 * alternatives sharing a unit (`4/8-bit`) and coordinations sharing a unit (`4 and 8 bits, respectively`).
 *
 * @module
 */
import type { Comparator, Unit } from '../../schema.js'
import type { Atom } from './numbers.js'
import type { Suffix } from './units.js'

/** A quantity before its noun and word comparator are read. */
export interface Candidate {
  start: number
  end: number
  value: number
  max: number | null
  unit: Unit | null
  comparator: Comparator | null
  rule: string
  confidence: number
  /** Written as a hyphenated adjective (`8-bit`, `7-fold`): word comparators like `under` then name a setting. */
  adjective: boolean
  /** Where the digits of the (first) number end: the noun of a bare number is read from here. */
  numEnd: number
}

/** Range separators written between two numbers. */
const RANGE_TIGHT = /^[ \u00a0]?(?:-{1,3}|[‐‑–—~∼]|-to-)[ \u00a0]?$/u
const RANGE_TO = /^[ \u00a0]+(?:to|up to)[ \u00a0]+$/u
const RANGE_AND = /^[ \u00a0]+and[ \u00a0]+$/u
/** A coordination between two numbers (`4 and 8 bits`, `7, 13 and 70B`). */
const COORDINATION = /^(?:,[ \u00a0]?(?:(?:and|or)[ \u00a0])?|[ \u00a0](?:and|or)[ \u00a0])$/u

/**
 * Verbs and nouns of change: `improved from 69.2 to 71.3` reports two values, not a range. Up to six
 * words may stand between (`raises the average score on twelve suites from`), hyphenated or with digits and points (`raises its X-Bench score from`, `boosts Zeta2.5-VL-3B from`).
 */
const CHANGE_BEFORE_FROM =
  /(?<!\p{L})(?:improv|increas|decreas|reduc|rais|drop|boost|grow|grew|rose|rise|fell|fall|jump|climb|lower|enhanc|accelerat|shorten|shrink|cut|compress|went|go(?:es|ne)?\b|mov|shift|chang|bring|brought|push|lift)\p{L}*(?:[ \u00a0]+[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?){0,6}[ \u00a0]+from[ \u00a0]+$/iu

/** `from` right before the first number. */
const FROM_BEFORE = /(?<!\p{L})from[ \u00a0]+$/iu
const BETWEEN_BEFORE = /(?<!\p{L})between[ \u00a0]+$/iu

/** The value of an atom under a suffix (scale and unit prefix applied, sign kept). */
export function atomValue(atom: Atom, suffix: Suffix | null): number {
  const exp = suffix?.exp ?? 0
  const factor = suffix?.factor ?? 1
  // Scale through the decimal string (`62e-3` is exactly 0.062; `62 * 1e-3` is not).
  const scaled = exp === 0 ? atom.num : /e/iu.test(atom.digits) ? atom.num * 10 ** exp : Number(`${atom.digits}e${exp}`)
  return atom.sign * scaled * factor
}

/** The unit an atom carries: its suffix's, or `times` for an `x` prefix. */
function unitOf(atom: Atom): Unit | null {
  if (atom.xPrefix) return 'times'
  return atom.suffix && atom.suffix.kind !== 'grid' ? atom.suffix.unit : null
}

/** Whether the atom carries no unit, scale or prefix (`4` in `4 and 8 bits`). */
function isBare(atom: Atom): boolean {
  return atom.suffix === null && !atom.xPrefix
}

/**
 * The unit word that ends `text` (`ms` of `12 ms`, `GB/s` of `8 GB/s`): from the first letter after the last
 * whitespace to the end; `text` itself when there is no such letter or `text` holds a line break. This is
 * replacing `^.*?(\p{L}+\S*)$` (flag `u`) by its group, in one pass (that regex backtracks polynomially).
 * @internal Exported for tests.
 */
export function unitTail(text: string): string {
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') return text
    if (/\s/.test(c)) from = i + 1
  }
  for (let i = from; i < text.length; ) {
    const point = String.fromCodePoint(text.codePointAt(i) ?? 0)
    if (/\p{L}/u.test(point)) return text.slice(i)
    i += point.length
  }
  return text
}

/** Whether two suffixes measure the same thing (same unit; or both scales; or the same other unit). */
function sameDimension(text: string, a: Suffix, b: Suffix): boolean {
  if (a.kind !== b.kind) return false
  if (a.kind === 'scale') return true
  if (a.kind === 'other-unit') return unitTail(text.slice(a.end - 8, a.end)) === unitTail(text.slice(b.end - 8, b.end))
  return a.unit === b.unit
}

/** Rule id and confidence of a single atom. */
function single(atom: Atom, noun: boolean): { rule: string; confidence: number } {
  if (atom.xPrefix) return { rule: 'multiplier-prefix', confidence: 0.9 }
  const s = atom.suffix
  if (!s) return noun ? { rule: 'count', confidence: 0.75 } : { rule: 'number', confidence: 0.6 }
  if (s.kind === 'scale') return { rule: 'scale-suffix', confidence: 0.9 }
  if (s.kind === 'other-unit') return { rule: 'other-unit', confidence: 0.8 }
  if (s.kind === 'power') return { rule: 'power', confidence: 0.7 }
  if (s.unit === 'percent') return { rule: 'percent', confidence: 0.95 }
  if (s.unit === 'times') return { rule: 'multiplier', confidence: 0.95 }
  return { rule: 'unit', confidence: 0.95 }
}

/**
 * Combine the atoms that are quantities into candidates, in order.
 *
 * @param text - The whole text.
 * @param atoms - All atoms of the text (guarded ones included), in order.
 * @param hasNoun - Whether a noun follows offset `at` (used to rate bare numbers).
 */
export function combine(text: string, atoms: readonly Atom[], hasNoun: (at: number) => boolean): Candidate[] {
  // Heads of grids absorb their parts.
  const live: Array<{ atom: Atom; index: number; end: number; grid: boolean }> = []
  for (let k = 0; k < atoms.length; k++) {
    const atom = atoms[k]!
    if (atom.guard) continue
    let end = atom.end
    let grid = false
    if (atom.suffix?.kind === 'grid') {
      grid = true
      for (let m = k + 1; m < atoms.length && atoms[m]!.guard === 'grid-part'; m++) {
        const part = atoms[m]!
        end = part.suffix && part.suffix.kind !== 'grid' ? part.suffix.end : part.numEnd
        if (part.suffix?.kind !== 'grid') break
      }
    }
    live.push({ atom, index: k, end, grid })
  }

  // Coordinations sharing a unit: a bare number takes the unit of the last member (`4 and 8 bits`).
  const shared = new Map<Atom, Suffix>()
  for (let k = 0; k < live.length; k++) {
    let m = k
    while (m + 1 < live.length && isBare(live[m]!.atom) && !live[m]!.grid && COORDINATION.test(text.slice(live[m]!.end, live[m + 1]!.atom.start))) m++
    const last = live[m]!.atom
    if (m > k && last.suffix && (last.suffix.kind === 'unit' || last.suffix.kind === 'scale') && !live[m]!.grid) {
      for (let j = k; j < m; j++) shared.set(live[j]!.atom, last.suffix)
    }
    // Every member of the chain ends at the same last number: skip it (keeps this loop linear).
    if (m > k) k = m
  }

  const out: Candidate[] = []
  for (let k = 0; k < live.length; k++) {
    const { atom: a, index, end: aEnd, grid } = live[k]!
    const next = live[k + 1]
    if (a.ratioEnd !== undefined) {
      // `a 5:1 win rate`: the first number, unit null (as a grid).
      out.push({ start: a.start, end: a.ratioEnd, value: atomValue(a, null), max: null, unit: null, comparator: a.comparator, rule: 'ratio', confidence: 0.7, adjective: false, numEnd: a.ratioEnd })
      continue
    }
    if (grid) {
      // `2 \times 10^5`, `1.5×10^{4}`: scientific notation, not a grid.
      const part = atoms[index + 1]
      if (part?.guard === 'grid-part' && part.digits === '10' && part.suffix?.kind === 'power') {
        out.push({ start: a.start, end: part.end, value: atomValue(a, null) * atomValue(part, part.suffix), max: null, unit: null, comparator: a.comparator, rule: 'power', confidence: 0.8, adjective: false, numEnd: part.end })
        continue
      }
      out.push({ start: a.start, end: aEnd, value: atomValue(a, null), max: null, unit: null, comparator: a.comparator, rule: 'grid', confidence: 0.8, adjective: false, numEnd: a.numEnd })
      continue
    }
    if (next && !next.grid && a.end <= next.atom.numStart) {
      const b = next.atom
      const gap = text.slice(a.end, b.numStart)
      const range = rangeOf(text, a, b, gap)
      if (range) {
        out.push(range)
        k++
        continue
      }
      if (gap === '/' && a.integer && b.integer && isBare(a) && b.sign === 1 && a.sign === 1) {
        if (b.suffix && b.suffix.kind === 'unit') {
          // Alternatives sharing a unit: `4/8-bit` → 4 bit and 8 bit.
          out.push({ start: a.start, end: a.numEnd, value: atomValue(a, b.suffix), max: null, unit: b.suffix.unit, comparator: a.comparator, rule: 'shared-unit', confidence: 0.8, adjective: false, numEnd: a.numEnd })
          continue
        }
        if (!b.suffix && !b.xPrefix && b.num !== 0) {
          out.push({ start: a.start, end: b.end, value: a.num / b.num, max: null, unit: null, comparator: a.comparator, rule: 'fraction', confidence: 0.8, adjective: false, numEnd: b.numEnd })
          k++
          continue
        }
      }
    }
    const share = shared.get(a)
    if (share) {
      out.push({ start: a.start, end: a.end, value: atomValue(a, share), max: null, unit: share.unit, comparator: a.comparator, rule: 'shared-unit', confidence: 0.85, adjective: false, numEnd: a.numEnd })
      continue
    }
    const { rule, confidence } = single(a, hasNoun(a.end))
    out.push({ start: a.start, end: a.end, value: atomValue(a, a.suffix), max: null, unit: unitOf(a), comparator: a.comparator, rule, confidence, adjective: a.suffix?.hyphen ?? false, numEnd: a.numEnd })
  }
  return out
}

/** Words right before `from` that make `from X to Y` a range whatever verb came earlier (`ranging from`). */
const RANGE_BEFORE_FROM = /(?:rang\p{L}*|vary\p{L}*|varies|spann\p{L}*|sizes?|scales?)[ \u00a0]+from[ \u00a0]+$/iu

/**
 * Whether `from X to Y` at `start` reports a before and an after: a verb of change before `from`
 * (`improved from 69.2 to 71.3`), also through a coordinated `and from` (`increased from 61.5% to 70.9% on A
 * and from 46.1% to 51.2% on B`); not after `ranging`, `varying`, `sizes`.
 */
function isChange(text: string, start: number, before: string): boolean {
  if (RANGE_BEFORE_FROM.test(before)) return false
  if (CHANGE_BEFORE_FROM.test(before)) return true
  if (!/(?<!\p{L})and[ \u00a0]+from[ \u00a0]+$/iu.test(before)) return false
  // `… and from`: the clause's earlier `from` decides.
  const window = text.slice(Math.max(0, start - 200), start - before.length + before.lastIndexOf('and'))
  const earlier = window.toLowerCase().lastIndexOf('from')
  if (earlier < 0 || /;|\.\s/.test(window.slice(earlier))) return false
  return CHANGE_BEFORE_FROM.test(window.slice(Math.max(0, earlier - 80), earlier + 4) + ' ')
}

/** A range `a … b` when the gap is a range separator and the units agree; else null. */
function rangeOf(text: string, a: Atom, b: Atom, gap: string): Candidate | null {
  if (a.xPrefix !== b.xPrefix || b.sign === -1) return null
  const before = text.slice(Math.max(0, a.start - 60), a.start)
  let kind: 'tight' | 'to' | 'between'
  if (RANGE_TIGHT.test(gap)) kind = 'tight'
  else if (RANGE_TO.test(gap)) {
    // `from 69.2 to 71.3` after a verb of change reports a before and an after.
    if (FROM_BEFORE.test(before) && isChange(text, a.start, before)) return null
    if (/up to/u.test(gap) && !FROM_BEFORE.test(before)) return null
    kind = 'to'
  } else if (RANGE_AND.test(gap) && BETWEEN_BEFORE.test(before)) kind = 'between'
  else return null
  // Units: the low end may omit the unit or scale of the high end (`3.2 - 4.4x`, `1-7B`).
  let lowSuffix = a.suffix
  const highSuffix = b.suffix
  if (a.xPrefix) {
    if (a.suffix || b.suffix) return null
  } else if (!lowSuffix) {
    if (kind === 'tight' && highSuffix === null && (a.sign === -1 || gap.trim() === '~')) return null
    lowSuffix = highSuffix
  } else if (!highSuffix || !sameDimension(text, lowSuffix, highSuffix)) return null
  if (lowSuffix?.kind === 'grid' || highSuffix?.kind === 'grid') return null
  const low = atomValue(a, lowSuffix)
  const high = atomValue(b, highSuffix)
  if (!(low < high)) return null
  const unit = a.xPrefix ? 'times' : (highSuffix?.unit ?? null)
  return {
    start: a.start,
    end: b.end,
    value: low,
    max: high,
    unit,
    comparator: a.comparator,
    rule: 'range',
    confidence: kind === 'tight' ? 0.9 : 0.85,
    adjective: b.suffix?.hyphen ?? false,
    numEnd: b.numEnd,
  }
}
