/**
 * Does papermeta find the repository an abstract mentions? Over papers whose curated GitHub
 * repository (the HF Papers API's `githubRepo`) is written in their abstract, the share for which
 * one extracted link names that `owner/repo` (lower-cased, the URL's first two path segments,
 * `.git` removed).
 *
 * Source: the HF daily-papers sample in `corpora/` (`repo_mentioned_in_abstract`, `github_repo`).
 *
 * @module
 */
import type { Link } from '../schema.js'

/** One paper of the sample (`hf-daily-sample-dev.jsonl`); other fields are ignored. */
export interface RepoMentionRow {
  id?: string
  title?: string | null
  abstract?: string | null
  github_repo?: string | null
  repo_mentioned_in_abstract?: boolean
}

/** The figure, its counts and every miss. */
export interface RepoMentionReport {
  papers: number
  mentioned: number
  found: number
  rate: number
  misses: Array<{ id: string; want: string | null; got: string[] }>
}

/** `owner/repo` of a github.com URL, lower-cased, `.git` removed; null for other URLs. */
export function githubSlugOf(url: string | null | undefined): string | null {
  const path = /^(?:[a-z]+:\/\/)?(?:www\.)?github\.com\/([^?#\s]*)/i.exec(url ?? '')?.[1] ?? ''
  const [owner, repo] = path.split('/').filter(Boolean)
  return owner && repo ? `${owner}/${repo.replace(/\.git$/i, '')}`.toLowerCase() : null
}

/**
 * Score link extraction on the papers whose abstract mentions their curated repository.
 *
 * @param rows - The sample's rows.
 * @param extract - Links of a text, e.g. `extractLinks`.
 * @returns `{ papers, mentioned, found, rate, misses }`; `rate` is `found / mentioned` (1 when none).
 */
export function scoreRepoMentions(rows: readonly RepoMentionRow[], extract: (text: string) => readonly Pick<Link, 'url' | 'github'>[]): RepoMentionReport {
  let mentioned = 0
  let found = 0
  const misses: RepoMentionReport['misses'] = []
  for (const row of rows) {
    if (!row.repo_mentioned_in_abstract) continue
    mentioned++
    const links = [row.title ?? '', row.abstract ?? ''].flatMap((text) => [...extract(text)])
    const want = githubSlugOf(row.github_repo)
    const got = links.flatMap((link) => (link.github?.repo ? [`${link.github.owner}/${link.github.repo}`.toLowerCase()] : []))
    if (want && got.includes(want)) found++
    else misses.push({ id: row.id ?? '?', want, got: links.map((link) => link.url) })
  }
  return { papers: rows.length, mentioned, found, rate: mentioned ? found / mentioned : 1, misses }
}

/** The figure and the misses as text. */
export function formatRepoMentionReport(report: RepoMentionReport): string {
  const lines = [
    `papers whose abstract mentions the curated repo: ${report.mentioned} (of ${report.papers})`,
    `a link names that owner/repo: ${report.found} / ${report.mentioned} = ${(100 * report.rate).toFixed(2)}%`,
    `misses: ${report.misses.length}`,
    ...report.misses.map((miss) => `  ${miss.id}: want ${miss.want}; got ${JSON.stringify(miss.got)}`),
    '',
  ]
  return lines.join('\n')
}
