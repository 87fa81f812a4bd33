/**
 * Internal: the GitHub repositories a paper names, from its links and its curated claim.
 *
 * @module
 * @internal
 */
import type { Paper } from '../schema.js'

/** GitHub coordinates of one place a paper names a repository. @internal */
export type GithubCoordinates = { owner: string; repo: string | null }

/** Where to look for GitHub repositories: the text's links, the source's curated claim, or both. */
export type GithubSource = 'links' | 'curated' | 'any'

// owner: GitHub logins are alphanumerics and single hyphens; repo: letters, digits, `.`, `_`, `-`.
const GITHUB_URL = /^(?:https?:\/\/)?(?:www\.)?github\.com\/([A-Z0-9-]+)(?:\/([\w.-]+))?/i

/** Parse `https://github.com/owner/repo…` (the curated `githubRepo` claim). `.git` is dropped. @internal */
export function parseGithubUrl(url: string): GithubCoordinates | null {
  const match = GITHUB_URL.exec(url.trim())
  if (match === null) return null
  const repo = match[2]?.replace(/\.git$/i, '') || null
  return { owner: match[1] as string, repo }
}

/** Every GitHub owner/repo a paper names, links first (in order), then the curated claim. @internal */
export function githubCoordinates(paper: Paper, source: GithubSource = 'any'): GithubCoordinates[] {
  const found: GithubCoordinates[] = []
  if (source !== 'curated') {
    for (const link of paper.links) if (link.github !== null) found.push({ owner: link.github.owner, repo: link.github.repo })
  }
  if (source !== 'links' && paper.curated !== null && paper.curated.githubRepo !== null) {
    const claim = parseGithubUrl(paper.curated.githubRepo)
    if (claim !== null) found.push(claim)
  }
  return found
}
