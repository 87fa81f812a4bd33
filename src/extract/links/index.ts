/**
 * Code links: every URL in a text, repaired, typed and tied to its repository; and the paper's
 * code status.
 *
 * Pipeline: mask (same length: LaTeX escapes and wrappers, glued or damaged schemes) → detect
 * (linkify-it strict over the text, fuzzy on gated tokens) → trim sentence punctuation → rejoin
 * across a line wrap or stray space → absorb LaTeX wrappers and display copies → classify.
 *
 * @module
 */
import { InvalidArgumentError, describeValue } from '../../errors.js'
import type { CodeStatus, Link } from '../../schema.js'
import { classifyUrl } from './classify.js'
import { codeStatus } from './code-status.js'
import { detectCandidates } from './detect.js'
import { maskForDetection, schemeBefore, unescapeUrl } from './mask.js'
import { displayArgumentEnd, displayCopyClosers, latexWrapper, rejoin, trimEnd } from './repair.js'

export { classifyUrl, urlHost } from './classify.js'
export type { UrlClass } from './classify.js'
export { githubRepoSlug, parseGithubUrl } from './github.js'

/** How sure each rule is (the most doubtful step of a link names its rule). */
const CONFIDENCE = {
  linkify: 0.97,
  'latex-url': 0.96,
  'latex-href': 0.95,
  'linkify-fuzzy': 0.85,
  'scheme-repaired': 0.85,
  'rejoined-break': 0.8,
} as const
type Rule = keyof typeof CONFIDENCE

/** Sentence context before a link (for classifying pages): up to 80 characters, from the last sentence end. */
function contextBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 80), start)
  const cut = window.search(/[.!?]\s+(?=\S)[^.!?]+$/)
  return cut >= 0 ? window.slice(cut + 1) : window
}

/** The comparison key of a URL: lower case, no scheme, no `www.`, no trailing `/`. */
function urlKey(url: string): string {
  return url.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\d{0,3}\./, '').replace(/(?<!\/)\/+$/, '')
}

/**
 * Every URL in `text`, in order: repaired, typed and, for GitHub, tied to its repository.
 *
 * Heuristic (see the README's Links section):
 * - detection: linkify-it (`http(s)://`, `ftp://`) over the whole text; scheme-less
 *   `github.com/owner/repo`, `www.…` and `*.github.io` forms with linkify-it's fuzzy mode, run only on
 *   tokens a cheap regex flags, and kept only with a `www.` or page host, or a path under a
 *   lower-case TLD that is not a file extension — so `cs.CL`, `arXiv:2401.00001v2`, `model.pt`,
 *   `TensorKit.py` and `e.g.` are not links;
 * - clean-up: trailing sentence punctuation and unbalanced closing brackets are dropped
 *   (`(code: …/sparse-kv.)`); LaTeX `\url{…}`, `\href{…}{…}`, `\_`, `$\sim$` are undone; braces, `|`
 *   and backslashes end an address;
 * - repair: an address broken by a line wrap or a stray space is rejoined when the text after the
 *   break continues it (`https://github. com/…`, `…/acme/ acme-tools/…`, `…/long-` + line break +
 *   `context`), never across an ordinary word; a damaged scheme (`https:/x`) is written in full;
 * - a display copy right after a link (`url{url}` left by arXiv, markdown `[url](url)`) is part of
 *   that link, not a second one;
 * - kinds and GitHub coordinates: see `classifyUrl` and `parseGithubUrl`.
 * Limits: an address broken inside a word without a hyphen (`…/Token` + line break + `Merge`) is
 * cut at the break; arXiv's "this https URL" placeholder gives no link (it is code evidence for
 * `detectCodeStatus`).
 *
 * Linear time: one masking pass, linkify-it's bounded regexes (addresses of at most 10,000
 * characters), gated fuzzy windows, and repairs that look at most a few kilobytes ahead.
 *
 * @param text - Plain text (title, abstract, or any prose), possibly hard-wrapped and with LaTeX.
 * @returns Links in order of appearance. `span` (`field: 'text'`, UTF-16 offsets, end exclusive)
 *   covers the link's whole surface, `text === input.slice(span.start, span.end)` (line break,
 *   `\url{…}`, `\_` included); `url` is the address as written minus that wrapping; `kind`,
 *   `github` (`{ owner, repo, path }` for github.com), `rule` and `confidence` (0..1).
 * @throws {InvalidArgumentError} When `text` is not a string: ``Expected string, not `42` ``.
 * @example
 * extractLinks('Code: https://github.com/acme-lab/edit-kit.git; see also \\url{https://acme-lab.github.io/edit\\_kit/}.')
 *   .map((l) => [l.url, l.kind, l.github?.repo ?? null])
 * //=> [['https://github.com/acme-lab/edit-kit.git', 'github', 'edit-kit'],
 * //    ['https://acme-lab.github.io/edit_kit/', 'project-page', null]]
 */
