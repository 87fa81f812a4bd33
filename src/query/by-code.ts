/**
 * Predicates on what a paper says about its code (`paper.code`).
 *
 * @module
 */
import type { CodeStatus, Paper } from '../schema.js'
import { InvalidArgumentError } from '../errors.js'
import { assertOneOf } from './text.js'
import { CODE_STATUSES, type PaperGuard } from './types.js'

/**
 * Keep papers whose code status is `status` (or one of `status` when given a list).
 * Narrows the type: `byCode('promised')` makes `code` the literal `'promised'`.
 *
 * Heuristic and limits: `code` is papermeta's reading of the title and abstract — `available` when
 * they link code or say it is available, `promised` when they say it will be released, else `none`.
 * A paper whose code exists but is not mentioned in the abstract is `none`.
 *
 * @param status - `'available'`, `'promised'` or `'none'`, or a non-empty list of them.
 * @returns A type guard for {@link filterPapers} / `query().where()`.
 * @throws {InvalidArgumentError} On another value:
 *   ``Expected code status (`available`, `promised`, `none`), not `maybe` ``; on an empty list.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, byCode(['available', 'promised'])).length //=> 79
 */
export function byCode<const S extends CodeStatus>(status: S | readonly S[]): PaperGuard<{ code: S }> {
  const wanted: readonly unknown[] = Array.isArray(status) ? status : [status]
  if (wanted.length === 0) throw new InvalidArgumentError('Expected at least one code status, not an empty array')
  for (const value of wanted) assertOneOf(value, CODE_STATUSES, 'code status')
  if (wanted.length === 1) {
    const only = wanted[0]
    return (paper): paper is Paper & { code: S } => paper.code === only
  }
  return (paper): paper is Paper & { code: S } => wanted.includes(paper.code)
}

/**
 * Keep papers whose code is available (`paper.code === 'available'`): the text links code or says
 * it is available. Same as `byCode('available')`; narrows `code` to `'available'`.
 *
 * @returns A type guard for {@link filterPapers} / `query().where()`.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, hasCode()).length //=> 71
 */
export function hasCode(): PaperGuard<{ code: 'available' }> {
  return (paper): paper is Paper & { code: 'available' } => paper.code === 'available'
}
