/**
 * Repairs of a detected address: sentence punctuation trimmed, an address broken by a line wrap or
 * a stray space rejoined, LaTeX wrappers and duplicated display text absorbed into the span.
 *
 * All functions take `masked` (see `maskForDetection`) or the caller's `text`, both with the same
 * offsets, and work in time linear in the part of the text they look at.
 *
 * @module
 */
import { addressLengthAtStart } from './detect.js'

/** Characters that end a sentence or a clause rather than an address when they close it. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '*', "'", '"', '\u201d', '\u2019'])

/**
 * End of the address once trailing sentence punctuation and unbalanced closing brackets are
 * removed (`…/FastDrop.` → `…/FastDrop`, `(code: …/sparse-kv.)` → `…/sparse-kv`, while
 * `…/Model_(A)` keeps its balanced `)`).
 *
 * @param masked - The masked text.
 * @param start - Start of the address.
 * @param end - End as detected (exclusive).
 * @returns The new end (exclusive), at least `start`.
 */
export function trimEnd(masked: string, start: number, end: number): number {
  let e = end
  while (e > start) {
    const c = masked.charAt(e - 1)
    if (TRAILING.has(c)) {
      e--
    } else if (c === ')' || c === ']') {
      const open = c === ')' ? '(' : '['
      let balance = 0
      for (let i = start; i < e; i++) {
        const d = masked.charAt(i)
        if (d === open) balance++
        else if (d === c) balance--
      }
      if (balance >= 0) break
      e--
    } else {
      break
    }
  }
  return e
}

/** Generic TLDs accepted as complete host endings (any two-letter label counts as a ccTLD). */
const GENERIC_TLDS = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'dev', 'app', 'page', 'site', 'xyz', 'tech',
  'cloud', 'online', 'science', 'pro', 'name', 'shop', 'museum', 'aero', 'asia', 'coop',
])

function isTld(label: string): boolean {
  return /^[a-z]{2}$/i.test(label) || GENERIC_TLDS.has(label.toLowerCase())
}

/** Hosts whose first path segment is an owner, so `host/owner/` + a name is a repository. */
const CODE_HOST = /^(?:[a-z]+:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|huggingface\.co|hf\.co)\/(?:(?:datasets|spaces|models)\/)?[^/\s]+\/$/i

