/**
 * LaTeX leftovers in arXiv abstracts (`\textbf{…}`, `$\times$`, `~`, `\sysname`): a same-length mask, so the
 * rules can read plain words while every offset still points into the original string.
 *
 * @module
 */

/** Formatting commands whose argument is ordinary text: `\textbf{MoLA}` reads as `MoLA`. */
const WRAPPER = /\\(?:text(?:bf|it|tt|sc|sf|rm|normal|up)?|emph|mathrm|mathbf|mathit|mathsf|mathtt|mathcal|underline|bf|it|em|tt|sc|url|href|operatorname|mbox|hbox)\*?\s*\{/gy

/** The characters {@link maskLatex} looks at: a backslash, braces, `$`, `~`. */
const MARKUP = /[\\{}$~]/g

/**
 * Replace LaTeX markup by spaces, keeping the length: wrapper commands (`\textbf{`), braces, `$`, `~` and
 * escaped `\%` `\_` `\&` (their backslash only). Other commands (`\sysname`, `\times`) are kept as they stand,
 * so rules can still see them.
 *
 * Linear in the input length.
 *
 * @param text - Any string.
 * @returns A string of the same length (UTF-16) in which offsets are unchanged.
 * @example
 * maskLatex('a \\textbf{MoE (MoLA)} layer')
 * //=> 'a         MoE (MoLA)  layer'
 */
export function maskLatex(text: string): string {
  if (!/[\\{}$~]/.test(text)) return text
  let out = ''
  // Copy the text between markup characters as it stands; only the markup is rewritten.
  let copied = 0
  MARKUP.lastIndex = 0
  for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) {
    const i = m.index
    if (i > copied) out += text.slice(copied, i)
    copied = i + 1
    if (m[0] !== '\\') {
      out += ' '
      continue
    }
    WRAPPER.lastIndex = i
    const wrapper = WRAPPER.exec(text)
    if (wrapper) {
      out += ' '.repeat(wrapper[0].length)
      copied = i + wrapper[0].length
      MARKUP.lastIndex = copied
      continue
    }
    const next = text.charAt(i + 1)
    out += next === '%' || next === '_' || next === '&' || next === '#' || next === ',' || next === ' ' ? ' ' : '\\'
  }
  return out + text.slice(copied)
}