export function extractLinks(text: string): Link[] {
  if (typeof text !== 'string') throw new InvalidArgumentError(`Expected string, not ${describeValue(text)}`)
  if (text.length === 0) return []
  const masked = maskForDetection(text)
  const links: Link[] = []
  let consumed = 0
  for (const candidate of detectCandidates(masked)) {
    if (candidate.start < consumed) continue
    let rule: Rule = candidate.fuzzy ? 'linkify-fuzzy' : 'linkify'
    let end = trimEnd(masked, candidate.start, candidate.end)
    const gaps: Array<[number, number]> = []
    for (let round = 0; round < 4 && end > candidate.start; round++) {
      const joined = rejoin(masked, candidate.start, end, candidate.fuzzy)
      if (!joined) break
      gaps.push([joined.gapStart, joined.gapEnd])
      end = joined.end
    }
    if (end <= candidate.start) continue
    let start = candidate.start
    if (candidate.fuzzy) {
      const scheme = schemeBefore(text, start)
      if (scheme) {
        start = scheme.start
        rule = 'scheme-repaired'
      }
    }
    const url = unescapeUrl(text.slice(start, end))
    if (/^(?:https?|ftp):\/\/$/i.test(url)) continue
    if (/^(?:https?|ftp):\/(?!\/)/i.test(text.slice(start, end))) rule = 'scheme-repaired'
    if (gaps.length > 0) rule = 'rejoined-break'
    let spanStart = start
    let spanEnd = end
    const wrapper = latexWrapper(text, start, end)
    if (wrapper) {
      spanStart = wrapper.start
      spanEnd = wrapper.end
      if (gaps.length === 0) rule = wrapper.rule
    } else {
      spanEnd = displayArgumentEnd(text, end)
    }
    const { kind, github } = classifyUrl(url, contextBefore(text, spanStart))
    links.push({
      text: text.slice(spanStart, spanEnd),
      url,
      kind,
      github,
      rule,
      confidence: CONFIDENCE[rule],
      span: { field: 'text', start: spanStart, end: spanEnd },
    })
    consumed = spanEnd
  }
  return mergeDisplayCopies(text, links)
}

/** Fold a link's display copy (`A{A}`, `A}{A}`, `[A](A)`) into the link itself. */
function mergeDisplayCopies(text: string, links: Link[]): Link[] {
  if (links.length < 2) return links
  const out: Link[] = []
  for (const link of links) {
    const previous = out[out.length - 1]
    if (previous) {
      const closers = displayCopyClosers(text.slice(previous.span.end, link.span.start))
      if (closers >= 0 && urlKey(previous.url) === urlKey(link.url)) {
        let end = link.span.end
        for (let k = 0; k < closers && /[})]/.test(text.charAt(end)); k++) end++
        let start = previous.span.start
        if (text.slice(previous.span.end, link.span.start) === '](' && text.charAt(start - 1) === '[') start--
        previous.span = { ...previous.span, start, end }
        previous.text = text.slice(start, end)
        continue
      }
    }
    out.push(link)
  }
  return out
}

/**
 * What the text says about the paper's code: `available`, `promised` or `none`.
 *
 * Heuristic, per sentence (`splitSentences`): a sentence with a future-release cue ("will be
 * released", "will be made publicly available", "we will open-source", "upon acceptance",
 * "coming soon", "a soon-to-be publicly available model") about code, models or data, about a
 * name ("Orbit-T2 will be released", "we will release OrbitBench"), or holding a link, is a promise —
 * also when it gives the URL. A sentence with a present cue ("code is available", "we release", "can be found at",
 * "we provide a reference implementation", "Code:"), or holding a code-host, model-hub,
 * project-page or short link (or arXiv's "this https URL" placeholder) is availability. Cues about
 * code itself outrank cues about models, data or pages: "Project page: … Code will be released."
 * is `promised`, "Code is at … Models will be released." is `available`; when code is both
 * promised and given, a GitHub/GitLab link in a present-tense sentence decides for `available`.
 * Limits: negations ("code is not available") and third-party code ("the code of [12] is
 * public") are not recognised; a link to another paper's repository counts as code.
 *
 * @param text - Title and abstract (e.g. `${title}\n${abstract}`), or any text.
 * @param links - The links of `text`, spans into `text` (default: `extractLinks(text)`; pass them
 *   when you have them to skip a second pass).
 * @returns `'available'`, `'promised'` or `'none'`.
 * @throws {InvalidArgumentError} When `text` is not a string: ``Expected string, not `42` ``.
 * @example
 * detectCodeStatus('Code will be made available at https://github.com/acme-lab/warp-kv upon acceptance.')
 * //=> 'promised'
 * detectCodeStatus('We release the code at https://github.com/acme-lab/warp-kv.')
 * //=> 'available'
 */
export function detectCodeStatus(text: string, links?: readonly Link[]): CodeStatus {
  if (typeof text !== 'string') throw new InvalidArgumentError(`Expected string, not ${describeValue(text)}`)
  return codeStatus(text, links ?? extractLinks(text))
}
