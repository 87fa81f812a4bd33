/**
 * Scoring of extracted papers against a gold annotation: a TypeScript port of
 * `../shared/gold/score.mjs` (same matching, same metrics, same numbers, same table), used by
 * `papermeta eval`.
 *
 * Papers are matched to gold entries by title (whitespace folded). Metrics:
 * - method: papers whose gold method is not ambiguous; strict = exact string, lenient = the gold
 *   method or one of its aliases;
 * - links: exact URL strings per paper; kind and GitHub owner/repo checked on matches;
 * - code: accuracy of the code status;
 * - quantities: quantities written with digits, as a (value, max, unit) multiset per paper, from
 *   the abstract only (title quantities are not scored); spelled-out ones are scored apart.
 * A gold paper missing from the predictions counts as predicting nothing for it.
 *
 * Source: the scorer and the annotation guideline of the project's gold (`gold/GUIDELINE.md`).
 *
 * @module
 */

/** A gold entry (`gold/dev.jsonl`, one per line), as written to the annotation guideline. */
export interface GoldPaper {
  index: number
  title: string
  method: string | null
  methodAliases?: string[]
  methodAmbiguous?: boolean
  repos: Array<{ url: string; kind: string; github: string | null }>
  code: string
  quantities: Array<{ text: string; value: number; max: number | null; unit: string | null; noun?: string | null; spelled?: boolean }>
}

/** The fields of a predicted paper the scorer reads (a Paper fits; so do looser shapes). */
export interface PredictedPaper {
  title?: unknown
  method?: null | string | { name?: string | null }
  links?: Array<{ url: string; kind?: string; github?: null | string | { owner: string; repo: string | null } }>
  code?: unknown
  quantities?: Array<{ text?: string; value: number; max?: number | null; unit?: string | null; noun?: string | null; span?: { field?: string } }>
}

/** Precision / recall / F1 with their counts. */
export interface Prf {
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

/** The report: the same JSON as `score.mjs --json`. */
export interface EvalReport {
  papers: number
  missingPapers: number[]
  method: { strict: Prf; lenient: Prf }
  links: Prf & { kindAccuracy: number; githubAccuracy: number }
  code: { accuracy: number }
  quantities: Prf & { nounAccuracy: number; spelledRecall: number; spelledPrecision: number }
  errors: { method: unknown[]; links: unknown[]; code: unknown[]; quantities: unknown[] }
}

type Tally3 = [number, number, number]

const fold = (s: unknown) => String(s ?? '').replace(/\s+/g, ' ').trim()
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b)
function prf(tp: number, fp: number, fn: number): Prf {
  const p = ratio(tp, tp + fp)
  const r = ratio(tp, tp + fn)
  return { tp, fp, fn, precision: p, recall: r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) }
}
const methodName = (m: PredictedPaper['method']) => (m == null ? null : typeof m === 'string' ? m : (m.name ?? null))
/** "owner/repo", or null for an owner-only URL (repo null) and for non-GitHub links. */
const githubSlug = (g: null | undefined | string | { owner: string; repo: string | null }) =>
  g == null ? null : typeof g === 'string' ? g : g.repo ? `${g.owner}/${g.repo}` : null
const quantityKey = (q: { value: number; max?: number | null; unit?: string | null }) =>
  `${Number(q.value).toPrecision(8)}|${q.max == null ? '' : Number(q.max).toPrecision(8)}|${q.unit ?? ''}`
const add = (t: Tally3, tp: number, fp: number, fn: number) => {
  t[0] += tp
  t[1] += fp
  t[2] += fn
}

/**
 * Score predicted papers against gold entries, exactly as `gold/score.mjs` does.
 *
 * @param predictions - Predicted papers (e.g. `Paper[]` from `parsePapers`); matched by folded title.
 * @param gold - Gold entries in guideline order.
 * @returns The report; ratios are 0..1 (1 when there is nothing to count), `errors` lists every
 *   disagreement by gold `index`.
 * @example
 * scorePapers(papers, gold).method.strict.f1 //=> 0.84…
 */
