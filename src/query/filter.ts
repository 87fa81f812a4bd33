/**
 * `filterPapers`: keep the papers that satisfy every predicate.
 *
 * @module
 */
import type { Paper } from '../schema.js'
import { assertFunction, assertPapers } from './text.js'
import type { Narrowing, PaperPredicate } from './types.js'

/**
 * Keep the papers that satisfy every one of `predicates`, in their original order.
 *
 * Pure: `papers` is not changed and the result is a new array of the same element objects. The
 * element type is kept (`MyPaper[]` in, `MyPaper[]` out), and guards narrow it:
 * `filterPapers(papers, hasCode())` is `Array<P & { code: 'available' }>`. With no predicate it
 * returns a copy of `papers`. Runs in one pass, O(papers × predicates).
 *
 * @param papers - Paper records, e.g. `papers` of `papermeta/data` or the output of `parsePapers`.
 * @param predicates - Predicates (`byMethod`, `hasCode`, `byQuantity`, … or your own `(paper) => boolean`).
 * @returns The matching papers.
 * @throws {InvalidArgumentError} When `papers` is not an array (``Expected an array of papers, not `42` ``)
 *   or a predicate is not a function (``Expected predicate function, not `42` ``).
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, byMethod('lora'), hasCode()).map((paper) => paper.id)
 * //=> ['msplora-a-multi-scale-pyramid-low-rank-adaptation-for-efficient-model-fine']
 */
export function filterPapers<P extends Paper, const F extends ReadonlyArray<PaperPredicate<P>>>(
  papers: readonly P[],
  ...predicates: F
): Array<P & Narrowing<F>> {
  assertPapers(papers)
  for (const predicate of predicates) assertFunction(predicate, 'predicate function')
  const result: Array<P & Narrowing<F>> = []
  const count = predicates.length
  if (count === 1) {
    const only = predicates[0] as PaperPredicate<P>
    for (const paper of papers) if (only(paper)) result.push(paper as P & Narrowing<F>)
    return result
  }
  outer: for (const paper of papers) {
    for (let index = 0; index < count; index++) if (!(predicates[index] as PaperPredicate<P>)(paper)) continue outer
    result.push(paper as P & Narrowing<F>)
  }
  return result
}
