#!/usr/bin/env node
// Static regex safety: runs eslint-plugin-regexp (config: scripts/eslint.config.js) over src/
// and prints one short line per finding (long character classes are abbreviated).
//   node scripts/lint-regex.mjs [--json] [PATH...]     (default PATH: src)
// Exit code: 0 no errors (warnings are listed), 1 errors found, 2 the linter itself failed.
import { relative } from 'node:path'
import { ESLint } from 'eslint'
import { root } from './ensure-built.mjs'

const args = process.argv.slice(2)
const json = args.includes('--json')
const paths = args.filter((a) => !a.startsWith('--'))

const shorten = (text, max = 160) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

try {
  const eslint = new ESLint({ cwd: root, overrideConfigFile: 'scripts/eslint.config.js' })
  const results = await eslint.lintFiles(paths.length ? paths : ['src'])
  const findings = results.flatMap((r) =>
    r.messages.map((m) => ({
      file: relative(root, r.filePath),
      line: m.line,
      column: m.column,
      severity: m.severity === 2 ? 'error' : 'warning',
      rule: m.ruleId,
      message: shorten(m.message.replace(/\s+/g, ' ')),
    })),
  )
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  if (json) {
    console.log(JSON.stringify({ files: results.length, errors, warnings, findings }))
  } else {
    for (const f of findings) console.log(`${f.file}:${f.line}:${f.column}  ${f.severity.padEnd(7)}  ${f.rule}  ${f.message}`)
    console.log(`regex lint: ${results.length} files, ${errors} errors, ${warnings} warnings`)
  }
  process.exitCode = errors > 0 ? 1 : 0
} catch (error) {
  console.error(error)
  process.exitCode = 2
}