export function scorePapers(predictions: readonly PredictedPaper[], gold: readonly GoldPaper[]): EvalReport {
  const byTitle = new Map(predictions.map((p) => [fold(p.title), p]))
  const tally = {
    missing: [] as number[],
    strict: [0, 0, 0] as Tally3,
    lenient: [0, 0, 0] as Tally3,
    links: [0, 0, 0] as Tally3,
    kindOk: 0,
    githubOk: 0,
    code: [0, 0] as [number, number],
    quantities: [0, 0, 0] as Tally3,
    spelled: [0, 0] as [number, number],
    spelledPredicted: 0,
    nounOk: 0,
    errors: { method: [] as unknown[], links: [] as unknown[], code: [] as unknown[], quantities: [] as unknown[] },
  }

  for (const g of gold) {
    let p = byTitle.get(fold(g.title))
    if (!p) {
      tally.missing.push(g.index)
      p = { title: g.title, method: null, links: [], code: null, quantities: [] }
    }

    if (!g.methodAmbiguous) {
      const got = methodName(p.method)
      const want = g.method
      const accepted = want == null ? [] : [want, ...(g.methodAliases ?? [])]
      const score = (ok: boolean): Tally3 =>
        got == null && want == null ? [0, 0, 0] : got == null ? [0, 0, 1] : want == null ? [0, 1, 0] : ok ? [1, 0, 0] : [0, 1, 1]
      add(tally.strict, ...score(got === want))
      add(tally.lenient, ...score(got !== null && accepted.includes(got)))
      if (got !== want) tally.errors.method.push({ index: g.index, want, got })
    }

    const wantLinks = [...g.repos]
    const gotLinks = p.links ?? []
    let tp = 0
    for (const l of gotLinks) {
      const i = wantLinks.findIndex((r) => r.url === l.url)
      if (i < 0) {
        tally.errors.links.push({ index: g.index, extra: l.url })
        continue
      }
      const [w] = wantLinks.splice(i, 1)
      if (!w) continue
      tp++
      if (l.kind === w.kind) tally.kindOk++
      else tally.errors.links.push({ index: g.index, url: l.url, kind: l.kind, wantKind: w.kind })
      if (githubSlug(l.github) === w.github) tally.githubOk++
      else tally.errors.links.push({ index: g.index, url: l.url, github: githubSlug(l.github), wantGithub: w.github })
    }
    for (const w of wantLinks) tally.errors.links.push({ index: g.index, missed: w.url })
    add(tally.links, tp, gotLinks.length - tp, wantLinks.length)

    tally.code[1]++
    if (p.code === g.code) tally.code[0]++
    else tally.errors.code.push({ index: g.index, want: g.code, got: p.code })

    const want = new Map<string, GoldPaper['quantities']>()
    for (const q of g.quantities.filter((q) => !q.spelled)) {
      const k = quantityKey(q)
      want.set(k, [...(want.get(k) ?? []), q])
    }
    // The gold annotates abstracts only: quantities found in the title (span.field "title") are not scored.
    const fromAbstract = (p.quantities ?? []).filter((q) => q.span?.field !== 'title')
    const gotDigits = fromAbstract.filter((q) => /\d/.test(q.text ?? ''))
    let qtp = 0
    for (const q of gotDigits) {
      const list = want.get(quantityKey(q))
      if (list?.length) {
        const w = list.shift()
        qtp++
        if ((q.noun ?? null) === (w?.noun ?? null)) tally.nounOk++
      } else tally.errors.quantities.push({ index: g.index, extra: q.text, key: quantityKey(q) })
    }
    const left = [...want.values()].flat()
    for (const w of left) tally.errors.quantities.push({ index: g.index, missed: w.text, key: quantityKey(w) })
    add(tally.quantities, qtp, gotDigits.length - qtp, left.length)

    const gotSpelled = fromAbstract.filter((q) => !/\d/.test(q.text ?? '')).map(quantityKey)
    tally.spelledPredicted += gotSpelled.length
    for (const q of g.quantities.filter((q) => q.spelled)) {
      tally.spelled[1]++
      const i = gotSpelled.indexOf(quantityKey(q))
      if (i >= 0) {
        tally.spelled[0]++
        gotSpelled.splice(i, 1)
      }
    }
  }

  return {
    papers: gold.length,
    missingPapers: tally.missing,
    method: { strict: prf(...tally.strict), lenient: prf(...tally.lenient) },
    links: { ...prf(...tally.links), kindAccuracy: ratio(tally.kindOk, tally.links[0]), githubAccuracy: ratio(tally.githubOk, tally.links[0]) },
    code: { accuracy: ratio(...tally.code) },
    quantities: {
      ...prf(...tally.quantities),
      nounAccuracy: ratio(tally.nounOk, tally.quantities[0]),
      spelledRecall: ratio(...tally.spelled),
      spelledPrecision: ratio(tally.spelled[0], tally.spelledPredicted),
    },
    errors: tally.errors,
  }
}

/**
 * The report as the table `score.mjs` prints (without `--json`), lines joined with `\n`, with a
 * final newline.
 *
 * @example
 * formatEvalReport(report).split('\n')[0] //=> 'papers 118, not found in predictions: 0'
 */
export function formatEvalReport(report: EvalReport): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5)
  const row = (name: string, m: Prf) => `${name.padEnd(18)} P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}`
  return [
    `papers ${report.papers}, not found in predictions: ${report.missingPapers.length}`,
    row('method (strict)', report.method.strict),
    row('method (lenient)', report.method.lenient),
    row('links', report.links),
    `${''.padEnd(18)} kind ${pct(report.links.kindAccuracy)}  github ${pct(report.links.githubAccuracy)}`,
    `${'code status'.padEnd(18)} accuracy ${pct(report.code.accuracy)}`,
    row('quantities', report.quantities),
    `${''.padEnd(18)} noun ${pct(report.quantities.nounAccuracy)}  spelled-out P ${pct(report.quantities.spelledPrecision)} R ${pct(report.quantities.spelledRecall)} (information)`,
    '',
  ].join('\n')
}
