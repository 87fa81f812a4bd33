// Evaluation floors for links and code status, on real data: the dev gold (scored by the
// official ../shared/gold/score.mjs) and the HF daily sample's curated repositories.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { detectCodeStatus, extractLinks, githubRepoSlug } from '../src/extract/links/index.js'

const root = join(import.meta.dirname, '..')
const shared = join(root, '..', 'shared')

interface ScoreReport {
  links: { f1: number; kindAccuracy: number; githubAccuracy: number }
  code: { accuracy: number }
  errors: { links: unknown[]; code: unknown[] }
}

describe('dev gold (../shared/gold/dev.jsonl, official scorer)', () => {
  test('links F1 = 1.00, kind and github accuracy = 1.00, code status accuracy >= 0.97', () => {
    // The seed papers' titles and abstracts as stored; links and code status extracted afresh,
    // exactly as extractPaper does (title, then abstract; code status over `${title}\n${abstract}`).
    const papers = JSON.parse(readFileSync(join(root, 'data/papers.json'), 'utf8')) as Array<{ title: string; abstract: string }>
    const predictions = papers.map(({ title, abstract }) => {
      const titleLinks = extractLinks(title)
      const abstractLinks = extractLinks(abstract)
      const shift = title.length + 1
      const shifted = abstractLinks.map((l) => ({ ...l, span: { ...l.span, start: l.span.start + shift, end: l.span.end + shift } }))
      const code = detectCodeStatus(`${title}\n${abstract}`, [...titleLinks, ...shifted])
      return { title, links: [...titleLinks, ...abstractLinks], code, method: null, quantities: [] }
    })
    mkdirSync(join(root, '.tmp'), { recursive: true })
    const path = join(root, '.tmp/links-eval-predictions.json')
    writeFileSync(path, JSON.stringify(predictions))
    const output = execFileSync(process.execPath, [join(shared, 'gold/score.mjs'), path, join(shared, 'gold/dev.jsonl'), '--json'], { encoding: 'utf8' })
    const report = JSON.parse(output) as ScoreReport
    expect(report.errors.links).toEqual([])
    expect(report.links.f1).toBe(1)
    expect(report.links.kindAccuracy).toBe(1)
    expect(report.links.githubAccuracy).toBe(1)
    expect(report.code.accuracy).toBeGreaterThanOrEqual(0.97)
  })
})

describe('HF daily sample (../shared/corpora/hf-daily-sample-dev.jsonl)', () => {
  test('a link names the curated owner/repo for >= 99.5% of the papers whose abstract mentions it', () => {
    const rows = readFileSync(join(shared, 'corpora/hf-daily-sample-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; title: string; abstract: string; github_repo: string | null; repo_mentioned_in_abstract: boolean })
      .filter((row) => row.repo_mentioned_in_abstract)
    expect(rows).toHaveLength(457)
    const misses: string[] = []
    for (const row of rows) {
      // The curated repository: the URL's first two path segments, `.git` removed, lower-cased.
      const want = githubRepoSlug((row.github_repo ?? '').replace(/^(https?:\/\/(?:www\.)?github\.com\/[^/]+\/[^/?#]+).*$/i, '$1'))
      const got = [...extractLinks(row.title), ...extractLinks(row.abstract)].flatMap((l) =>
        l.github?.repo ? [`${l.github.owner}/${l.github.repo}`.toLowerCase()] : [],
      )
      if (!want || !got.includes(want)) misses.push(row.id)
    }
    expect((rows.length - misses.length) / rows.length).toBeGreaterThanOrEqual(0.995)
  })
})
