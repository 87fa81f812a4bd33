/**
 * Predicates on the quantities a paper reports (`paper.quantities`).
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js'
import type { Quantity, Unit } from '../schema.js'
import { assertOneOf, assertPattern, textMatcher } from './text.js'
import { UNITS, type PaperPredicate, type TextPattern } from './types.js'

/** What a quantity must satisfy for {@link byQuantity}; every given condition must hold. */
export type QuantityFilter = {
  /** Unit (closed vocabulary, e.g. `'times'`, `'percent'`), a list of units, or `null` for bare counts (`7B`). */
  unit?: Unit | null | ReadonlyArray<Unit | null>
  /** The counted or measured noun (`'speedup'`, `'parameters'`): substring ignoring case, or a RegExp. */
  noun?: TextPattern
  /** Lowest value wanted, inclusive, in the base unit (`'times'`: 2 for "2x"; `'second'`: 0.02 for "20ms"). */
  min?: number
  /** Highest value wanted, inclusive, in the base unit. */
  max?: number
  /** Only quantities of this field (default: both title and abstract). */
  field?: 'title' | 'abstract'
}

/**
 * Keep papers that report at least one quantity satisfying every condition of `filter`.
 *
 * Values are compared after scaling (`130M` is 130000000, `20ms` is 0.02 `second`). A range
 * (`3.2 - 4.4x`: value 3.2, max 4.4) matches when it overlaps `[min, max]` — "a speedup of at least
 * 4x" finds `3.2 - 4.4x`. Comparators (`<1%`, `up to`) are not taken into account: the stated
 * number is what is compared. Quantities come from papermeta's extractor (`rule`, `confidence`),
 * so a number it missed or misread is missed or misread here.
 *
 * @param filter - `{ unit, noun, min, max, field }`, all optional; `{}` keeps papers with any quantity.
 * @returns A predicate for {@link filterPapers} / `query().where()`.
 * @throws {InvalidArgumentError} On an unknown unit (``Expected unit (`percent`, …), not `km` ``),
 *   a `min`/`max` that is not a number (``Expected number for `min`, not `'2'` ``), `min > max`,
 *   or a `noun` that is neither a string nor a RegExp.
 * @example
 * import { papers } from 'papermeta/data'
 * // papers reporting a factor (speedup, compression, …) of at least 5x
 * filterPapers(papers, byQuantity({ unit: 'times', min: 5 })).length //=> 13
 */
export function byQuantity(filter: QuantityFilter = {}): PaperPredicate {
  if (typeof filter !== 'object' || filter === null) {
    throw new InvalidArgumentError(`Expected quantity filter object, not ${describeValue(filter)}`)
  }
  const test = quantityMatcher(filter)
  return (paper) => {
    for (const quantity of paper.quantities) if (test(quantity)) return true
    return false
  }
}

/** Compile a {@link QuantityFilter} into a test on one quantity. @internal */
export function quantityMatcher(filter: QuantityFilter): (quantity: Quantity) => boolean {
  const { unit, noun, field } = filter
  let units: ReadonlyArray<Unit | null> | undefined
  if (unit !== undefined) {
    units = Array.isArray(unit) ? unit : [unit as Unit | null]
    for (const value of units) if (value !== null) assertOneOf(value, UNITS, 'unit')
  }
  const min = bound(filter.min, 'min', -Infinity)
  const max = bound(filter.max, 'max', Infinity)
  if (min > max) throw new InvalidArgumentError(`Expected \`min\` <= \`max\`, not ${min} > ${max}`)
  let nounMatches: ((value: string) => boolean) | undefined
  if (noun !== undefined) {
    assertPattern(noun, 'string or RegExp for `noun`')
    nounMatches = textMatcher(noun)
  }
  if (field !== undefined) assertOneOf(field, ['title', 'abstract'] as const, 'field')
  return (quantity) =>
    (units === undefined || units.includes(quantity.unit)) &&
    (nounMatches === undefined || (quantity.noun !== null && nounMatches(quantity.noun))) &&
    (field === undefined || quantity.span.field === field) &&
    (quantity.max ?? quantity.value) >= min &&
    quantity.value <= max
}

function bound(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new InvalidArgumentError(`Expected number for \`${name}\`, not ${describeValue(value)}`)
  }
  return value
}
