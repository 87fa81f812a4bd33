// Dev gold (../shared/gold/dev.jsonl): method strict F1 of freshly extracted papers, scored by the gold's own
// scorer. The gold is read at test time; nothing from it is used by the extractors.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { buildDataset } from '../src/dataset/build.js'

const root = join(import.meta.dirname, '..')
const gold = join(root, '..', 'shared', 'gold')

test('dev gold: method strict F1 >= 0.95 on freshly extracted papers', () => {
  const files = readdirSync(join(root, 'data/raw')).map((file) => ({ file, text: readFileSync(join(root, 'data/raw', file), 'utf8') }))
  const source = JSON.parse(readFileSync(join(root, 'data/source.json'), 'utf8'))
  const { papers } = buildDataset(files, source, 'test')
  const predictions = join(mkdtempSync(join(tmpdir(), 'papermeta-gold-')), 'papers.json')
  writeFileSync(predictions, JSON.stringify(papers))
  const report = JSON.parse(
    execFileSync(process.execPath, [join(gold, 'score.mjs'), predictions, join(gold, 'dev.jsonl'), '--json'], { encoding: 'utf8' }),
  ) as { papers: number; missingPapers: number[]; method: { strict: { f1: number; precision: number; recall: number } } }
  expect(report.papers).toBe(118)
  expect(report.missingPapers).toStrictEqual([])
  expect(report.method.strict.f1).toBeGreaterThanOrEqual(0.95)
  expect(report.method.strict.precision).toBeGreaterThanOrEqual(0.95)
}, 120_000)
