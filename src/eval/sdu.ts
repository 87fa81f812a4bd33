/**
 * Scoring of short-form / long-form detection on the SDU@AAAI-21 acronym-identification data
 * (shared task 1): a TypeScript port of `corpora/score-sdu.mjs`, the task's official phrase-level
 * metric. A predicted span counts when it covers exactly a gold token span; precision and recall
 * for short forms and long forms; their averages give the macro P, R and F1.
 *
 * Source: Veyseh et al. (2020), "What Does This Acronym Mean? Introducing a New Dataset for
 * Acronym Identification and Disambiguation" (COLING 2020); data CC BY-NC-SA 4.0, never bundled.
 *
 * @module
 */
import type { Abbreviation } from '../schema.js'

/** One sentence of the SDU data: tokens and BIO labels (`O`, `B-short`, `I-short`, `B-long`, `I-long`). */
export interface SduSentence {
  id: string
  tokens: string[]
  labels: string[]
}

/** Precision and recall of one kind of span. */
export interface SduPr {
  precision: number
  recall: number
}

/** The report: the same JSON as `score-sdu.mjs --json`. */
export interface SduReport {
  sentences: number
  short: SduPr
  long: SduPr
  macro: { precision: number; recall: number; f1: number }
}

type Spans = Pick<Abbreviation, 'shortStart' | 'shortEnd' | 'longStart' | 'longEnd'>

/** Token index span `first-last` covered by the character span [start, end) of `tokens.join(' ')`. */
function tokenSpan(tokens: readonly string[], start: number, end: number): string | null {
  let offset = 0
  let first = -1
  let last = -1
  tokens.forEach((token, i) => {
    const s = offset
    const e = offset + token.length
    if (e > start && s < end) {
      if (first < 0) first = i
      last = i
    }
    offset = e + 1
  })
  return first < 0 ? null : `${first}-${last}`
}

function goldSpans(labels: readonly string[], kind: 'short' | 'long'): Set<string> {
  const spans = new Set<string>()
  let first = -1
  labels.forEach((label, i) => {
    if (label === `I-${kind}` && first >= 0) return
    if (first >= 0) spans.add(`${first}-${i - 1}`)
    first = label === `B-${kind}` || label === `I-${kind}` ? i : -1
  })
  if (first >= 0) spans.add(`${first}-${labels.length - 1}`)
  return spans
}

/**
 * Score abbreviation predictions against the SDU gold.
 *
 * @param gold - The sentences (`sdu21-acronyms-dev.json`).
 * @param predict - Abbreviations of a sentence's text (`tokens.join(' ')`), e.g. `extractAbbreviations`.
 * @returns The report (`short`, `long`, `macro`), as `score-sdu.mjs --json` prints it.
 * @example
 * scoreSdu([{ id: 'a', tokens: ['Graph', 'Networks', '(', 'GN', ')'], labels: ['B-long', 'I-long', 'O', 'B-short', 'O'] }], extractAbbreviations).macro.f1
 * //=> 1
 */
export function scoreSdu(gold: readonly SduSentence[], predict: (text: string) => readonly Spans[]): SduReport {
  const count = { short: [0, 0, 0], long: [0, 0, 0] } as Record<'short' | 'long', [number, number, number]>
  for (const sentence of gold) {
    const predicted = predict(sentence.tokens.join(' '))
    for (const kind of ['short', 'long'] as const) {
      const want = goldSpans(sentence.labels, kind)
      const got = new Set<string>()
      for (const a of predicted) {
        const start = kind === 'short' ? a.shortStart : a.longStart
        const end = kind === 'short' ? a.shortEnd : a.longEnd
        if (start == null || end == null) continue
        const span = tokenSpan(sentence.tokens, start, end)
        if (span) got.add(span)
      }
      const tally = count[kind]
      tally[0] += [...got].filter((s) => want.has(s)).length
      tally[1] += got.size
      tally[2] += want.size
    }
  }
  const pr = ([c, p, g]: [number, number, number]): SduPr => ({ precision: p ? c / p : 1, recall: g ? c / g : 1 })
  const short = pr(count.short)
  const long = pr(count.long)
  const precision = (short.precision + long.precision) / 2
  const recall = (short.recall + long.recall) / 2
  return { sentences: gold.length, short, long, macro: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 } }
}

/** The table `score-sdu.mjs` prints. */
export function formatSduReport(report: SduReport): string {
  const pct = (x: number) => (100 * x).toFixed(2)
  return [
    `short forms  P ${pct(report.short.precision)}  R ${pct(report.short.recall)}`,
    `long forms   P ${pct(report.long.precision)}  R ${pct(report.long.recall)}`,
    `macro        P ${pct(report.macro.precision)}  R ${pct(report.macro.recall)}  F1 ${pct(report.macro.f1)}`,
    '',
  ].join('\n')
}
