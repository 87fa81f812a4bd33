/**
 * LaTeX leftovers in arXiv abstracts (`\textbf{…}`, `$\times$`, `~`, `\sysname`): a same-length mask, so the
 * rules can read plain words while every offset still points into the original string.
 *
 * @module
 */

/** Formatting commands whose argument is ordinary text: `\textbf{MoLA}` reads as `MoLA`. */
const WRAPPER = /\\(?:text(?:bf|it|tt|sc|sf|rm|normal|up)?|emph|mathrm|mathbf|mathit|mathsf|mathtt|mathcal|underline|bf|it|em|tt|sc|url|href|operatorname|mbox|hbox)\*?\s*\{/gy

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
  let i = 0
  while (i < text.length) {
    const c = text.charAt(i)
    if (c === '\\') {
      WRAPPER.lastIndex = i
      const wrapper = WRAPPER.exec(text)
      if (wrapper) {
        out += ' '.repeat(wrapper[0].length)
        i += wrapper[0].length
        continue
      }
      const next = text.charAt(i + 1)
      if (next === '%' || next === '_' || next === '&' || next === '#' || next === ',' || next === ' ') {
        out += ' '
        i++
        continue
      }
      out += c
      i++
      continue
    }
    out += c === '{' || c === '}' || c === '$' || c === '~' ? ' ' : c
    i++
  }
  return out
}
