// esbuild entry (--bundle --platform=node) of test/package.test.ts: papermeta/extract + papermeta/data.
// The bundle runs from a folder without node_modules, so everything it needs must be inside it.
import { readFileSync } from 'node:fs'
import { papers } from 'papermeta/data'
import { parsePapers } from 'papermeta/extract'

const { papers: extracted, issues } = parsePapers(readFileSync(process.argv[2], 'utf8'))
process.stdout.write(
  `${JSON.stringify({ bundled: papers.length, extracted: extracted.length, issues: issues.length, title: extracted[0]?.title, url: extracted[0]?.links[0]?.url })}\n`,
)
