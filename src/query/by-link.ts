/**
 * Predicates on the links of a paper: link kind, GitHub owner, GitHub repository.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../errors.js'
import type { LinkKind } from '../schema.js'
import { githubCoordinates, type GithubSource } from './github.js'
import { assertOneOf, assertPattern, textMatcher } from './text.js'
import { LINK_KINDS, type PaperPredicate, type TextPattern } from './types.js'

export type { GithubSource } from './github.js'

/**
 * Keep papers with at least one link of kind `kind` (or of one of the kinds in a list).
 *
 * Heuristic and limits: `kind` is papermeta's classification of each URL of the title and abstract
 * (`github`, `gitlab`, `huggingface`, `project-page`, `shortlink`, `other`); the curated claim of a
 * source (HF API `githubRepo`) is not a link and is not tested here.
 *
 * @param kind - A link kind, or a non-empty list of them.
 * @returns A predicate for {@link filterPapers} / `query().where()`.
 * @throws {InvalidArgumentError} On an unknown kind:
 *   ``Expected link kind (`github`, `gitlab`, …), not `ftp` ``; on an empty list.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, byLinkKind('github')).length //=> 64
 */
export function byLinkKind(kind: LinkKind | readonly LinkKind[]): PaperPredicate {
  const wanted: readonly unknown[] = Array.isArray(kind) ? kind : [kind]
  if (wanted.length === 0) throw new InvalidArgumentError('Expected at least one link kind, not an empty array')
  for (const value of wanted) assertOneOf(value, LINK_KINDS, 'link kind')
  return (paper) => {
    for (const link of paper.links) if (wanted.includes(link.kind)) return true
    return false
  }
}

/** Options of {@link byGithubOwner} and {@link byGithubRepo}. */
export type ByGithubOptions = {
  /**
   * Where to look (default `'any'`): `'links'` — github.com URLs in the title and abstract;
   * `'curated'` — the repository the source claims (HF API `githubRepo`); `'any'` — both.
   */
  source?: GithubSource
}

function sourceOf(options: ByGithubOptions): GithubSource {
  const source = options.source ?? 'any'
  assertOneOf(source, ['links', 'curated', 'any'] as const, 'GitHub source')
  return source
}

/**
 * Keep papers that name a GitHub repository (or owner page) of `owner`.
 *
 * A string matches the owner exactly, ignoring case (GitHub logins are case-insensitive):
 * `'nvlabs'` finds `github.com/NVlabs/SPADE`. A RegExp is tested against the owner as written.
 *
 * @param owner - User or organisation login, or a RegExp.
 * @param options - `{ source }` (optional): `'links'`, `'curated'` or `'any'` (default).
 * @returns A predicate for {@link filterPapers} / `query().where()`.
 * @throws {InvalidArgumentError} When `owner` is neither a string nor a RegExp:
 *   ``Expected string or RegExp, not `42` ``; on an unknown `source`.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, byGithubOwner('nvlabs')).map((paper) => paper.id)
 * //=> ['semantic-image-synthesis-with-spatially-adaptive-normalization']
 */
export function byGithubOwner(owner: TextPattern, options: ByGithubOptions = {}): PaperPredicate {
  assertPattern(owner)
  const matches = textMatcher(owner, true)
  const source = sourceOf(options)
  return (paper) => {
    for (const ref of githubCoordinates(paper, source)) if (matches(ref.owner)) return true
    return false
  }
}

/**
 * `text` up to its first `?` or `#` on its last line: what replacing the regex `[?#].*$` by nothing gives, in
 * one pass (that regex rescans from every `?` and `#` before a line break: quadratic).
 */
function dropQuery(text: string): string {
  let line = 0
  for (const lineBreak of ['\n', '\r', '\u2028', '\u2029']) line = Math.max(line, text.lastIndexOf(lineBreak) + 1)
  const query = text.indexOf('?', line)
  const fragment = text.indexOf('#', line)
  const cut = query === -1 ? fragment : fragment === -1 ? query : Math.min(query, fragment)
  return cut === -1 ? text : text.slice(0, cut)
}

/** Read `'owner/repo'`, `'repo'` or a github.com URL (query, fragment, `.git` and deeper paths dropped). */
function parseRepoArgument(text: string): { owner: string | null; name: string } {
  const bare = dropQuery(text.trim().replace(/^(?:https?:\/\/)?(?:www\.)?github\.com\//i, ''))
  const parts = bare.split('/').filter((part) => part !== '')
  const owner = parts.length >= 2 ? (parts[0] as string) : null
  const name = (parts.length >= 2 ? (parts[1] as string) : (parts[0] ?? '')).replace(/\.git$/i, '')
  if (name === '') throw new InvalidArgumentError(`Expected a repository (\`owner/repo\` or \`repo\`), not ${describeValue(text)}`)
  return { owner, name }
}

/**
 * Keep papers that name the GitHub repository `repo`.
 *
 * A string `'owner/repo'` matches both parts exactly, ignoring case; a string without `/` matches
 * the repository name alone (any owner); a `https://github.com/owner/repo` URL is read as
 * `'owner/repo'`. A RegExp is tested against `'owner/repo'` as written. Owner-only URLs
 * (`github.com/owner`) name no repository and never match.
 *
 * @param repo - `'owner/repo'`, `'repo'`, a github.com URL, or a RegExp.
 * @param options - `{ source }` (optional): `'links'`, `'curated'` or `'any'` (default).
 * @returns A predicate for {@link filterPapers} / `query().where()`.
 * @throws {InvalidArgumentError} When `repo` is neither a string nor a RegExp:
 *   ``Expected string or RegExp, not `42` ``; when it names no repository
 *   (``Expected a repository (`owner/repo` or `repo`), not `` ``); on an unknown `source`.
 * @example
 * import { papers } from 'papermeta/data'
 * filterPapers(papers, byGithubRepo('NVlabs/SPADE')).length //=> 1
 */
export function byGithubRepo(repo: TextPattern, options: ByGithubOptions = {}): PaperPredicate {
  assertPattern(repo)
  const source = sourceOf(options)
  let matches: (owner: string, name: string) => boolean
  if (repo instanceof RegExp) {
    const test = textMatcher(repo)
    matches = (owner, name) => test(`${owner}/${name}`)
  } else {
    const wanted = parseRepoArgument(repo)
    const sameName = textMatcher(wanted.name, true)
    if (wanted.owner === null) matches = (_owner, name) => sameName(name)
    else {
      const sameOwner = textMatcher(wanted.owner, true)
      matches = (owner, name) => sameOwner(owner) && sameName(name)
    }
  }
  return (paper) => {
    for (const ref of githubCoordinates(paper, source)) if (ref.repo !== null && matches(ref.owner, ref.repo)) return true
    return false
  }
}
