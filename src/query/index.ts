/**
 * Minimal query helpers used by the `papermeta query` command.
 *
 * Placeholder: the query issue replaces this file with the full helpers (same names and
 * signatures: `filterPapers`, `byMethod`, `hasCode`, `searchPapers`).
 *
 * @module
 */
import type { Paper } from '../schema.js'

/** A test on one paper. */
export type PaperPredicate = (paper: Paper) => boolean

/**
 * Papers that pass every predicate, in their order.
 *
 * @param papers - The papers (e.g. `papers` of `papermeta/data`).
 * @param predicates - Tests such as {@link byMethod} or {@link hasCode}; none → every paper.
 * @returns A new array.
 * @example
 * filterPapers(papers, hasCode()).length //=> number of papers with code available
 */
export function filterPapers(papers: readonly Paper[], ...predicates: PaperPredicate[]): Paper[] {
  return papers.filter((paper) => predicates.every((predicate) => predicate(paper)))
}

/**
 * Papers whose method or any coined name contains `pattern` (case-insensitive substring), or
 * matches it when it is a RegExp.
 *
 * @param pattern - Text or RegExp.
 * @returns A predicate for {@link filterPapers}.
 * @example
 * filterPapers(papers, byMethod('lora')).map((p) => p.method?.name) //=> ['ASLoRA', …]
 */
export function byMethod(pattern: string | RegExp): PaperPredicate {
  const test =
    typeof pattern === 'string'
      ? (name: string) => name.toLowerCase().includes(pattern.toLowerCase())
      : (name: string) => {
          pattern.lastIndex = 0
          return pattern.test(name)
        }
  return (paper) => (paper.method !== null && test(paper.method.name)) || paper.names.some((name) => test(name.name))
}

/**
 * Papers whose code is available (`code === 'available'`).
 *
 * @returns A predicate for {@link filterPapers}.
 * @example
 * filterPapers(papers, hasCode()).every((p) => p.code === 'available') //=> true
 */
export function hasCode(): PaperPredicate {
  return (paper) => paper.code === 'available'
}

/** A search hit: the paper and its score (higher is better). */
export interface SearchHit {
  paper: Paper
  score: number
}

/**
 * Rank papers by how many of the query's words their title, method name and abstract contain
 * (title and method count double). Papers matching no word are left out.
 *
 * @param papers - The papers.
 * @param text - Query words.
 * @returns Hits, best first (ties keep input order).
 * @example
 * searchPapers(papers, 'adaptive pruning')[0]?.paper.title //=> a title with both words
 */
export function searchPapers(papers: readonly Paper[], text: string, _options?: Record<string, unknown>): SearchHit[] {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 1)
  if (words.length === 0) return []
  const hits: SearchHit[] = []
  for (const paper of papers) {
    const head = `${paper.title} ${paper.method?.name ?? ''}`.toLowerCase()
    const body = paper.abstract.toLowerCase()
    let score = 0
    for (const word of words) score += (head.includes(word) ? 2 : 0) + (body.includes(word) ? 1 : 0)
    if (score > 0) hits.push({ paper, score })
  }
  return hits.sort((a, b) => b.score - a.score)
}
