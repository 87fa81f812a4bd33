/**
 * `papermeta eval --gold FILE [--data FILE] [--sdu FILE] [--hf-sample FILE] [--json] [--report FILE]`:
 * score papers against a gold annotation with the metrics of `gold/score.mjs` (same table, or its
 * JSON report with `--json`); with `--sdu` / `--hf-sample` also score `extractAbbreviations` on the
 * SDU-21 acronym set and `extractLinks` on the HF repo mentions, and print one summary table first.
 * `npm run eval` runs this command on freshly extracted papers.
 *
 * @internal
 * @module
 */
import { writeFileSync } from 'node:fs'
import { readJsonRecords } from '../eval/read.js'
import { formatRepoMentionReport, scoreRepoMentions, type RepoMentionReport, type RepoMentionRow } from '../eval/repo-mentions.js'
import { formatEvalReport, scorePapers, type GoldPaper, type PredictedPaper } from '../eval/score.js'
import { formatSduReport, scoreSdu, type SduReport, type SduSentence } from '../eval/sdu.js'
import { formatSummary, summarize } from '../eval/summary.js'
import { DataError, loadPapers, readText } from './data.js'
import { EXIT_INPUT, EXIT_OK, Output, type Io } from './io.js'

/** Options of the `eval` command. */
export interface EvalOptions {
  gold: string
  data?: string | undefined
  sdu?: string | undefined
  hfSample?: string | undefined
  json?: boolean | undefined
  report?: string | undefined
}

/** Whether a gold entry has the fields the scorer needs. */
function isGold(value: unknown): value is GoldPaper {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return typeof entry.title === 'string' && Array.isArray(entry.repos) && Array.isArray(entry.quantities) && 'method' in entry && 'code' in entry
}

function isSduSentence(value: unknown): value is SduSentence {
  const entry = value as Partial<SduSentence> | null
  return typeof entry === 'object' && entry !== null && Array.isArray(entry.tokens) && Array.isArray(entry.labels)
}

/** Run `eval`; resolves to the exit code. */
export async function evalCommand(options: EvalOptions, io: Io): Promise<number> {
  const goldRead = readJsonRecords(readText(options.gold))
  const problems = goldRead.problems.map((p) => `${options.gold}:${p.line}:${p.column}: ${p.message}`)
  const gold: GoldPaper[] = []
  for (const { value, line } of goldRead.records) {
    if (isGold(value)) gold.push(value)
    else problems.push(`${options.gold}:${line}: Expected a gold entry with \`title\`, \`method\`, \`repos\`, \`code\` and \`quantities\`; the entry was skipped`)
  }
  if (gold.length === 0) throw new DataError(`${options.gold}: Expected gold entries (JSON Lines, see gold/GUIDELINE.md), found none`)
  const loaded = await loadPapers(options.data, false, io.stdin)
  problems.push(...loaded.problems)
  const report = scorePapers(loaded.papers as PredictedPaper[], gold)

  let sdu: SduReport | undefined
  let repos: RepoMentionReport | undefined
  if (options.sdu !== undefined || options.hfSample !== undefined) {
    const { extractAbbreviations, extractLinks } = await import('../extract.js')
    if (options.sdu !== undefined) {
      const read = readJsonRecords(readText(options.sdu))
      problems.push(...read.problems.map((p) => `${options.sdu}:${p.line}:${p.column}: ${p.message}`))
      const sentences = read.records.map((r) => r.value).filter(isSduSentence)
      if (sentences.length === 0) throw new DataError(`${options.sdu}: Expected SDU sentences ({ id, tokens, labels }), found none`)
      sdu = scoreSdu(sentences, extractAbbreviations)
    }
    if (options.hfSample !== undefined) {
      const read = readJsonRecords(readText(options.hfSample))
      problems.push(...read.problems.map((p) => `${options.hfSample}:${p.line}:${p.column}: ${p.message}`))
      repos = scoreRepoMentions(read.records.map((r) => r.value as RepoMentionRow), extractLinks)
    }
  }
  for (const problem of problems) io.stderr.write(`papermeta: error: ${problem}\n`)

  const combined = sdu !== undefined || repos !== undefined
  const summary = summarize({ gold: report, sdu, repos })
  const full = { summary, gold: report, ...(sdu ? { sdu } : {}), ...(repos ? { repos } : {}) }
  if (options.report !== undefined) writeFileSync(options.report, `${JSON.stringify(full, null, 2)}\n`)

  const out = new Output(io.stdout)
  if (options.json) await out.write(`${JSON.stringify(combined ? full : report, null, 2)}\n`)
  else if (!combined) await out.write(formatEvalReport(report))
  else {
    const sections = [`## Summary\n\n${formatSummary(summary)}`, `## Dev gold (${options.gold})\n\n${formatEvalReport(report)}`]
    if (sdu) sections.push(`## SDU@AAAI-21 acronyms (${options.sdu}, ${sdu.sentences} sentences)\n\n${formatSduReport(sdu)}`)
    if (repos) sections.push(`## HF repo mentions (${options.hfSample})\n\n${formatRepoMentionReport(repos)}`)
    await out.write(sections.join('\n'))
  }
  await out.close(false)
  return problems.length > 0 ? EXIT_INPUT : EXIT_OK
}
