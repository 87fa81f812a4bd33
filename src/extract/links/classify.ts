/**
 * What a URL points to: a code host, a model hub, a project page, a shortlink or something else.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../../errors.js'
import type { GithubRef, LinkKind } from '../../schema.js'
import { parseGithubUrl } from './github.js'

/** URL shorteners and redirectors (hosts, `www.` removed). */
const SHORTLINK_HOSTS = new Set([
  'aka.ms', 'bit.ly', 'bitly.com', 'buff.ly', 'cutt.ly', 'dub.sh', 'git.io', 'goo.gl', 'is.gd', 'lnkd.in', 'ow.ly',
  'rb.gy', 'rebrand.ly', 's.id', 'shorturl.at', 't.co', 't.ly', 'tiny.cc', 'tinyurl.com', 'v.gd', 'youtu.be',
])

/** Static-site hosts whose sub-domains are project or lab pages (`acme.github.io`). */
const PAGE_HOST_SUFFIXES = [
  '.github.io', '.gitlab.io', '.pages.dev', '.netlify.app', '.vercel.app', '.web.app', '.firebaseapp.com',
  '.notion.site', '.readthedocs.io', '.gitbook.io', '.bitbucket.io',
]

/** Hosts (or their parents) that are neither code nor a project's own page: papers, data, video, social. */
const OTHER_HOSTS = new Set([
  'arxiv.org', 'doi.org', 'openreview.net', 'paperswithcode.com', 'aclanthology.org', 'semanticscholar.org',
  'kaggle.com', 'zenodo.org', 'figshare.com', 'osf.io', 'drive.google.com', 'docs.google.com', 'colab.research.google.com',
  'dropbox.com', 'youtube.com', 'vimeo.com', 'twitter.com', 'x.com', 'wikipedia.org', 'pypi.org', 'npmjs.com',
  'modelscope.cn', 'ieee.org', 'acm.org', 'springer.com', 'nature.com', 'sciencedirect.com', 'bilibili.com',
  'discord.gg', 'discord.com', 'medium.com', 'reddit.com', 'linkedin.com', 'openai.com', 'anthropic.com',
])

/** Words before a link that introduce a project or lab page ("Project page: …", "our website …"). */
const PAGE_CONTEXT = /\b(?:project|home|web|demo|lab|landing)[\s-]*(?:page|site)s?\b|\bwebsites?\b|\bhomepages?\b|\bwebpages?\b|\bproject\b[^.:;]{0,20}$|\bdemos?\b[^.:;]{0,30}$|\bpages?\s*(?::\s*)?$/i

/** University hosts (`vision.cs.orbit.edu`, `lab.ox.ac.uk`, `cs.tsinghua.edu.cn`): lab sites. */
const ACADEMIC_HOST = /\.(?:edu|ac\.[a-z]{2}|edu\.[a-z]{2})$/

/** A path that reads like a personal or lab page: `/~user/`, `/projects/x`, `/people/x`, `/labs/x`. */
const PAGE_PATH = /^\/(?:~|%7e)|\/(?:projects?|people|labs?|groups?|research|pages?|members|users|staff)\//i

// Host (group 1) and port are taken whole, without giving characters back (`(?=(x+))\1` is a possessive
// `x+`): once the host is read the rest always matches, so nothing is lost, and nothing backtracks.
// Groups: 1 host, 3 the rest (path, query, fragment).
const URL_PARTS = /^(?:[a-z][a-z0-9+.-]*:\/*)?(?:[^@/?#\s]*@)?(?=([^/?#:\s]+))\1(?::(?=(\d+))\2)?(.*)$/is

/**
 * The host of a URL, lower-cased, without `www.` and port; empty when there is none.
 *
 * @param url - A URL, with or without scheme (a non-string gives `''`).
 * @example
 * urlHost('https://WWW.Example.org:8080/a')
 * //=> 'example.org'
 */
export function urlHost(url: string): string {
  if (typeof url !== 'string') return ''
  return (URL_PARTS.exec(url)?.[1] ?? '').toLowerCase().replace(/^www\d{0,3}\./, '')
}

function hostIs(host: string, parent: string): boolean {
  return host.endsWith(parent) && (host.length === parent.length || host.charCodeAt(host.length - parent.length - 1) === 46)
}

/** Whether `host` or one of its parent domains is in `hosts`. */
function underAny(host: string, hosts: ReadonlySet<string>): boolean {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (hosts.has(h)) return true
  return false
}

/** Result of {@link classifyUrl}. */
export interface UrlClass {
  kind: LinkKind
  github: GithubRef | null
}

/**
 * Type a URL.
 *
 * Heuristic, first match wins: github.com (and raw.githubusercontent.com, gist.github.com) →
 * `github` with owner/repo/path; `gitlab.com` or a `gitlab.` host → `gitlab`; huggingface.co,
 * hf.co, `*.hf.space` → `huggingface`; a known shortener (aka.ms, bit.ly, tinyurl, …) →
 * `shortlink`; a static-site host (`*.github.io`, `*.gitlab.io`, `*.pages.dev`, `sites.google.com`,
 * …) → `project-page`; a known paper/data/video host (arXiv, DOI, Zenodo, YouTube, …) → `other`;
 * any other host is a `project-page` when the words before it name a page ("Project page:",
 * "website", "demo"), its path reads like a personal or lab page (`/~user/`, `/projects/`) or it is
 * a university host (`.edu`, `.ac.uk`), else `other`. Limits: a lab site introduced by no such words is `other`.
 *
 * @param url - The URL (scheme optional).
 * @param context - Text right before the URL in the same sentence (optional), e.g. `"Project page:"`.
 * @returns `{ kind, github }`; `github` is non-null only for repository or owner URLs on github.com.
 * @throws {InvalidArgumentError} When `url` or `context` is not a string.
 * @example
 * classifyUrl('https://github.com/acme-lab/edit-kit.git')
 * //=> { kind: 'github', github: { owner: 'acme-lab', repo: 'edit-kit', path: null } }
 * classifyUrl('https://acme-lab.github.io/edit-kit/').kind
 * //=> 'project-page'
 */
export function classifyUrl(url: string, context = ''): UrlClass {
  if (typeof url !== 'string') throw new InvalidArgumentError(`Expected string, not ${describeValue(url)}`)
  if (typeof context !== 'string') throw new InvalidArgumentError(`Expected \`context\` to be a string, not ${describeValue(context)}`)
  const host = urlHost(url)
  if (host === 'github.com' || host === 'raw.githubusercontent.com' || host === 'gist.github.com') {
    return { kind: 'github', github: parseGithubUrl(url) }
  }
  const none = { github: null }
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return { kind: 'gitlab', ...none }
  if (hostIs(host, 'huggingface.co') || host === 'hf.co' || host.endsWith('.hf.space')) return { kind: 'huggingface', ...none }
  if (SHORTLINK_HOSTS.has(host)) return { kind: 'shortlink', ...none }
  if (PAGE_HOST_SUFFIXES.some((suffix) => host.endsWith(suffix)) || host === 'sites.google.com') {
    return { kind: 'project-page', ...none }
  }
  if (underAny(host, OTHER_HOSTS)) return { kind: 'other', ...none }
  const path = URL_PARTS.exec(url)?.[3] ?? ''
  if (PAGE_CONTEXT.test(context) || PAGE_PATH.test(path) || ACADEMIC_HOST.test(host)) return { kind: 'project-page', ...none }
  return { kind: 'other', ...none }
}
