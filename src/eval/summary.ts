/**
 * One summary table over every evaluation suite (dev gold, SDU acronyms, HF repo mentions), with
 * the acceptance targets of the project's issues.
 *
 * @module
 */
import type { EvalReport } from './score.js'
import type { RepoMentionReport } from './repo-mentions.js'
import type { SduReport } from './sdu.js'

/** One row: a figure, its target (`>=`), and whether it is met. */
export interface SummaryRow {
  suite: string
  metric: string
  value: number
  target: number | null
  met: boolean | null
}

/** All the reports of one evaluation run; absent suites are left out. */
export interface EvalReports {
  gold?: EvalReport | undefined
  sdu?: SduReport | undefined
  repos?: RepoMentionReport | undefined
}

/** Targets from the issues (dev gold; the unseen halves are held to these minus a margin). */
const TARGETS = {
  methodStrict: 0.95,
  linksF1: 1,
  linkKind: 1,
  linkGithub: 1,
  code: 0.97,
  quantitiesF1: 0.95,
  nouns: 0.85,
  sduMacroF1: 0.88,
  sduLongRecall: 0.8,
  repoMentions: 0.995,
}

/** The summary rows of the reports given. */
export function summarize(reports: EvalReports): SummaryRow[] {
  const rows: SummaryRow[] = []
  const add = (suite: string, metric: string, value: number, target: number | null) =>
    rows.push({ suite, metric, value, target, met: target === null ? null : value >= target - 1e-9 })
  const { gold, sdu, repos } = reports
  if (gold) {
    add('dev gold', 'method strict F1', gold.method.strict.f1, TARGETS.methodStrict)
    add('dev gold', 'method lenient F1', gold.method.lenient.f1, null)
    add('dev gold', 'links F1', gold.links.f1, TARGETS.linksF1)
    add('dev gold', 'link kind accuracy', gold.links.kindAccuracy, TARGETS.linkKind)
    add('dev gold', 'link github accuracy', gold.links.githubAccuracy, TARGETS.linkGithub)
    add('dev gold', 'code status accuracy', gold.code.accuracy, TARGETS.code)
    add('dev gold', 'quantities (digits) F1', gold.quantities.f1, TARGETS.quantitiesF1)
    add('dev gold', 'quantity noun accuracy', gold.quantities.nounAccuracy, TARGETS.nouns)
    add('dev gold', 'spelled-out precision', gold.quantities.spelledPrecision, null)
    add('dev gold', 'spelled-out recall', gold.quantities.spelledRecall, null)
  }
  if (sdu) {
    add('SDU-21 acronyms', 'macro F1', sdu.macro.f1, TARGETS.sduMacroF1)
    add('SDU-21 acronyms', 'long-form recall', sdu.long.recall, TARGETS.sduLongRecall)
    add('SDU-21 acronyms', 'short-form F1', f1(sdu.short.precision, sdu.short.recall), null)
  }
  if (repos) add('HF repo mentions', 'repo found', repos.rate, TARGETS.repoMentions)
  return rows
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r)
}

/** The rows as an aligned text table. */
export function formatSummary(rows: readonly SummaryRow[]): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`
  const table = [['suite', 'metric', 'value', 'target', ''], ...rows.map((r) => [r.suite, r.metric, pct(r.value), r.target === null ? '—' : `≥ ${pct(r.target)}`, r.met === null ? '' : r.met ? 'ok' : 'BELOW'])]
  const widths = table[0]?.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length))) ?? []
  return `${table.map((row) => row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n')}\n`
}
