import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { formatEvalReport, scorePapers, type GoldPaper } from '../src/eval/index.js'
import type { Paper } from '../src/schema.js'

// `papermeta eval` ports ../shared/gold/score.mjs: both run on the same predictions must agree.
const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist/cli.js')
const scorer = join(root, '..', 'shared', 'gold', 'score.mjs')
const gold = join(root, '..', 'shared', 'gold', 'dev.jsonl')
const tmp = mkdtempSync(join(tmpdir(), 'papermeta-eval-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const node = (args: string[]) => {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const bundled = JSON.parse(readFileSync(join(root, 'data/papers.json'), 'utf8')) as Paper[]

/** Predictions with every kind of disagreement: missing papers, other methods, extra/missing links, moved quantities. */
function perturbed(): Paper[] {
  const papers = structuredClone(bundled).filter((_, i) => i % 17 !== 3)
  papers.forEach((paper, i) => {
    if (i % 5 === 0) paper.method = null
    if (i % 7 === 1 && paper.method) paper.method = { ...paper.method, name: `${paper.method.name}X` }
    if (i % 6 === 2) paper.links = paper.links.slice(1)
    if (i % 9 === 4) paper.links.push({ ...(paper.links[0] ?? bundled.find((p) => p.links.length)!.links[0]!), url: 'https://example.org/extra', kind: 'other', github: null })
    if (i % 4 === 1) paper.code = paper.code === 'available' ? 'none' : 'available'
    if (i % 3 === 0) paper.quantities = paper.quantities.map((q, j) => (j === 0 ? { ...q, value: q.value + 1 } : q))
    if (i % 11 === 5) paper.title = `  ${paper.title.replace(/ /g, '   ')}  ` // whitespace folded by the matcher
  })
  return papers
}

describe('papermeta eval = gold/score.mjs', () => {
  test('the bundled dataset (default --data): same table, same JSON report', () => {
    const predictions = join(tmp, 'bundled.json')
    writeFileSync(predictions, JSON.stringify(bundled))
    const ours = node([cli, 'eval', '--gold', gold])
    const theirs = node([scorer, predictions, gold])
    expect(ours.code).toBe(0)
    expect(ours.stderr).toBe('')
    expect(ours.stdout).toBe(theirs.stdout)
    expect(ours.stdout.split('\n')[0]).toBe('papers 118, not found in predictions: 0')
    expect(JSON.parse(node([cli, 'eval', '--gold', gold, '--json']).stdout)).toEqual(JSON.parse(node([scorer, predictions, gold, '--json']).stdout))
  })

  test('perturbed predictions as JSON Lines: same numbers, same error lists', () => {
    const predictions = join(tmp, 'perturbed.jsonl')
    writeFileSync(predictions, `${perturbed().map((paper) => JSON.stringify(paper)).join('\n')}\n`)
    const ours = node([cli, 'eval', '--gold', gold, '--data', predictions, '--json'])
    const theirs = node([scorer, predictions, gold, '--json'])
    expect(ours.code).toBe(0)
    const report = JSON.parse(ours.stdout) as { missingPapers: number[]; method: { strict: { f1: number } } }
    expect(report).toEqual(JSON.parse(theirs.stdout))
    expect(report.missingPapers.length).toBeGreaterThan(0)
    expect(node([cli, 'eval', '--gold', gold, '--data', predictions]).stdout).toBe(node([scorer, predictions, gold]).stdout)
  })

  test('scorePapers in-process agrees with the script', () => {
    const predictions = join(tmp, 'perturbed.json')
    const papers = perturbed()
    writeFileSync(predictions, JSON.stringify(papers))
    const goldEntries = readFileSync(gold, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GoldPaper)
    const report = scorePapers(papers, goldEntries)
    expect(JSON.parse(JSON.stringify(report))).toEqual(JSON.parse(node([scorer, predictions, gold, '--json']).stdout))
    expect(formatEvalReport(report)).toBe(node([scorer, predictions, gold]).stdout)
  })

  test('an unreadable or empty gold file: exit 1 with a message', () => {
    const missing = node([cli, 'eval', '--gold', join(tmp, 'nope.jsonl')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^papermeta: error: cannot read .*nope\.jsonl: no such file or directory/)
    const empty = join(tmp, 'empty.jsonl')
    writeFileSync(empty, '{"not":"gold"}\n')
    const result = node([cli, 'eval', '--gold', empty])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Expected gold entries (JSON Lines, see gold/GUIDELINE.md), found none')
  })
})

describe('papermeta eval --sdu / --hf-sample: the ported SDU metric and the repo-mention figure', () => {
  const sduGold = join(root, '..', 'shared', 'corpora', 'sdu21-acronyms-dev.json')
  const sample = join(root, '..', 'shared', 'corpora', 'hf-daily-sample-dev.jsonl')
  const sduScorer = join(root, '..', 'shared', 'corpora', 'score-sdu.mjs')

  test('the SDU part equals corpora/score-sdu.mjs on the same predictions; the summary lists every suite', async () => {
    // Predictions written the way the official scorer reads them, from the same public function.
    const { extractAbbreviations } = await import('../src/extract.js')
    const sentences = JSON.parse(readFileSync(sduGold, 'utf8')) as Array<{ id: string; tokens: string[] }>
    const lines = sentences.map(({ id, tokens }) =>
      JSON.stringify({ id, abbreviations: extractAbbreviations(tokens.join(' ')) }),
    )
    const predictions = join(tmp, 'sdu.jsonl')
    writeFileSync(predictions, `${lines.join('\n')}\n`)
    const official = JSON.parse(node([sduScorer, sduGold, predictions, '--json']).stdout) as unknown
    const reportFile = join(tmp, 'report.json')
    const ours = node([cli, 'eval', '--gold', gold, '--sdu', sduGold, '--hf-sample', sample, '--json', '--report', reportFile])
    expect(ours.code).toBe(0)
    const report = JSON.parse(ours.stdout) as {
      sdu: unknown
      repos: { mentioned: number; found: number; rate: number }
      summary: Array<{ suite: string; metric: string; met: boolean | null }>
    }
    expect(report.sdu).toEqual(official)
    expect(report.repos.mentioned).toBe(457)
    expect(report.repos.rate).toBeGreaterThanOrEqual(0.995)
    expect(new Set(report.summary.map((row) => row.suite))).toEqual(new Set(['dev gold', 'SDU-21 acronyms', 'HF repo mentions']))
    expect(JSON.parse(readFileSync(reportFile, 'utf8'))).toEqual(report)
    const table = node([cli, 'eval', '--gold', gold, '--sdu', sduGold])
    expect(table.stdout.startsWith('## Summary\n\nsuite')).toBe(true)
    expect(table.stdout).toMatch(/^SDU-21 acronyms +macro F1 +9\d\.\d% +≥ 88\.0% +ok$/m)
  }, 120_000)
})
