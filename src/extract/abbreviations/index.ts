import type { Abbreviation } from '../../schema.js'

/**
 * Every occurrence of a short form (acronym) in `text`, with the long form that defines it
 * where the text does (Schwartz & Hearst 2003).
 *
 * First version: `long form (SHORT)` only, first letters matched. (Replaced by the method-name issue.)
 *
 * @param text - Plain text.
 * @returns Occurrences in order; offsets are UTF-16, end exclusive.
 */
export function extractAbbreviations(text: string): Abbreviation[] {
  const out: Abbreviation[] = []
  const re = /\(([A-Z][A-Za-z]*[A-Z]s?)\)/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const short = m[1] ?? ''
    const shortStart = m.index + 1
    const words = text.slice(0, m.index).trimEnd().split(' ')
    const letters = short.replace(/s$/, '').length
    const longWords = words.slice(-letters)
    const long = longWords.join(' ')
    const longEnd = text.slice(0, m.index).trimEnd().length
    const ok = long.length > 0 && long[0]?.toLowerCase() === short[0]?.toLowerCase()
    out.push({
      short,
      shortStart,
      shortEnd: shortStart + short.length,
      long: ok ? long : null,
      longStart: ok ? longEnd - long.length : null,
      longEnd: ok ? longEnd : null,
      rule: ok ? 'long-short' : 'short-only',
      confidence: ok ? 0.6 : 0.3,
    })
  }
  return out
}
