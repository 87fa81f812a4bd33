// Static regex safety: every regex literal in src/ passes eslint-plugin-regexp's checks for
// catastrophic backtracking (no-super-linear-backtracking, no-super-linear-move) and its
// "possible errors" rules (config: scripts/eslint.config.js, runner: scripts/lint-regex.mjs,
// also `npm run lint:regex`). The checker is first shown to catch known-bad regexes.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const root = join(import.meta.dirname, '..')

interface Finding {
  file: string
  line: number
  column: number
  severity: 'error' | 'warning'
  rule: string
  message: string
}
interface LintReport {
  files: number
  errors: number
  warnings: number
  findings: Finding[]
}

/** Run scripts/lint-regex.mjs --json on the paths (exit code 1 only means: errors found). */
function lint(...paths: string[]): LintReport {
  try {
    return JSON.parse(execFileSync(process.execPath, ['scripts/lint-regex.mjs', '--json', ...paths], { cwd: root, encoding: 'utf8' })) as LintReport
  } catch (error) {
    const e = error as { status?: number; stdout?: string }
    if (e.status === 1 && e.stdout) return JSON.parse(e.stdout) as LintReport
    throw error
  }
}

describe('static regex safety (eslint-plugin-regexp)', () => {
  test('the checker catches exponential, polynomial and moving super-linear regexes', { timeout: 60_000 }, () => {
    const dir = join(root, '.tmp/regex-safety')
    mkdirSync(dir, { recursive: true })
    const file = join(dir, 'unsafe.ts')
    writeFileSync(
      file,
      [
        'export const nested = /^(a+)+$/',
        'export const versions = (s: string) => /(\\d+\\.?)+x/.test(s)',
        "export const trimEnd = (s: string) => s.replace(/\\s*,\\s*$/, '')",
        'export const safe = /^[a-z]+$/',
        '',
      ].join('\n'),
    )
    try {
      const report = lint('.tmp/regex-safety/unsafe.ts')
      const errorsAt = (rule: string) => report.findings.filter((f) => f.rule === rule && f.severity === 'error').map((f) => f.line)
      expect(errorsAt('regexp/no-super-linear-backtracking')).toEqual(expect.arrayContaining([1, 2]))
      expect(errorsAt('regexp/no-super-linear-move')).toEqual(expect.arrayContaining([2, 3]))
      expect(report.findings.filter((f) => f.line === 4)).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('src/ has no regex with catastrophic backtracking or another possible error', { timeout: 60_000 }, () => {
    const report = lint('src')
    expect(report.files).toBeGreaterThan(10)
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line}:${f.column} ${f.rule}: ${f.message}`)
    expect(errors, `run \`npm run lint:regex\`:\n${errors.join('\n')}`).toEqual([])
  })
})
