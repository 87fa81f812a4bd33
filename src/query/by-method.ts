/**
 * Predicates on the coined names of a paper (`method`, `names`).
 *
 * @module
 */
import type { CoinedName, Paper } from '../schema.js'
import { assertPattern, textMatcher } from './text.js'
import type { PaperGuard, PaperPredicate, TextPattern } from './types.js'

/** Options of {@link byMethod}. */
export type ByMethodOptions = {
  /** Test only the primary name `paper.method`, not the other `names` (default: `false`). */
  primaryOnly?: boolean
}

/**
 * Keep papers that coin a name matching `pattern`: a string matches case-insensitively as a
 * substring of `method.name` or of any `names[].name`; a RegExp is tested against each of them
 * (flags as given; `g`/`y` are ignored).
 *
 * Heuristic and limits: names come from papermeta's extractors (each with a `rule` and a
 * `confidence`), so a paper whose name the extractors missed is not found; long forms
 * (`Adaptive Precision Training`) are not tested — use {@link byText} for words of the text.
 *
 * @param pattern - Substring (case-insensitive) or RegExp.
 * @param options - `{ primaryOnly }` (optional): test only `paper.method` (default `false`).
 * @returns A predicate for {@link filterPapers} / `query().where()`.
 * @throws {InvalidArgumentError} When `pattern` is neither a string nor a RegExp:
 *   ``Expected string or RegExp, not `42` ``.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, byMethod('lora')).map((paper) => paper.method?.name)
 * //=> ['ASLoRA', 'ALLoRA', 'ElaLoRA', 'aLoRA', 'X-LoRA', 'MSPLoRA']
 * filterPapers(papers, byMethod(/^X/)).length //=> 2
 */
export function byMethod(pattern: TextPattern, options: ByMethodOptions = {}): PaperPredicate {
  assertPattern(pattern)
  const matches = textMatcher(pattern)
  const primaryOnly = options.primaryOnly === true
  return (paper) => {
    if (paper.method !== null && matches(paper.method.name)) return true
    if (primaryOnly) return false
    for (const name of paper.names) if (matches(name.name)) return true
    return false
  }
}

/**
 * Keep papers with a primary coined name (`paper.method !== null`). Narrows the type:
 * the result's `method` is a `CoinedName`, not `CoinedName | null`.
 *
 * @returns A type guard for {@link filterPapers} / `query().where()`.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, hasMethod())[0].method.name //=> 'XDoc'
 */
export function hasMethod(): PaperGuard<{ method: CoinedName }> {
  return (paper): paper is Paper & { method: CoinedName } => paper.method !== null
}
