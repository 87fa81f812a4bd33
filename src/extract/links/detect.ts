/**
 * URL detection with linkify-it: a strict pass for links with a scheme over the whole text, and a
 * fuzzy (scheme-less) pass only on the few tokens a cheap regex flags.
 *
 * @module
 */
import { LinkifyIt } from 'linkify-it'

/** A detected address in the masked text: `[start, end)`, and whether it was found without scheme. */
export interface Candidate {
  start: number
  end: number
  fuzzy: boolean
}

/**
 * Links with a scheme (`http:`, `https:`, `ftp:`). `mailto:` and protocol-relative `//host` are
 * off: e-mail addresses are not code links, and `//` in prose is more often a comment or a
 * damaged scheme (which the mask hands to the fuzzy pass).
 */
const strict = new LinkifyIt({ fuzzyEmail: false }).add('mailto:', null).add('//', null)

/** Extra generic TLDs seen in research links (linkify-it knows the 2-letter ones and com, org, …). */
const EXTRA_TLDS = ['dev', 'app', 'page', 'site', 'xyz', 'tech', 'cloud', 'online', 'science', 'ai', 'io', 'co', 'me']

/** Scheme-less links (`github.com/a/b`, `www.x.org`), validated by {@link acceptFuzzy}. */
const fuzzy = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false })
  .add('mailto:', null)
  .add('//', null)
  .tlds(EXTRA_TLDS, true)

/**
 * Cheap gate for the fuzzy pass: `www.` or a lower-case TLD after a letter or digit and not
 * followed by one (`github.com`, `acme.github.io`, but not `cs.CL`, `e.g.` or `v2.0`). Linear:
 * each alternative starts with a fixed character.
 */
const FUZZY_GATE =
  /\bwww\d{0,3}\.|[\p{L}\p{N}-]\.(?:[a-z]{2}|com|org|net|edu|gov|mil|int|info|biz|dev|app|page|site|xyz|tech|cloud|online|science)(?![\p{L}\p{N}_-])/gu

/** Two-letter "TLDs" that are file extensions far more often than domains in papers. */
const FILE_LIKE_TLDS = new Set(['py', 'pt', 'sh', 'md', 'js', 'ts', 'rs', 'pl', 'pm', 'ps', 'so', 'cc', 'cu', 'hs', 'jl', 'rb', 'tf', 'gz', 'mk', 'in'])

/** Static-site hosts: their sub-domains are links even written bare (`acme.github.io`). */
const PAGE_HOSTS = ['.github.io', '.gitlab.io', '.pages.dev', '.netlify.app', '.vercel.app', '.hf.space']

/** Fuzzy windows closer than this many characters are scanned as one. */
const MERGE_GAP = 256

/** Whether `c` is whitespace (the separators of tokens handed to the fuzzy pass). */
function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000
}

/**
 * Whether a scheme-less match is a link: a `www.` host or a static-site host (`acme.github.io`)
 * even bare; anything else needs a path (`github.com/acme/tool`), a lower-case TLD (not `cs.CL`)
 * that is not a file extension (`model.pt/…`, `train.py`), and a host that is not a version
 * number or a dotted list of digits.
 */
function acceptFuzzy(raw: string): boolean {
  const slash = raw.indexOf('/')
  const host = (slash < 0 ? raw : raw.slice(0, slash)).toLowerCase()
  if (/^www\d{0,3}\./.test(host) || PAGE_HOSTS.some((suffix) => host.endsWith(suffix))) return true
  if (slash < 0 || slash + 1 >= raw.length) return false
  const dot = host.lastIndexOf('.')
  const tld = raw.slice(dot + 1, slash)
  if (tld !== tld.toLowerCase() || FILE_LIKE_TLDS.has(tld)) return false
  return !/^[\d.]+$/.test(host.slice(0, dot))
}

/** Whether `[start, end)` overlaps one of `sorted` (sorted, non-overlapping): binary search. */
function overlapsAny(sorted: readonly Candidate[], start: number, end: number): boolean {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid]?.end ?? 0) <= start) lo = mid + 1
    else hi = mid
  }
  const first = sorted[lo]
  return first !== undefined && first.start < end
}

/**
 * Every address in `masked` (see `maskForDetection`), in order, non-overlapping.
 *
 * The strict pass runs linkify-it over the whole text (its schema search is a fast regex). The
 * fuzzy pass, ~25× more expensive, runs only on whitespace-delimited tokens where
 * {@link FUZZY_GATE} fires and that the strict pass did not already cover.
 *
 * @param masked - The masked text.
 * @returns Candidates with offsets into `masked` (= the caller's text).
 */
export function detectCandidates(masked: string): Candidate[] {
  const found: Candidate[] = []
  if (masked.includes(':')) {
    for (const m of strict.match(masked) ?? []) found.push({ start: m.index, end: m.lastIndex, fuzzy: false })
  }
  // Windows: the whitespace-delimited tokens around gate hits outside strict matches, merged when
  // they are close, so a text dense with candidates costs a few linkify-it calls, not one per token.
  const windows: Array<[number, number]> = []
  FUZZY_GATE.lastIndex = 0
  let next = 0
  for (let hit = FUZZY_GATE.exec(masked); hit; hit = FUZZY_GATE.exec(masked)) {
    while (next < found.length && (found[next]?.end ?? 0) <= hit.index) next++
    const covering = found[next]
    if (covering && covering.start <= hit.index) {
      FUZZY_GATE.lastIndex = Math.max(FUZZY_GATE.lastIndex, covering.end)
      continue
    }
    const lastWindow = windows[windows.length - 1]
    let from = hit.index
    const floor = lastWindow ? lastWindow[1] : 0
    while (from > floor && !isSpace(masked.charCodeAt(from - 1))) from--
    let to = hit.index
    while (to < masked.length && !isSpace(masked.charCodeAt(to))) to++
    FUZZY_GATE.lastIndex = to
    if (lastWindow && from - lastWindow[1] < MERGE_GAP) lastWindow[1] = to
    else windows.push([from, to])
  }
  const fuzzyFound: Candidate[] = []
  for (const [from, to] of windows) {
    for (const m of fuzzy.match(masked.slice(from, to)) ?? []) {
      if (m.schema !== '' || !acceptFuzzy(m.raw)) continue
      const start = from + m.index
      const end = from + m.lastIndex
      if (overlapsAny(found, start, end)) continue
      fuzzyFound.push({ start, end, fuzzy: true })
    }
  }
  if (fuzzyFound.length === 0) return found
  return [...found, ...fuzzyFound].sort((a, b) => a.start - b.start)
}

/**
 * Length of the address with a scheme at the very start of `candidate` (linkify-it's strict
 * validator), 0 when there is none. Used to find where a rejoined address ends.
 *
 * @param candidate - Text starting with `http://`, `https://` or `ftp://`.
 */
export function addressLengthAtStart(candidate: string): number {
  const m = strict.matchAtStart(candidate)
  return m && m.index === 0 ? m.lastIndex : 0
}
