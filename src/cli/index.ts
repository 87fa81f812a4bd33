/**
 * The `papermeta` command line (first version: `parse`; the CLI issue adds query, stats, eval).
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { parsePapers } from '../extract/parse-papers.js'

const program = new Command()
program.name('papermeta').description('Typed metadata from ML paper listings').exitOverride()

program
  .command('parse')
  .description('Parse listing files (or stdin) into Paper records')
  .argument('[files...]', 'listing files; - or none for stdin')
  .option('--format <format>', 'auto|hf-text|hf-api|arxiv-atom|arxiv-oai|jsonl', 'auto')
  .action((files: string[], options: { format: string }) => {
    const inputs = files.length === 0 ? ['-'] : files
    const papers = []
    let problems = 0
    for (const file of inputs) {
      const text = readFileSync(file === '-' ? 0 : file, 'utf8')
      const result = parsePapers(text, { format: options.format as 'auto', file: file === '-' ? undefined : file })
      papers.push(...result.papers)
      for (const issue of result.issues) {
        problems++
        process.stderr.write(`${file}:${issue.line ?? 0}: ${issue.severity}: ${issue.message} (${issue.code})\n`)
      }
    }
    process.stdout.write(`${JSON.stringify(papers, null, 2)}\n`)
    if (problems > 0) process.exitCode = 1
  })

try {
  program.parse()
} catch (error) {
  const code = (error as { exitCode?: number }).exitCode
  process.exitCode = code === 0 ? 0 : 2
}
