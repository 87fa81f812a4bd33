/**
 * GitHub coordinates (`owner/repo/path`) from any form of github.com URL.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../../errors.js'
import type { GithubRef } from '../../schema.js'

/**
 * First path segments of github.com that are site pages, not owners (`/features`, `/topics/x`).
 * `orgs/NAME` and `users/NAME` are owner pages and are read as owner NAME.
 */
const SITE_PAGES = new Set([
  'about', 'apps', 'collections', 'contact', 'customer-stories', 'enterprise', 'events', 'explore', 'features',
  'issues', 'login', 'marketplace', 'new', 'notifications', 'pricing', 'pulls', 'search', 'security', 'settings',
  'signup', 'site', 'sponsors', 'team', 'topics', 'trending',
])

/** Host, path and nothing else: scheme, `www.`, credentials and port are optional. */
const URL_PARTS = /^(?:[a-z][a-z0-9+.-]*:\/*)?(?:[^@/?#\s]*@)?([^/?#:\s]+)(?::\d+)?([^?#\s]*)/i

/**
 * GitHub coordinates of a URL on github.com (also `www.github.com`, without a scheme, and
 * `raw.githubusercontent.com`, which names a repository the same way).
 *
 * Heuristic: the first two path segments are owner and repository (RFC 3986 path, query and
 * fragment dropped); a `.git` suffix is removed from the repository only when it is exactly that
 * suffix (`edit-kit.git` → `edit-kit`, `acme.github.io` kept). `orgs/NAME` and `users/NAME` name
 * an owner. Site pages (`/features`, `/topics/…`) and gists are not repositories.
 *
 * @param url - A URL, with or without scheme.
 * @returns `{ owner, repo, path }` (case kept as written; `repo` null for an owner-only URL;
 *   `path` the rest of the path after `owner/repo` without surrounding slashes, or null), or null
 *   when the URL is not on github.com or names no owner.
 * @throws {InvalidArgumentError} When `url` is not a string: ``Expected string, not `42` ``.
 * @example
 * parseGithubUrl('https://github.com/tensorflow/addons/blob/master/lamb.py')
 * //=> { owner: 'tensorflow', repo: 'addons', path: 'blob/master/lamb.py' }
 * parseGithubUrl('github.com/deepmind/')
 * //=> { owner: 'deepmind', repo: null, path: null }
 */
export function parseGithubUrl(url: string): GithubRef | null {
  if (typeof url !== 'string') throw new InvalidArgumentError(`Expected string, not ${describeValue(url)}`)
  const parts = URL_PARTS.exec(url.trim())
  if (!parts?.[1]) return null
  const host = parts[1].toLowerCase().replace(/^www\./, '')
  if (host !== 'github.com' && host !== 'raw.githubusercontent.com') return null
  const segments = (parts[2] ?? '').split('/').filter((segment) => segment !== '')
  let [owner, repo] = segments
  let rest = segments.slice(2)
  if (!owner) return null
  if (host === 'github.com') {
    const page = owner.toLowerCase()
    if (page === 'orgs' || page === 'users') {
      if (!repo) return null
      owner = repo
      repo = undefined
      rest = []
    } else if (SITE_PAGES.has(page)) {
      return null
    }
  }
  if (repo !== undefined) {
    repo = repo.replace(/\.git$/i, '')
    if (repo === '') repo = undefined
  }
  return { owner, repo: repo ?? null, path: repo !== undefined && rest.length > 0 ? rest.join('/') : null }
}

/**
 * The lower-cased `owner/repo` a URL names on GitHub, for comparing repositories
 * (`https://github.com/Acme/Tool.git` → `acme/tool`); null when it names no repository.
 *
 * @param url - A URL, with or without scheme.
 * @returns `owner/repo` in lower case, or null.
 * @throws {InvalidArgumentError} When `url` is not a string: ``Expected string, not `42` ``.
 * @example
 * githubRepoSlug('https://www.github.com/Acme/Tool.git')
 * //=> 'acme/tool'
 */
export function githubRepoSlug(url: string): string | null {
  const ref = parseGithubUrl(url)
  return ref?.repo ? `${ref.owner}/${ref.repo}`.toLowerCase() : null
}
