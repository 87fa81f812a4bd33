/**
 * `groupPapers`: group papers by GitHub owner, repository, code status, link kind, unit, …
 *
 * @module
 */
import type { Paper } from '../schema.js'
import { githubCoordinates } from './github.js'
import { assertOneOf, assertPapers } from './text.js'

/**
 * A built-in grouping: `'githubOwner'` / `'githubRepo'` (`owner/repo`; from links and the curated
 * claim, merged ignoring case), `'code'`, `'linkKind'`, `'unit'` (of the quantities), `'method'`
 * (the primary name), `'year'` (of `publishedAt`).
 */
export type GroupKey = 'githubOwner' | 'githubRepo' | 'code' | 'linkKind' | 'unit' | 'method' | 'year'

/** A group key, or a function giving a paper's key(s): one string, several, or none (`null`/`undefined`/`[]`). */
export type GroupBy<P extends Paper = Paper> = GroupKey | ((paper: P) => string | readonly string[] | null | undefined)

const GROUP_KEYS = ['githubOwner', 'githubRepo', 'code', 'linkKind', 'unit', 'method', 'year'] as const

type KeysOf<P> = (paper: P) => string | readonly string[] | null | undefined

function keysFunction<P extends Paper>(by: GroupBy<P>): KeysOf<P> {
  if (typeof by === 'function') return by
  assertOneOf(by, GROUP_KEYS, 'group key')
  switch (by) {
    case 'githubOwner':
      return (paper) => githubCoordinates(paper).map((ref) => ref.owner)
    case 'githubRepo':
      return (paper) => githubCoordinates(paper).flatMap((ref) => (ref.repo === null ? [] : [`${ref.owner}/${ref.repo}`]))
    case 'code':
      return (paper) => paper.code
    case 'linkKind':
      return (paper) => paper.links.map((link) => link.kind)
    case 'unit':
      return (paper) => paper.quantities.flatMap((quantity) => (quantity.unit === null ? [] : [quantity.unit]))
    case 'method':
      return (paper) => paper.method?.name
    case 'year':
      return (paper) => (paper.publishedAt !== null && /^\d{4}/.test(paper.publishedAt) ? paper.publishedAt.slice(0, 4) : null)
  }
}

/**
 * Group papers by a key: a `Map` from each key to its papers, groups in order of first appearance,
 * papers in input order.
 *
 * A paper with several keys (two GitHub owners, links of two kinds) is in each of its groups, once;
 * a paper with none is in no group. GitHub owners and repositories are merged ignoring case
 * (GitHub names are case-insensitive) under their first spelling.
 *
 * @param papers - Paper records.
 * @param by - A {@link GroupKey} or a function `(paper) => string | string[] | null | undefined`.
 * @returns `Map<key, papers>`; sort its entries yourself for "largest group first".
 * @throws {InvalidArgumentError} When `papers` is not an array or on an unknown key
 *   (``Expected group key (`githubOwner`, …), not `owner` ``).
 * @example
 * import { papers } from 'papermeta/data'
 * groupPapers(papers, 'githubOwner').get('taki0112')?.map((paper) => paper.title.slice(0, 8)) //=> ['U-GAT-IT']
 * [...groupPapers(filterPapers(papers, byText('kv cache')), 'githubOwner').keys()] //=> ['THU-MIG', 'antgroup']
 */
export function groupPapers<P extends Paper>(papers: readonly P[], by: GroupBy<P>): Map<string, P[]> {
  assertPapers(papers)
  const keysOf = keysFunction(by)
  const foldCase = by === 'githubOwner' || by === 'githubRepo'
  const groups = new Map<string, P[]>()
  const spelling = new Map<string, string>()
  for (const paper of papers) {
    const value = keysOf(paper)
    if (value === null || value === undefined) continue
    const keys = typeof value === 'string' ? [value] : value
    const seen = new Set<string>()
    for (const raw of keys) {
      let key = raw
      if (foldCase) {
        const folded = raw.toLowerCase()
        const first = spelling.get(folded)
        if (first === undefined) spelling.set(folded, raw)
        else key = first
      }
      if (seen.has(key)) continue
      seen.add(key)
      const group = groups.get(key)
      if (group === undefined) groups.set(key, [paper])
      else group.push(paper)
    }
  }
  return groups
}
