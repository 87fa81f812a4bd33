import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import * as z from 'zod'
import { buildDataset, serialize } from '../src/dataset/build.js'
import { PaperSchema, DatasetInfoSchema } from '../src/schema.js'

const root = join(import.meta.dirname, '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')

describe('bundled dataset (data/papers.json)', () => {
  const committed = JSON.parse(read('data/papers.json')) as unknown[]

  test('is exactly what the code generates from data/raw/', () => {
    const files = readdirSync(join(root, 'data/raw')).map((file) => ({ file, text: read(`data/raw/${file}`) }))
    const source = JSON.parse(read('data/source.json'))
    const { version } = JSON.parse(read('package.json')) as { version: string }
    const { papers, dataset } = buildDataset(files, source, version)
    // Compare the serialised text: what `npm start` would write.
    expect(serialize(papers) === read('data/papers.json'), 'data/papers.json is stale: run `npm start`').toBe(true)
    expect(serialize(dataset)).toBe(read('data/dataset.json'))
  })

  test('has the 235 seed papers, first and last titles as in the listing, all schema-valid', () => {
    const papers = z.array(PaperSchema).parse(committed)
    expect(papers).toHaveLength(235)
    expect(papers[0]?.title).toBe('XDoc: Unified Pre-training for Cross-Format Document Understanding')
    expect(papers[234]?.title).toBe('Graph Metanetworks for Processing Diverse Neural Architectures')
    expect(new Set(papers.map((p) => p.id)).size).toBe(235)
    const dataset = DatasetInfoSchema.parse(JSON.parse(read('data/dataset.json')))
    expect(dataset.count).toBe(235)
    expect(dataset.source.retrievedAt).toBe('2026-11-26')
  })

  test('titles and abstracts are the listing lines verbatim (chrome removed from the first title)', () => {
    const lines = read('data/raw/000_aae8788c8dac19f8.txt').split('\n')
    const papers = committed as Array<{ title: string; abstract: string; origin: { line: number } }>
    expect(lines[2]).toBe(`Subscribe${papers[0]?.title}`)
    for (const paper of papers.slice(1)) {
      expect(lines[paper.origin.line - 1]).toBe(paper.title)
      expect(lines[paper.origin.line]).toBe(paper.abstract)
    }
  })
})
