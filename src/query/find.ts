/**
 * Look-ups of one paper: by id, by arXiv id, by coined name.
 *
 * @module
 */
import type { Paper } from '../schema.js'
import { assertPattern, assertPapers, textMatcher } from './text.js'
import { assertString } from '../errors.js'
import type { TextPattern } from './types.js'

/**
 * The paper whose `id` is exactly `id`, or `undefined`. The first one when ids repeat.
 *
 * A linear scan (about 1 ms per million papers); build a `Map` yourself for many look-ups.
 *
 * @param papers - Paper records.
 * @param id - A paper id: the arXiv id when known, else the title slug (`'xdoc-unified-…'`).
 * @returns The paper (the same object), or `undefined`.
 * @throws {InvalidArgumentError} When `papers` is not an array or `id` is not a string
 *   (``Expected string, not `42` ``).
 * @example
 * import { papers } from 'papermeta/data'
 * findById(papers, 'matryoshka-representation-learning')?.title //=> 'Matryoshka Representation Learning'
 */
export function findById<P extends Paper>(papers: readonly P[], id: string): P | undefined {
  assertPapers(papers)
  assertString(id)
  for (const paper of papers) if (paper.id === id) return paper
  return undefined
}

/** `arXiv:2210.02849v2`, `https://arxiv.org/abs/2210.02849v2` and `2210.02849` all become `2210.02849`. */
function normalizeArxivId(id: string): string {
  return id
    .trim()
    .replace(/^(?:https?:\/\/)?(?:www\.)?arxiv\.org\/(?:abs|pdf)\//i, '')
    .replace(/^arxiv:/i, '')
    .replace(/\.pdf$/i, '')
    .replace(/v\d+$/i, '')
    .toLowerCase()
}

/**
 * The paper with arXiv id `arxivId`, or `undefined`, ignoring the version suffix and common
 * wrappings: `'2210.02849'`, `'2210.02849v3'`, `'arXiv:2210.02849'` and
 * `'https://arxiv.org/abs/2210.02849'` find the same paper. Old-style ids (`'cs/0112017'`) work too.
 *
 * Limits: papers whose listing gave no arXiv id (`arxivId: null`, e.g. a copied HF search page)
 * are never found.
 *
 * @param papers - Paper records.
 * @param arxivId - arXiv identifier, with or without version, prefix or URL.
 * @returns The first paper with that id, or `undefined`.
 * @throws {InvalidArgumentError} When `papers` is not an array or `arxivId` is not a string
 *   (``Expected string, not `42` ``).
 * @example
 * findByArxivId(papersFromHfApi, 'arXiv:2210.02849v2')?.id //=> '2210.02849'
 */
export function findByArxivId<P extends Paper>(papers: readonly P[], arxivId: string): P | undefined {
  assertPapers(papers)
  assertString(arxivId)
  const wanted = normalizeArxivId(arxivId)
  if (wanted === '') return undefined
  for (const paper of papers) if (paper.arxivId !== null && normalizeArxivId(paper.arxivId) === wanted) return paper
  return undefined
}

/**
 * The first paper whose primary coined name (`method.name`) is `name`, ignoring case; when none,
 * the first paper that coins it among its other `names`. A RegExp is tested instead of equality.
 *
 * Use {@link byMethod} with {@link filterPapers} for every paper whose names *contain* a string.
 *
 * @param papers - Paper records.
 * @param name - The whole name (`'xdoc'` finds `XDoc`), or a RegExp.
 * @returns The paper, or `undefined`.
 * @throws {InvalidArgumentError} When `papers` is not an array or `name` is neither a string nor a
 *   RegExp (``Expected string or RegExp, not `42` ``).
 * @example
 * import { papers } from 'papermeta/data'
 * findByMethod(papers, 'xdoc')?.title //=> 'XDoc: Unified Pre-training for Cross-Format Document Understanding'
 */
export function findByMethod<P extends Paper>(papers: readonly P[], name: TextPattern): P | undefined {
  assertPapers(papers)
  assertPattern(name)
  const matches = textMatcher(name, true)
  for (const paper of papers) if (paper.method !== null && matches(paper.method.name)) return paper
  for (const paper of papers) for (const coined of paper.names) if (matches(coined.name)) return paper
  return undefined
}
