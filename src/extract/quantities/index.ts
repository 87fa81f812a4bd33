import { assertString } from '../../errors.js'
import type { Quantity } from '../../schema.js'
import { digitQuantities } from './digits.js'
import { spelledQuantities } from './spelled.js'

/**
 * Reported numbers in `text`, with unit, scale, range, comparator and the noun they count or
 * measure — a number grammar written for ML abstracts.
 *
 * The digit path is a single left-to-right scan (no tagger): each run of digits is read with its
 * prefix (sign, symbol comparator `<`/`~`/`$\sim$`/`≈`, multiplier `x8.8`) and suffix (`%`, `\%`,
 * `percent`, `pp`, `x`, `×`, `$\times$`, `-fold`, `times`, `8-bit`, `2-to-8b`, `62ms`, `76 minutes`,
 * `1 GPU hour`, `2.1 dB`, `3 GFLOPs`, `16GB`, scale suffixes `10k`/`130M`/`1.5B`/`1.4T`/`300 million`),
 * then neighbours are joined into ranges (`3.2 - 4.4x`, `2 -- 6x`, `2.1–3.5 dB`, `from 2 to 5`,
 * `between 3 and 4`), grids (`3x3` → 3), ratios (`5:1` → 5, unit null, as a grid), fractions
 * (`1/4` → 0.25) and coordinations that share a unit (`4 and 8 bits, respectively` → 4 bit, 8 bit).
 * Digits that belong to something else yield nothing, decided by the token's shape and context, not
 * by lists of names: digits glued to letters (`INT4`, `SageAttention2`, `3D`), joined to a word by a
 * hyphen (`Llama-3-8B`, `ResNet-50`, `top-1`, `ImageNet-1K`), after an apostrophe (`NEVIS'22`), a
 * bare number after a capitalised token (`Llama 3.1`, `DurIAN-E 2`), exponents and indices (`L$^2$`,
 * `ell_2`, digits inside a sub- or superscript group `h_{i+1}`), licence versions (`CC-BY 4.0
 * license`, `licensed under CC BY-NC 4.0`), big-O arguments (`O(n^2)`), dotted chains (`1.2.3`), URLs, list markers (`(1)`, `2)`), citations (`[12]`), years
 * (1950–2039 without a unit), references (`Table 1`) and error bars (`± 0.2`).
 *
 * Spelled-out counts and multipliers (`four experiments`, `two-stage`, `twice`, `two times smaller`,
 * `a quarter`, `by half`) are looked for only in texts a cheap pre-check finds number words in. A
 * plain number word before a plural noun is read from a small lexicon; the phrases the lexicon
 * cannot settle (`twenty-three`, `two hundred`, a singular head noun) go to compromise, batched into
 * one call per text, which tags them (cardinal value, noun head). A spelled-out number is kept only
 * when it counts something (a noun follows) or reports a multiplier or fraction; `one` is kept
 * only as `just/only/exactly one`; `the two models`, `any two layers` refer back and are skipped.
 *
 * Conventions (the gold guideline's): the value has the scale and unit prefix applied
 * (`130M` → 130000000, `62ms` → 0.062 `second`, `8 GB` → 8e9 `byte`); a range gives its low end in
 * `value` and its high end in `max`; units outside the closed vocabulary (`22nm`, `180 Gop/s`) give
 * `unit: null` and the value as written; percentage points are `percent`; a grid (`512times512`) is
 * its first number with `unit: null`. Symbol comparators are inside `text`; word comparators
 * (`up to` → `<=`, `more than`/`over` → `>`, `at least` → `>=`, `less than` → `<`,
 * `about`/`around`/`nearly`/`approximately` → `~`, a trailing `or less` → `<=`) set `comparator` but
 * stay outside `text`. Repeated MathJax copies (`\sim 3\times\sim 3\times`) give one quantity.
 *
 * Nouns: the plain noun (phrase) to the right; a hyphenated count is an adjective, so the head after
 * it is the noun (`130M-parameter model` → `model`, as `8-bit matrix multiplication` in the gold); a
 * metric keeps its cut-off (`pass@1`); prepositions, frequent verbs (`70M to 7B demonstrate`), a lone
 * adjective (`16x16 spatial.`), an adverb after the head (`benchmark newly`) and a hyphen used as a
 * dash (`masks-an average`) end it or leave it null.
 *
 * Limits: the noun is read to the right only and without a tagger (`an accuracy of 75.2%` has
 * none; a capitalised modifier stays in the compound; verbs are known from a closed list); a bare
 * number right after a capitalised name is taken for a version (`ImageNet 82.3` is skipped); years
 * in 1950–2039 without a unit are skipped even when they count (`2000 images`); ranges are read only
 * between adjacent numbers; a time of day (`10:30`) reads as a ratio.
 *
 * Source: papermeta's own grammar, written against the project's gold annotation guideline
 * (quantities section) and the public failure reports of other number parsers it turns into tests
 * (quantulum3 #20, #126, #200; Recognizers-Text #2977; pandoc #710; MathJax copies in scraped
 * arXiv HTML).
 *
 * @param text - Plain text (a title or an abstract); LaTeX leftovers are read as written.
 * @returns Quantities in text order. `span` holds UTF-16 offsets into `text` (end exclusive) with
 *   `field: 'text'`, and `text.slice(span.start, span.end) === quantity.text`.
 * @throws {InvalidArgumentError} When `text` is not a string: ``Expected string, not `42` ``.
 * @example
 * extractQuantities('with only 36.7% parameters and a 3.2 - 4.4x speedup')
 * //=> [
 * //   { text: '36.7%', value: 36.7, max: null, unit: 'percent', noun: 'parameters', comparator: null, … },
 * //   { text: '3.2 - 4.4x', value: 3.2, max: 4.4, unit: 'times', noun: 'speedup', comparator: null, … },
 * // ]
 */
export function extractQuantities(text: string): Quantity[] {
  assertString(text)
  const digits = digitQuantities(text)
  const spelled = spelledQuantities(text, digits)
  if (spelled.length === 0) return digits
  return [...digits, ...spelled].sort((x, y) => x.span.start - y.span.start)
}
