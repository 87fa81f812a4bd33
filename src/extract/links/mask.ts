/**
 * Position-preserving masking of a text before URL detection, and the matching clean-up of a
 * URL's surface. Masking never changes the length of the text, so every offset found in the
 * masked text is an offset into the caller's text.
 *
 * @module
 */

/**
 * What the mask rewrites, each alternative replaced by a string of the same length:
 * - `$\sim$`, `\~{}` (LaTeX tildes) → `~` runs, so a path such as `/$\sim$user/` stays one token;
 * - `\_`, `\%`, `\#`, `\&`, `\~`, `\$` (LaTeX escapes) → the character twice (`__`), still a path;
 * - any other backslash, braces, `|`, `^` and backticks → a space: none of them can be part of a
 *   URL written in prose (RFC 3986 excludes them), and LaTeX wrappers (`\url{…}`, `\href{…}{…}`,
 *   the `url{display}` left over when arXiv strips `\href`) become plain separators;
 * - a `~` (LaTeX non-breaking space) or any other character glued to a scheme (`at~https://`,
 *   `Fluxhttps://`, `…/a,https://…`) → a space, so the scheme is seen as the start of a link;
 * - a damaged scheme (`https:/host`, `https: //host`) → spaces, so the host is found by the
 *   scheme-less pass and the scheme is re-attached afterwards (see `schemeBefore`).
 *
 * Every alternative starts with a literal character or a single class, so the scan is linear.
 */
const MASK =
  /\$\\sim\$|\\~\{\}|\\([_%#&~$])|[\\{}|^`]|~(?=(?:https?|ftp):|www\.)|[^\s/](?=(?:https?|ftp):\/\/)|\b(?:https?|ftp):(?:\/(?!\/)|[ \t]+\/\/?)/giu

/** Characters that may trigger {@link MASK}; texts without any of them are returned as they are. */
const MASK_TRIGGER = /[\\{}|^`~]|(?:https?|ftp):(?:\/(?!\/)|[ \t])|[^\s/](?:https?|ftp):\/\//iu

/**
 * Mask `text` for URL detection (see {@link MASK}); the result has the same length.
 *
 * @param text - Any text.
 * @returns The masked text.
 */
export function maskForDetection(text: string): string {
  if (!MASK_TRIGGER.test(text)) return text
  return text.replace(MASK, (match: string, escaped: string | undefined) => {
    if (escaped !== undefined) return escaped + escaped
    if (match.length === 1) return ' '
    if (match.startsWith('$') || match.startsWith('\\~')) return '~'.repeat(match.length)
    return ' '.repeat(match.length)
  })
}

/** A damaged or separated scheme right before a host: `https:/`, `https: //`, `https://` + line break. */
const SCHEME_BEFORE = /(?:^|[^\p{L}\p{N}])((?:https?|ftp):[ \t]*\/{0,2}\s*)$/iu

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
  const plain = surface.replace(UNESCAPE, (match: string, escaped: string | undefined) => {
    if (escaped !== undefined) return escaped
    if (match.startsWith('$') || match.startsWith('\\')) return '~'
    return ''
  })
  return plain.replace(/^(https?|ftp):\/{0,2}(?!\/)/i, (_match, scheme: string) => `${scheme}://`)
}
