/**
 * Composition of predicates: `and`, `or`, `not`.
 *
 * @module
 */
import type { Paper } from '../schema.js'
import { assertFunction } from './text.js'
import type { PaperPredicate } from './types.js'

function assertPredicates(predicates: readonly unknown[]): void {
  for (const predicate of predicates) assertFunction(predicate, 'predicate function')
}

/**
 * A predicate that holds when every one of `predicates` holds (short-circuits left to right;
 * `and()` with no predicate keeps every paper). It does not narrow types: to narrow with several
 * guards, pass them to {@link filterPapers} or `query().where()` directly (that is "and" too).
 *
 * @param predicates - Predicates such as `byMethod('lora')`, or your own `(paper) => boolean`
 *   (annotate its parameter, `(paper: MyPaper) => …`, to use fields of your own subtype).
 * @returns A predicate.
 * @throws {InvalidArgumentError} When an argument is not a function: ``Expected predicate function, not `42` ``.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, and(hasCode(), byMethod('lora'))).map((paper) => paper.method?.name) //=> ['MSPLoRA']
 */
export function and<P extends Paper = Paper>(...predicates: ReadonlyArray<PaperPredicate<P>>): PaperPredicate<P> {
  assertPredicates(predicates)
  return (paper) => {
    for (const predicate of predicates) if (!predicate(paper)) return false
    return true
  }
}

/**
 * A predicate that holds when at least one of `predicates` holds (short-circuits left to right;
 * `or()` with no predicate keeps no paper).
 *
 * @param predicates - Predicates such as `byGithubOwner('google-research')`.
 * @returns A predicate.
 * @throws {InvalidArgumentError} When an argument is not a function: ``Expected predicate function, not `42` ``.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, or(byGithubOwner('taki0112'), byGithubOwner('NVlabs'))).length //=> 2
 */
export function or<P extends Paper = Paper>(...predicates: ReadonlyArray<PaperPredicate<P>>): PaperPredicate<P> {
  assertPredicates(predicates)
  return (paper) => {
    for (const predicate of predicates) if (predicate(paper)) return true
    return false
  }
}

/**
 * A predicate that holds when `predicate` does not.
 *
 * @param predicate - The predicate to negate.
 * @returns A predicate.
 * @throws {InvalidArgumentError} When `predicate` is not a function: ``Expected predicate function, not `42` ``.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, not(hasCode())).length //=> 164
 */
export function not<P extends Paper = Paper>(predicate: PaperPredicate<P>): PaperPredicate<P> {
  assertFunction(predicate, 'predicate function')
  return (paper) => !predicate(paper)
}