/** Function words that follow an address in prose and never continue it. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'the', 'to',
  'that', 'this', 'which', 'with', 'we', 'our', 'its', 'was', 'were', 'will', 'can', 'also', 'here', 'there',
])

/** A path piece that looks like an identifier: letters or digits, then `. _ - ~ % +`, maybe more path. */
const SLUG = /^[A-Z0-9][\w.~%+-]*(?:[/?#=&]\S*)?/i

/** Whitespace allowed inside a broken address: a stray space, or a line break with its indentation. */
const GAP = /^[ \t\u00a0]{0,3}(?:\r?\n[ \t\u00a0]{0,4})?/

/** Result of {@link rejoin}: the address now ends at `end`; `[gapStart, gapEnd)` is whitespace to drop. */
export interface Rejoined {
  end: number
  gapStart: number
  gapEnd: number
}

/**
 * Continue an address across a line break or a stray space when the text after the break
 * continues the address (GUIDELINE: "`…/acme/ acme-tools/tree/main/x` is rejoined, an ordinary
 * word after the break is not"):
 * - a host cut after a dot, `https://github. com/…`, when the host has no TLD yet and the
 *   next token starts with one (`com/…`, `io/…`);
 * - an address ending in `-` or `_` (a wrap inside a word), `…/long-` + line break + `context`;
 * - an address ending in `/`, when the next token continues the path (`deepmind-research/tree/…`)
 *   or, after a code-host owner (`github.com/acme/`, `huggingface.co/acme/`), is a repository
 *   name: with `-`, `_`, an inner dot or letters and digits mixed (`tome-7b-hf`), CamelCase
 *   (`MoBind`), or a single lower-case word that ends the sentence and is not a function word;
 * - a next token that starts with `/` + a letter or digit (`…/acme` + line break + `/tool`).
 * Where the continued address ends is decided by linkify-it's validator on the joined string.
 *
 * @param masked - The masked text.
 * @param start - Start of the address (after any scheme).
 * @param end - Current end of the address (trimmed).
 * @param fuzzy - Whether the address has no scheme.
 * @returns The continuation, or null when the text after the address does not continue it.
 */
export function rejoin(masked: string, start: number, end: number, fuzzy: boolean): Rejoined | null {
  const address = masked.slice(start, end)
  const afterScheme = address.replace(/^[a-z]+:\/\//i, '')
  const hasPath = afterScheme.includes('/')
  let i = end
  const hostDot = masked.charAt(i) === '.' && !hasPath
  if (hostDot) i++
  const gap = GAP.exec(masked.slice(i, i + 12))?.[0] ?? ''
  if (gap.length === 0) return null
  const gapStart = i
  i += gap.length
  let tokenEnd = i
  const limit = Math.min(masked.length, i + 2048)
  while (tokenEnd < limit && !/\s/.test(masked.charAt(tokenEnd))) tokenEnd++
  const token = masked.slice(i, tokenEnd)
  // A new address is never the continuation of the previous one.
  if (token.length === 0 || /^(?:[a-z]+:\/\/|www\d{0,3}\.)/i.test(token)) return null
  const last = address.charAt(address.length - 1)

  let joinable = false
  if (hostDot) {
    const label = afterScheme.slice(afterScheme.lastIndexOf('.') + 1)
    const nextHost = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*(?=[/:?#]|[.,;)]*$)/.exec(token)?.[0]
    joinable = !isTld(label) && nextHost !== undefined && isTld(nextHost.slice(nextHost.lastIndexOf('.') + 1))
  } else if (last === '-' || last === '_') {
    joinable = /^[A-Z0-9]/i.test(token)
  } else if (last === '/') {
    joinable = continuesPath(token, CODE_HOST.test(address), masked, tokenEnd)
  } else if (/[A-Z0-9]/i.test(last)) {
    joinable = /^\/[A-Z0-9]/i.test(token)
  }
  if (!joinable) return null

  const prefix = fuzzy ? 'http://' : ''
  const joined = `${prefix}${address}${hostDot ? '.' : ''}${token}`
  const length = addressLengthAtStart(joined)
  const consumed = length - prefix.length - address.length - (hostDot ? 1 : 0)
  if (consumed <= 0) return null
  return { end: trimEnd(masked, start, i + consumed), gapStart, gapEnd: i }
}

/** Whether `token`, right after an address ending in `/`, continues its path (see {@link rejoin}). */
function continuesPath(token: string, afterCodeOwner: boolean, masked: string, tokenEnd: number): boolean {
  const slug = SLUG.exec(token)?.[0]
  if (!slug) return false
  const rest = token.slice(slug.length)
  // "GitHub Link:", "Code:" — a label, not a path.
  if (rest.startsWith(':') || (slug.endsWith(':') && slug.length === token.length)) return false
  const bare = slug.replace(/(?<![.,;:!?])[.,;:!?]+$/, '')
  // More path: `acme-tools/tree/main/x`.
  if (bare.includes('/')) return true
  // Otherwise only a repository name after a code host's owner: `tome-7b-hf`, `relay_net`,
  // `acme.github.io`, `gpt2`, `RelayNet`. After a page (`…/relay/ state-of-the-art`) it is prose.
  if (!afterCodeOwner) return false
  if (/[_-]|\.[A-Z]|[A-Z]\d|\d[A-Z]/i.test(bare)) return true
  if (/[a-z][A-Z]|(?<![A-Z])[A-Z]{2,}[a-z]|[A-Z][a-z]+[A-Z]/.test(bare)) return true
  // A single lower-case word that ends the sentence: `github.com/acme/ tool.`
  if (/^[a-z][a-z0-9]{2,}$/.test(bare) && !STOP_WORDS.has(bare)) {
    const tail = token.slice(bare.length)
    if (/^[.!?]?$/.test(tail)) {
      const after = masked.slice(tokenEnd, tokenEnd + 3)
      return tail !== '' ? /^(?:\s+[\p{Lu}\p{N}(["']|\s*$)/u.test(after) : after.trim() === ''
    }
  }
  return false
}

/** A LaTeX wrapper around an address and where the whole wrapper ends. */
export interface Wrapper {
  start: number
  end: number
  rule: 'latex-url' | 'latex-href'
}

/**
 * The LaTeX wrapper around the address `[start, end)` of `text`: `\url{…}` or `\href{…}{…}`
 * (its display argument included, up to 400 characters, nested braces counted), or null.
 *
 * @param text - The caller's text.
 * @param start - Start of the address.
 * @param end - End of the address (trimmed).
 */
export function latexWrapper(text: string, start: number, end: number): Wrapper | null {
  const before = text.slice(Math.max(0, start - 6), start)
  const isUrl = before.endsWith('\\url{')
  const isHref = before.endsWith('\\href{')
  if (!isUrl && !isHref) return null
  const close = /^[.,;:]*\}/.exec(text.slice(end, end + 8))
  if (!close) return null
  let e = end + close[0].length
  if (isUrl) return { start: start - 5, end: e, rule: 'latex-url' }
  if (text.charAt(e) !== '{') return { start: start - 6, end: e, rule: 'latex-href' }
  let depth = 0
  const limit = Math.min(text.length, e + 400)
  for (let i = e; i < limit; i++) {
    const c = text.charAt(i)
    if (c === '{') depth++
    else if (c === '}' && --depth === 0) {
      e = i + 1
      return { start: start - 6, end: e, rule: 'latex-href' }
    }
  }
  return { start: start - 6, end: e, rule: 'latex-href' }
}

/**
 * Separators between an address and its own display copy: `url{url}`, `}{`, `](`, `{\color{blue}{`
 * — braces, LaTeX commands and colour names, ending in `{`; or markdown's `](`.
 */
const DISPLAY_GAP = /^(?:[{}\\A-Z]{0,40}\{|\]\()$/i

/**
 * When `between` (the text between two links) makes the second the display copy of the first —
 * `A{A}` left by arXiv's `\href` stripping, `A}{A}`, `A{\color{blue}{A}}`, markdown `[A](A)` — the
 * number of closing brackets after the copy that belong to the wrapper; otherwise -1.
 *
 * @param between - Text between the end of the first link and the start of the second.
 */
export function displayCopyClosers(between: string): number {
  if (!DISPLAY_GAP.test(between)) return -1
  if (between === '](') return 1
  // Leading `}` close a wrapper opened before the first link (`\href{A}{A}`).
  let depth = 0
  for (const c of between.replace(/^\}+/, '')) {
    if (c === '{') depth++
    else if (c === '}') depth--
  }
  return Math.max(0, depth)
}

/**
 * End of a display argument glued to an address, `url{GitHub}` (what is left when arXiv strips
 * `\href`), when `text[end]` opens it: the index after its closing brace (nested braces counted,
 * at most 200 characters, on no address of its own); otherwise `end`.
 *
 * @param text - The caller's text.
 * @param end - End of the address.
 */
export function displayArgumentEnd(text: string, end: number): number {
  if (text.charAt(end) !== '{') return end
  let depth = 0
  const limit = Math.min(text.length, end + 200)
  for (let i = end; i < limit; i++) {
    const c = text.charAt(i)
    if (c === '{') depth++
    else if (c === '}' && --depth === 0) {
      const inner = text.slice(end + 1, i)
      return /:\/\/|\bwww\.|[a-z0-9]\.[a-z]{2,}\//i.test(inner) ? end : i + 1
    }
  }
  return end
}
