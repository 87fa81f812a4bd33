import type { Quantity } from '../../schema.js'

/**
 * Reported numbers in `text` with units, ranges and nouns.
 *
 * First version: digits with an optional `%` or `x`. (Replaced by the quantity issue.)
 *
 * @param text - Plain text.
 * @returns Quantities in order; `span.field` is `'text'`.
 */
export function extractQuantities(text: string): Quantity[] {
  const out: Quantity[] = []
  const re = /(?<![\w.-])(\d+(?:\.\d+)?)(%|x\b)?/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const unit = m[2] === '%' ? 'percent' : m[2] === 'x' ? 'times' : null
    out.push({
      text: m[0],
      value: Number(m[1]),
      max: null,
      unit,
      noun: null,
      comparator: null,
      rule: 'digits',
      confidence: 0.5,
      span: { field: 'text', start: m.index, end: m.index + m[0].length },
    })
  }
  return out
}
