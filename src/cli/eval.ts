/**
 * `papermeta eval --gold FILE [--data FILE]`: score papers against a gold annotation with the
 * metrics of `gold/score.mjs` and print the same table (or its JSON report with `--json`).
 *
 * @internal
 * @module
 */
import { readJsonRecords } from '../eval/read.js'
import { formatEvalReport, scorePapers, type GoldPaper, type PredictedPaper } from '../eval/score.js'
import { DataError, loadPapers, readText } from './data.js'
import { EXIT_INPUT, EXIT_OK, Output, type Io } from './io.js'

/** Whether a gold entry has the fields the scorer needs. */
function isGold(value: unknown): value is GoldPaper {
  if (typeof value !== 'object' || value === null) return false
  const entry = value as Record<string, unknown>
  return typeof entry.title === 'string' && Array.isArray(entry.repos) && Array.isArray(entry.quantities) && 'method' in entry && 'code' in entry
}

/** Run `eval`; resolves to the exit code. */
export async function evalCommand(options: { gold: string; data?: string | undefined; json?: boolean | undefined }, io: Io): Promise<number> {
  const goldRead = readJsonRecords(readText(options.gold))
  const problems = goldRead.problems.map((p) => `${options.gold}:${p.line}:${p.column}: ${p.message}`)
  const gold: GoldPaper[] = []
  for (const { value, line } of goldRead.records) {
    if (isGold(value)) gold.push(value)
    else problems.push(`${options.gold}:${line}: Expected a gold entry with \`title\`, \`method\`, \`repos\`, \`code\` and \`quantities\`; the entry was skipped`)
  }
  if (gold.length === 0) throw new DataError(`${options.gold}: Expected gold entries (JSON Lines, see gold/GUIDELINE.md), found none`)
  const loaded = await loadPapers(options.data, false)
  problems.push(...loaded.problems)
  for (const problem of problems) io.stderr.write(`papermeta: error: ${problem}\n`)
  const report = scorePapers(loaded.papers as PredictedPaper[], gold)
  const out = new Output(io.stdout)
  await out.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report))
  await out.close(false)
  return problems.length > 0 ? EXIT_INPUT : EXIT_OK
}
