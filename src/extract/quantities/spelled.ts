/**
 * Spelled-out numbers that count or report something: `four experiments`, `two-stage`,
 * `twenty-three datasets`, `twice as fast`, `two times smaller`, `a quarter of the layers`,
 * `by more than half`.
 *
 * A cheap regular expression finds number words; fractions and multipliers are read by rule.
 * A count is kept when a noun follows (`three limitations`, `seven widely used benchmarks`) or it
 * forms a compound adjective (`two-step`); `one` is kept only as `just/only/exactly one`; a number
 * after `the`, `any`, `both`, `each` (`the two models`, `any two layers`) refers back and is skipped.
 * A plain number word before a plural head is settled by the lexicon below; the rest (number phrases
 * such as `twenty-three` or `two hundred`, singular heads) go to compromise as short phrases, batched
 * into one call per text: its tags give the cardinal words (summed here) and confirm the noun head.
 *
 * @module
 */
import { compromise } from '../../_lib/compromise.js'
import type { Quantity, Unit } from '../../schema.js'
import { wordBefore } from './comparators.js'
import { nounAfter, nounSpanAfter } from './nouns.js'

const CARDINALS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety'

/** Any number word worth a closer look. */
const PRECHECK = new RegExp(`(?<!\\p{L})(?:${CARDINALS}|twice|thrice|half|quarters?|thirds?)(?!\\p{L})`, 'iu')
const WORDS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CARDINALS})(?!\\p{L})`, 'giu')

/** Small values of the cardinals, for fractions and multipliers read by rule. */
const SMALL: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 }

/** `a quarter`, `three quarters`, `two thirds`, `one half`, `a third of`. */
const FRACTION = /(?<!\p{L})(a|one|two|three)[ -](quarters?|thirds?|half)(?!\p{L})/giu
/** `half` reported as a change (`by half`, `by more than half`, `cut in half`). */
const HALF = /(?<!\p{L})(?:by|than|in|to) half(?![\p{L}-])(?! of)/giu
/** `twice` / `thrice` as a multiplier (`twice as fast`, `twice the throughput`, `twice faster`). */
const TWICE = /(?<!\p{L})(twice|thrice)(?= (?:as|the|that|more|fewer|less|faster|slower|larger|smaller|higher|lower|bigger|longer|shorter)\b)/giu
/** `two times smaller`, `three-fold speedup`. */
const TIMES = new RegExp(`(?<!\\p{L})(${CARDINALS})(?: times(?= (?:as|the|more|fewer|less|faster|slower|larger|smaller|higher|lower|bigger|longer|shorter|speedup|speed-up)\\b)|[- ]fold(?!\\p{L}))`, 'giu')

/** Words before a number that make it refer back or quantify loosely (`the two models`, `any two layers`). */
const REFERRING = /(?<!\p{L})(?:the|any|both|each|every|either|which|whose|other|same) $/iu
/** `one` counts only in `just one layer`, `only one`, `exactly one`. */
const ONE_COUNTS = /(?<!\p{L})(?:just|only|exactly|single) $/iu

/** At most this many phrases per text go to compromise (its tagger costs about a millisecond per short phrase). */
const MAX_WINDOWS = 200

const FRACTION_VALUE: Record<string, number> = { quarter: 1 / 4, quarters: 1 / 4, third: 1 / 3, thirds: 1 / 3, half: 1 / 2 }

interface Found {
  start: number
  end: number
  value: number
  unit: Unit | null
  noun: string | null
  rule: string
  confidence: number
}

/**
 * Spelled-out quantities of `text` that are not inside a digit quantity.
 *
 * @param text - The text.
 * @param digits - Quantities already found with digits (their spans are left alone).
 * @returns Spelled-out quantities in text order, `span.field: 'text'`.
 */
export function spelledQuantities(text: string, digits: readonly Quantity[]): Quantity[] {
  if (!PRECHECK.test(text)) return []
  const found: Found[] = []
  // Characters already inside a quantity (digits, then rule-read fractions and multipliers).
  const covered = new Uint8Array(text.length)
  const cover = (start: number, end: number): void => {
    covered.fill(1, start, end)
  }
  const taken = (start: number, end: number): boolean => {
    for (let k = start; k < end; k++) if (covered[k]) return true
    return false
  }
  const keep = (f: Found): void => {
    if (taken(f.start, f.end)) return
    found.push(f)
    cover(f.start, f.end)
  }
  for (const q of digits) cover(q.span.start, q.span.end)

  // Each rule below needs its stem in the text: a cheap test in lower case first (no stem holds `s` or `k`,
  // the letters that `ſ` and the Kelvin sign also match under the `iu` flags).
  const lower = text.toLowerCase()
  const has = (...stems: string[]): boolean => stems.some((stem) => lower.includes(stem))
  for (const m of has('quarter', 'third', 'half') ? text.matchAll(FRACTION) : []) {
    const [whole, count = '', part = ''] = m
    const lowerCount = count.toLowerCase()
    const lowerPart = part.toLowerCase()
    if ((lowerPart === 'third' || lowerPart === 'half') && lowerCount !== 'one' && !text.startsWith(' of', m.index + whole.length)) continue
    const value = (SMALL[lowerCount] ?? 1) * (FRACTION_VALUE[lowerPart] ?? 0)
    keep({ start: m.index, end: m.index + whole.length, value, unit: null, noun: null, rule: 'spelled-fraction', confidence: 0.7 })
  }
  for (const m of has('half') ? text.matchAll(HALF) : []) {
    const start = m.index + m[0].length - 4
    keep({ start, end: start + 4, value: 0.5, unit: null, noun: null, rule: 'spelled-fraction', confidence: 0.6 })
  }
  for (const m of has('twice', 'thrice') ? text.matchAll(TWICE) : []) {
    const word = m[1] ?? ''
    keep({ start: m.index, end: m.index + word.length, value: word.toLowerCase() === 'twice' ? 2 : 3, unit: 'times', noun: null, rule: 'spelled-multiplier', confidence: 0.75 })
  }
  for (const m of has('time', 'fold') ? text.matchAll(TIMES) : []) {
    const word = (m[1] ?? '').toLowerCase()
    const value = SMALL[word] ?? Number.NaN
    if (Number.isNaN(value)) continue
    keep({ start: m.index, end: m.index + m[0].length, value, unit: 'times', noun: nounAfter(text, m.index + m[0].length), rule: 'spelled-multiplier', confidence: 0.75 })
  }

  // Counts: cheap filters first; the lexicon or compromise settles what is left.
  const counts: Array<{ start: number; end: number; hyphen: boolean }> = []
  for (const m of text.matchAll(WORDS)) {
    const start = m.index
    const end = start + m[0].length
    if (taken(start, end)) continue
    const before = text.slice(Math.max(0, start - 12), start)
    const lower = m[0].toLowerCase()
    if (lower === 'one' && !ONE_COUNTS.test(before)) continue
    if (REFERRING.test(before)) continue
    // Part of a larger number phrase already queued (`twenty three`).
    const last = counts[counts.length - 1]
    if (last && start - last.end <= 1) continue
    // `twenty-three` is one number; `two-stage` a compound adjective.
    const hyphen = text.charAt(end) === '-' && /^-\p{L}/u.test(text.slice(end, end + 2)) && !/^-(?:one|two|three|four|five|six|seven|eight|nine)(?!\p{L})/iu.test(text.slice(end, end + 7))
    if (hyphen && /^-(?:dimensional|d|way|shot|to|or|and|fold)(?!\p{L})/iu.test(text.slice(end, end + 14))) continue
    counts.push({ start, end, hyphen })
  }
  if (counts.length > 0) found.push(...readCounts(text, counts))

  return found
    .filter((f) => f.value > 0)
    .sort((x, y) => x.start - y.start)
    .map((f) => ({
      text: text.slice(f.start, f.end),
      value: f.value,
      max: null,
      unit: f.unit,
      noun: f.noun,
      comparator: wordBefore(text, f.start, false),
      rule: f.rule,
      confidence: f.confidence,
      span: { field: 'text' as const, start: f.start, end: f.end },
    }))
}

/** Tags compromise gives the words it reads. */
interface TermJson {
  text: string
  tags: string[]
  offset: { start: number; length: number }
}

/** A plural head noun (`experiments`, `datasets`, `hyper-parameters`; not `loss`, `analysis`). */
const PLURAL_HEAD = /\p{Ll}(?:[^su]s|[^s]es)$/u

/** Whether compromise tagged a term as a cardinal number (`three`, not `third`, not the pronoun `one`). */
function isCardinal(tags: readonly string[]): boolean {
  return tags.includes('Value') && !tags.includes('Ordinal') && !tags.includes('Pronoun') && !tags.includes('NumericValue')
}

const UNIT_VALUE: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}
const MULTIPLE_VALUE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 }

/** The value of number words (`twenty three` → 23, `two hundred` → 200), or null when one is not a number word. */
function wordsValue(words: readonly string[]): number | null {
  let total = 0
  let current = 0
  for (const raw of words) {
    const word = raw.replace(/[^a-z]/g, '')
    if (word === 'and') continue
    if (word === 'hundred') current = (current || 1) * 100
    else if (MULTIPLE_VALUE[word] !== undefined) {
      total += (current || 1) * MULTIPLE_VALUE[word]
      current = 0
    } else if (UNIT_VALUE[word] !== undefined) current += UNIT_VALUE[word]
    else return null
  }
  return total + current
}

/** Parse the count candidates with compromise, one call for all of them. */
function readCounts(text: string, counts: ReadonlyArray<{ start: number; end: number; hyphen: boolean }>): Found[] {
  const out: Found[] = []
  // Candidates the lexicon cannot settle go to compromise as short windows: the number phrase and the noun phrase after it.
  const windows: Array<{ start: number; end: number; at: number; noun: { start: number; end: number; headStart: number } | null }> = []
  let batch = ''
  for (const c of counts) {
    let end: number
    let noun: { start: number; end: number; headStart: number } | null = null
    const word = text.slice(c.start, c.end).toLowerCase()
    // `twenty three datasets`, `two hundred images`: the number phrase runs over several words.
    let numberEnd = c.end
    for (;;) {
      const more = /^[ -](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million|billion)(?!\p{L})/iu.exec(text.slice(numberEnd, numberEnd + 10))
      if (!more) break
      numberEnd += more[0].length
    }
    const simple = numberEnd === c.end && UNIT_VALUE[word] !== undefined
    if (c.hyphen) {
      end = c.end
      while (end < text.length && /[-\p{L}]/u.test(text.charAt(end))) end++
      if (simple) {
        // A compound adjective (`two-step`, `three-stage`, `six-decoder-layer`).
        out.push({ start: c.start, end, value: UNIT_VALUE[word]!, unit: null, noun: null, rule: 'spelled-compound', confidence: 0.6 })
        continue
      }
    } else {
      noun = nounSpanAfter(text, numberEnd)
      if (!noun) continue
      end = noun.end
      // A plain number word before a plural head (`four experiments`, `seven widely used benchmarks`) needs no tagger.
      if (simple && PLURAL_HEAD.test(text.slice(noun.headStart, noun.end))) {
        out.push({ start: c.start, end: c.end, value: UNIT_VALUE[word]!, unit: null, noun: text.slice(noun.start, noun.end), rule: 'spelled-count', confidence: 0.65 })
        continue
      }
    }
    // Abstracts hold a handful; a text with hundreds is not prose worth tagging phrase by phrase.
    if (windows.length >= MAX_WINDOWS) continue
    if (batch) batch += '\n\n'
    windows.push({ start: c.start, end, at: batch.length, noun })
    batch += text.slice(c.start, end)
  }
  if (windows.length === 0) return out
  // Batch offset → text offset: binary search over the windows (in batch order).
  const toText = (batchOffset: number): number => {
    let lo = 0
    let hi = windows.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (windows[mid]!.at <= batchOffset) lo = mid
      else hi = mid - 1
    }
    const w = windows[lo]!
    return w.start + (batchOffset - w.at)
  }
  // One tagging pass (the `numbers()` view costs several times more, so the value is summed here
  // from the terms compromise tags as cardinal values).
  const terms: Array<{ start: number; end: number; word: string; tags: string[] }> = []
  for (const sentence of compromise()(batch).json({ offset: true }) as Array<{ terms: TermJson[] }>) {
    for (const term of sentence.terms) {
      const start = toText(term.offset.start)
      terms.push({ start, end: start + term.offset.length, word: term.text.toLowerCase(), tags: term.tags })
    }
  }
  const tags = new Map<number, string[]>()
  const values = new Map<number, { value: number; end: number }>()
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!
    tags.set(t.start, t.tags)
    if (!isCardinal(t.tags) || values.has(t.start)) continue
    const words: string[] = []
    let end = t.end
    for (let m = k; m < terms.length && isCardinal(terms[m]!.tags) && (m === k || terms[m]!.start - end <= 1); m++) {
      words.push(terms[m]!.word)
      end = terms[m]!.end
    }
    const value = wordsValue(words)
    if (value !== null) values.set(t.start, { value, end })
  }

  for (const w of windows) {
    const parsed = values.get(w.start)
    if (!parsed || parsed.value <= 0 || !Number.isInteger(parsed.value)) continue
    if (!w.noun) {
      // A compound adjective (`two-step`, `three-stage`, `six-decoder-layer`).
      out.push({ start: w.start, end: w.end, value: parsed.value, unit: null, noun: null, rule: 'spelled-compound', confidence: 0.6 })
      continue
    }
    // The head of the noun phrase must be a noun for compromise too (`two successive and ...` is not a count).
    const headTags = tags.get(w.noun.headStart)
    if (headTags && (!headTags.includes('Noun') || headTags.includes('Pronoun'))) continue
    out.push({ start: w.start, end: parsed.end, value: parsed.value, unit: null, noun: text.slice(w.noun.start, w.noun.end), rule: 'spelled-count', confidence: 0.65 })
  }
  return out
}
