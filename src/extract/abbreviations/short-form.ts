/**
 * What a short form (acronym) looks like, and the word tokens the abbreviation rules work on.
 *
 * @module
 */

/** A word of the text: letters/digits with inner `-`, `'`, `.`, `/`, `&`, `+`; offsets into the text. */
export interface Token {
  text: string
  start: number
  end: number
}

/**
 * Word tokens: a letter or digit, then letters, digits and inner joiners; a token ends before a joiner
 * that is not followed by a letter or digit (`U.S.` → `U.S`, `PEPSI++` keeps its pluses).
 */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.&/\-_^](?=[\p{L}\p{N}])|\+(?![\p{L}\p{N}]))*/gu

/**
 * Split `text` into word tokens (linear time: each character is read once).
 *
 * @param text - Plain text (LaTeX masked, see `maskLatex`).
 * @param from - Offset to start at (default 0).
 * @param to - Offset to stop at, exclusive (default: the end).
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  const slice = from === 0 && to === text.length ? text : text.slice(from, to)
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    tokens.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length })
  }
  return tokens
}

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XX)$/
/** Upper-case words that are ordinary words in shouting titles or licence names, not acronyms. */
const NOT_ACRONYM = new Set(['A', 'I', 'OK', 'BY', 'OF', 'THE', 'AND', 'OR', 'TO', 'IN', 'ON', 'FOR', 'AN', 'IS', 'IT'])

/** Counts of a token's letters by case, and its digits. */
export function shape(word: string): { upper: number; lower: number; digits: number; letters: number } {
  let upper = 0
  let lower = 0
  let digits = 0
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 48 && c <= 57) digits++
    else if (c >= 65 && c <= 90) upper++
    else if (c >= 97 && c <= 122) lower++
    else if (c > 127) {
      const ch = word.charAt(i)
      if (ch !== ch.toLowerCase()) upper++
      else if (ch !== ch.toUpperCase()) lower++
    }
  }
  return { upper, lower, digits, letters: upper + lower }
}

/**
 * Whether a token has the shape of a short form wherever it stands (`CNN`, `CNNs`, `LoRA`, `NLoS`, `eCPC`,
 * `5G`, `C2A`, `SG-MCMC`), as opposed to a word (`The`), a name written in camel case (`TensorFlow`, `AdaPool`),
 * a Roman numeral (`II`) or a number.
 *
 * Heuristic: at least two capitals and no more lower-case letters than capitals (a plural `s` not counted), or
 * one capital plus digits in a token of at most four characters. Tokens longer than 12 characters are words.
 */
export function isShortFormShape(word: string): boolean {
  const core = word.replace(/['’]s$/, '')
  if (core.length < 2 || core.length > 12) return false
  if (ROMAN.test(core) || NOT_ACRONYM.has(core)) return false
  const plural = /[A-Z]s$/.test(core) ? core.slice(0, -1) : core
  const { upper, lower, digits } = shape(plural)
  if (upper >= 2 && lower <= upper) return true
  if (upper >= 1 && digits >= 1 && plural.length <= 4 && /^[\p{L}\p{N}]+$/u.test(plural)) return true
  return false
}

/**
 * `text` with every hyphen or en dash written as `-` and the whitespace around it removed (`MI - FGSM` →
 * `MI-FGSM`): what replacing the regex `\s*[-–]\s*` (global) with `-` gives, in one pass (that regex rescans
 * every run of spaces that no dash follows: quadratic on long runs).
 */
export function closeUpDashes(text: string): string {
  const parts = text.split(/[-–]/)
  if (parts.length === 1) return text
  const last = parts.length - 1
  return parts.map((part, i) => (i === 0 ? part.trimEnd() : i === last ? part.trimStart() : part.trim())).join('-')
}

/**
 * Whether a string in parentheses may be a short form that is being defined: `(AdaPT)`, `(adaPool)`,
 * `(Fast GRN)`, `(NEVIS'22)`, `(DurIAN-E)`, `(GKNets)` — looser than {@link isShortFormShape} because the long
 * form before it must still match it letter by letter. Not an enumeration (`(1)`, `(ii)`, `(a)`), a number, a
 * plain word (`(Adam)`) or more than two words.
 */
export function isDefinableShortForm(candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > 24) return false
  // `MI - FGSM` (a hyphen written apart) is one word.
  const words = closeUpDashes(candidate).split(' ')
  if (words.length > 2) return false
  if (!/^[\p{L}\p{N}]/u.test(candidate) || !/[\p{L}\p{N}+]$/u.test(candidate)) return false
  if (!/^[\p{L}\p{N}'’.\-–+/&^ ]+$/u.test(candidate)) return false
  if (ROMAN.test(candidate) || /^[ivx]+$/.test(candidate)) return false
  const { upper, letters, digits, lower } = shape(candidate)
  if (letters < 1 || letters + digits < 2) return false
  if (words.length === 2) {
    // "Fast GRN", "VTM 2", "BOLD fMRI": one part must be a short form on its own, none all lower case.
    return words.some((w) => isShortFormShape(w)) && !words.some((w) => /^[\p{Ll}\p{N}]+$/u.test(w) && /\p{Ll}/u.test(w))
  }
  if (upper >= 2) return true
  // adaPool, uLSIF: an inner capital after lower case.
  if (/\p{Ll}\p{Lu}/u.test(candidate)) return true
  return upper >= 1 && digits >= 1 && lower <= 3
}
