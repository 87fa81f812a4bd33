// SDU@AAAI-21 acronym identification, dev split: extractAbbreviations on every sentence, scored with the task's
// official metric (../shared/corpora/score-sdu.mjs). The data is CC BY-NC-SA and evaluation-only: it is read
// from ../shared/corpora at test time, never copied into the repository or the package.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { extractAbbreviations } from '../src/extract/abbreviations/index.js'

const corpora = join(import.meta.dirname, '..', '..', 'shared', 'corpora')
const goldPath = join(corpora, 'sdu21-acronyms-dev.json')

test('SDU@AAAI-21 dev: macro F1 >= 0.88 and long-form recall >= 0.80', () => {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Array<{ id: string; tokens: string[] }>
  expect(gold.length).toBe(1717)
  const lines = gold.map(({ id, tokens }) =>
    JSON.stringify({
      id,
      abbreviations: extractAbbreviations(tokens.join(' ')).map((a) => ({
        shortStart: a.shortStart,
        shortEnd: a.shortEnd,
        longStart: a.longStart,
        longEnd: a.longEnd,
      })),
    }),
  )
  const predictions = join(mkdtempSync(join(tmpdir(), 'papermeta-sdu-')), 'predictions.jsonl')
  writeFileSync(predictions, `${lines.join('\n')}\n`)
  const report = JSON.parse(
    execFileSync(process.execPath, [join(corpora, 'score-sdu.mjs'), goldPath, predictions, '--json'], { encoding: 'utf8' }),
  ) as { short: { precision: number; recall: number }; long: { precision: number; recall: number }; macro: { f1: number } }
  expect(report.macro.f1).toBeGreaterThanOrEqual(0.88)
  expect(report.long.recall).toBeGreaterThanOrEqual(0.8)
  expect(report.short.precision).toBeGreaterThanOrEqual(0.85)
  expect(report.long.precision).toBeGreaterThanOrEqual(0.9)
}, 60_000)
