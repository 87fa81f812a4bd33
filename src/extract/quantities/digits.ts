/**
 * The digit path of the quantity extractor: atoms → candidates → quantities with comparators
 * and nouns. No tagger, one scan, linear in the length of the text.
 *
 * @module
 */
import type { Quantity } from '../../schema.js'
import { combine, type Candidate } from './combine.js'
import { after, wordBefore } from './comparators.js'
import { nounAfter } from './nouns.js'
import { scanAtoms, type Atom } from './numbers.js'

/**
 * Quantities written with digits in `text`, in order (see `extractQuantities` for the grammar).
 *
 * @param text - The text.
 * @returns Quantities with `span.field: 'text'`.
 */
export function digitQuantities(text: string): Quantity[] {
  if (!/\d/u.test(text)) return []
  const atoms = scanAtoms(text)
  guardUrls(text, atoms)
  guardElliptical(text, atoms)
  const candidates = combine(text, atoms, (at) => nounAfter(text, at) !== null)
  const out: Quantity[] = []
  for (const c of candidates) {
    // Hundreds of digits overflow a double: such a run is not a reported number.
    if (!Number.isFinite(c.value) || (c.max !== null && !Number.isFinite(c.max))) continue
    const q = toQuantity(text, c)
    const prev = out[out.length - 1]
    // MathJax leaves each formula twice (`\sim 3\times\sim 3\times`): one claim, one quantity.
    if (prev && prev.span.end === q.span.start && prev.text === q.text) continue
    out.push(q)
  }
  return out
}

/** Finish a candidate: trailing `+` / `or less`, word comparator, noun. */
function toQuantity(text: string, c: Candidate): Quantity {
  let end = c.end
  let comparator = c.comparator
  const trailing = after(text, end)
  if (trailing) {
    end = trailing.end
    comparator ??= trailing.comparator
  }
  comparator ??= wordBefore(text, c.start, c.adjective)
  const noun = nounAfter(text, end)
  return {
    text: text.slice(c.start, end),
    value: c.value,
    max: c.max,
    unit: c.unit,
    noun,
    comparator,
    rule: c.rule,
    confidence: c.confidence,
    span: { field: 'text', start: c.start, end },
  }
}

/** A URL written in the text (its digits are part of an address). */
const URL = /(?:https?:\/\/|www\.)[^\s<>"]+/giu

/** Digits inside a URL (`https://example.org/v2/item?id=5`) are not quantities. */
function guardUrls(text: string, atoms: Atom[]): void {
  if (!text.includes('http') && !text.includes('www.')) return
  let k = 0
  for (const m of text.matchAll(URL)) {
    const end = m.index + m[0].length
    while (k < atoms.length && atoms[k]!.numStart < m.index) k++
    while (k < atoms.length && atoms[k]!.numStart < end) atoms[k++]!.guard = 'name'
  }
}

/**
 * Elliptical names: a number coordinated with a name-number takes its guard when it has the same
 * shape (`ImageNet-1K and 4K`, `LLaMA-7B and 13B`, `MobileLLM-125M to 600M`) or is a whole number that
 * counts nothing after a name ending in its number (`CIFAR-10 and 100`).
 */
function guardElliptical(text: string, atoms: Atom[]): void {
  for (let k = 1; k < atoms.length; k++) {
    const a = atoms[k - 1]!
    const b = atoms[k]!
    if (a.guard !== 'name' || b.guard !== null || b.xPrefix || b.comparator || b.sign === -1) continue
    const gap = text.slice(a.end, b.start).replace(/^\p{L}+/u, '')
    const coordinated = /^(?:,[ \u00a0]?(?:(?:and|or)[ \u00a0])?|[ \u00a0](?:and|or)[ \u00a0]|\/)$/u.test(gap)
    // `MobileLLM-125M to 600M`: the second size names the same family.
    const toSameFamily = /^[ \u00a0]to[ \u00a0]$/u.test(gap)
    if (!coordinated && !toSameFamily) continue
    const aLetters = /^\p{L}+/u.exec(text.slice(a.numEnd, a.numEnd + 8))?.[0] ?? ''
    const bLetters = b.suffix ? text.slice(b.numEnd, b.suffix.end).trim() : ''
    const sameShape = aLetters !== '' && aLetters === bLetters
    // Only a whole number after a name that ends in its number (`CIFAR-10 and 100`); a decimal is a score
    // (`88.2 on Zeta2Web, 47.5 on DeskWorld`, `QUIZ'25 and 5.21`).
    const countsNothing = coordinated && b.suffix === null && b.integer && aLetters === '' && nounAfter(text, b.end) === null
    if (sameShape || countsNothing) b.guard = 'name'
  }
}
