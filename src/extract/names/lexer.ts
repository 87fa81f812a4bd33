/**
 * Tokens of a title or abstract for the name rules: words (with inner hyphens, apostrophes, digits, `@`:
 * `short-m@k`, `pass@1`), LaTeX macros (`\sysname`) and single punctuation marks, each with UTF-16 offsets.
 *
 * @module
 */

/** A token: its kind, text and offsets into the field it came from. */
export interface Lexeme {
  kind: 'word' | 'macro' | 'punct'
  text: string
  start: number
  end: number
}

const LEXEME = /\\[A-Za-z]+|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.&/\-_^@](?=[\p{L}\p{N}])|\+(?![\p{L}\p{N}]))*|[^\s\p{L}\p{N}\\]/gu

/**
 * Split (LaTeX-masked) text into lexemes, in linear time.
 *
 * @param text - The masked text (see `maskLatex`); offsets index into it and into the original alike.
 * @param offset - Added to every lexeme's `start` and `end` (default 0): where `text` starts in the field
 *   it was sliced from.
 */
export function lex(text: string, offset = 0): Lexeme[] {
  const out: Lexeme[] = []
  LEXEME.lastIndex = 0
  for (let m = LEXEME.exec(text); m; m = LEXEME.exec(text)) {
    const t = m[0]
    const kind = t.charCodeAt(0) === BACKSLASH ? 'macro' : startsWithAlnum(t) ? 'word' : 'punct'
    out.push({ kind, text: t, start: m.index + offset, end: m.index + t.length + offset })
  }
  return out
}

const BACKSLASH = 92

/** Whether `t` starts with a letter or digit (its first code point); ASCII fast path. */
function startsWithAlnum(t: string): boolean {
  const code = t.charCodeAt(0)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /^[\p{L}\p{N}]/u.test(t)
}

/** Fold a phrase for comparison: lower case, hyphens and dashes as spaces, one space, no plural `s` per word. */
export function fold(phrase: string): string {
  return foldCase(phrase.toLowerCase())
}

/** Runs of letters, digits and apostrophes: the words {@link foldCase} keeps. */
const FOLD_WORD = /[\p{L}\p{N}']+/gu

/**
 * {@link fold} keeping letter case: hyphens, dashes and other punctuation as spaces, one space, no plural `s`
 * per word. The words are the runs of letters, digits and `'`, joined by one space.
 */
export function foldCase(phrase: string): string {
  let out = ''
  FOLD_WORD.lastIndex = 0
  for (let m = FOLD_WORD.exec(phrase); m; m = FOLD_WORD.exec(phrase)) {
    const w = m[0]
    const word = w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w
    out = out === '' ? word : `${out} ${word}`
  }
  return out
}

/** Whether the folded `phrase` stands in the folded `text` as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (!phrase) return false
  return ` ${text} `.includes(` ${phrase} `)
}

/** Whether `c` (one UTF-16 unit) is a letter or digit; ASCII fast path. */
function isAlnum(c: string): boolean {
  if (c === '') return false
  const code = c.charCodeAt(0)
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return /[\p{L}\p{N}]/u.test(c)
}

/**
 * Offset of the first occurrence of `word` in `text` as a whole word (no letter or digit on either side), or
 * -1. With `ignoreCase`, both are compared in lower case (same length for the scripts at hand).
 */
export function findWord(text: string, word: string, ignoreCase = false, from = 0): number {
  if (!word) return -1
  const hay = ignoreCase ? text.toLowerCase() : text
  const needle = ignoreCase ? word.toLowerCase() : word
  let at = hay.indexOf(needle, from)
  while (at >= 0) {
    if (!isAlnum(hay.charAt(at - 1)) && !isAlnum(hay.charAt(at + needle.length))) return at
    at = hay.indexOf(needle, at + 1)
  }
  return -1
}
