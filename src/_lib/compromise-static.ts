/**
 * compromise imported up front: the stand-in for `compromise.ts` in the bundler build of
 * `papermeta/extract` (no `require` there). Same export.
 *
 * @internal
 * @module
 */
import nlp from 'compromise'

/** The compromise function (`nlp(text)`). */
export type Compromise = typeof nlp

/** compromise's `nlp`. */
export function compromise(): Compromise {
  return nlp
}
