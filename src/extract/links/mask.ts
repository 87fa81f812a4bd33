/**
 * Position-preserving masking of a text before URL detection, and the matching clean-up of a
 * URL's surface. Masking never changes the length of the text, so every offset found in the
 * masked text is an offset into the caller's text.
 *
 * @module
 */

/*
 * What the mask rewrites, each time into a string of the same length:
 * - `$\sim$`, `\~{}` (LaTeX tildes) → `~` runs, so a path such as `/$\sim$user/` stays one token;
 * - `\_`, `\%`, `\#`, `\&`, `\~`, `\$` (LaTeX escapes) → the character twice (`__`), still a path;
 * - any other backslash, braces, `|`, `^` and backticks → a space: none of them can be part of a
 *   URL written in prose (RFC 3986 excludes them), and LaTeX wrappers (`\url{…}`, `\href{…}{…}`,
 *   the `url{display}` left over when arXiv strips `\href`) become plain separators;
 * - a `~` (LaTeX non-breaking space) or any other character glued to a scheme (`at~https://`,
 *   `Fluxhttps://`, `…/a,https://…`) → a space, so the scheme is seen as the start of a link;
 * - a damaged scheme (`https:/host`, `https: //host`) → spaces, so the host is found by the
 *   scheme-less pass and the scheme is re-attached afterwards (see `schemeBefore`).
 * One pass over the character codes (a native `replace` would allocate a part per match: 1 MB
 * of backslashes then costs a second of garbage collection), plus two rare-match regex scans.
 */
const GLUED_SCHEME = /[^\s/](?=(?:https?|ftp):\/\/)/giu
const DAMAGED_SCHEME = /\b(?:https?|ftp):(?:\/(?!\/)|[ \t]+\/\/?)/gi

/**
 * Characters that may trigger a rewrite; texts without any of them are returned as they are. A scheme glued
 * to the character before it is checked by a lookbehind after `://` (not `[^\s/]https://`, which a regex has
 * to try at every position of the text): every alternative then starts with a fixed character.
 */
const MASK_TRIGGER = /[\\{}|^`]|(?:https?|ftp):(?:\/(?!\/)|[ \t]|\/\/(?<=[^\s/](?:https?|ftp):\/\/))/iu

const BACKSLASH = 92
const SPACE = 32
const TILDE = 126
/** `{ } | ^ \`` — never part of an address in prose. */
function notInUrl(c: number): boolean {
  return c === 123 || c === 125 || c === 124 || c === 94 || c === 96
}
/** Characters that LaTeX escapes with a backslash and that may stand in a URL: `_ % # & ~ $`. */
function escapable(c: number): boolean {
  return c === 95 || c === 37 || c === 35 || c === 38 || c === 126 || c === 36
}

/**
 * Mask `text` for URL detection (see the rules above); the result has the same length.
 *
 * @param text - Any text.
 * @returns The masked text.
 */
export function maskForDetection(text: string): string {
  if (!MASK_TRIGGER.test(text)) return text
  const n = text.length
  const codes = new Uint16Array(n)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === BACKSLASH) {
      if (text.startsWith('\\~{}', i)) {
        codes.fill(TILDE, i, i + 4)
        i += 3
        continue
      }
      const next = text.charCodeAt(i + 1)
      if (escapable(next)) {
        codes[i] = next
        codes[i + 1] = next
        i++
        continue
      }
      codes[i] = SPACE
    } else if (c === 36 && text.startsWith('$\\sim$', i)) {
      codes.fill(TILDE, i, i + 6)
      i += 5
    } else {
      codes[i] = notInUrl(c) ? SPACE : c
    }
  }
  for (const re of [GLUED_SCHEME, DAMAGED_SCHEME]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) codes.fill(SPACE, m.index, m.index + m[0].length)
  }
  let masked = ''
  // `apply` on chunks: a spread of 8k arguments is ~20× slower.
  for (let i = 0; i < n; i += 8192) masked += String.fromCharCode.apply(null, codes.subarray(i, Math.min(n, i + 8192)) as unknown as number[])
  return masked
}

/** A damaged or separated scheme right before a host: `https:/`, `https: //`, `https://` + line break. */
const SCHEME_BEFORE = /(?:^|[^\p{L}\p{N}])((?:https?|ftp):(?:[ \t]*\/{1,2})?\s*)$/iu

/**
 * The scheme written (possibly damaged) right before `start`, e.g. `https:/` or `https://` and a
 * line break, as `{ start, scheme }`; null when there is none. Looks back at most 24 characters.
 *
 * @param text - The caller's text.
 * @param start - Where a scheme-less address starts.
 */
export function schemeBefore(text: string, start: number): { start: number; scheme: string } | null {
  const from = Math.max(0, start - 24)
  const match = SCHEME_BEFORE.exec(text.slice(from, start))
  if (!match?.[1]) return null
  const scheme = /^[a-z]+/i.exec(match[1])?.[0] ?? 'https'
  return { start: start - match[1].length, scheme }
}

const UNESCAPE = /\$\\sim\$|\\~\{\}|\\([_%#&~$])|\s+/g

/**
 * The address written in `surface`: whitespace from a repaired break removed, LaTeX escapes
 * undone (`\_` → `_`, `$\sim$` → `~`), and a damaged scheme written in full (`https:/x` →
 * `https://x`). Everything else (case, `www.`, trailing `/`) is kept as written.
 *
 * @param surface - The URL's surface without LaTeX wrappers or sentence punctuation.
 * @returns The URL.
 */
export function unescapeUrl(surface: string): string {
  if (!/[\s\\$]/.test(surface) && !/^(?:https?|ftp):(?!\/\/)/i.test(surface)) return surface
  const plain = surface.replace(UNESCAPE, (match: string, escaped: string | undefined) => {
    if (escaped !== undefined) return escaped
    if (match.startsWith('$') || match.startsWith('\\')) return '~'
    return ''
  })
  return plain.replace(/^(https?|ftp):\/{0,2}(?!\/)/i, (_match, scheme: string) => `${scheme}://`)
}
