import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { extractPaper } from '../src/extract/paper.js'
import { parsePapers } from '../src/extract/parse-papers.js'
import { detectFormat, detectListingFormat } from '../src/listing/detect.js'
import { parseListing } from '../src/listing/parse-listing.js'
import { ListingRecordSchema, ParseIssueSchema, type ListingRecord, type ParseIssue } from '../src/schema.js'

const root = join(import.meta.dirname, '..')
const corpora = join(root, '..', 'shared', 'corpora')
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures/listings', name), 'utf8')
const hfApiDir = join(corpora, 'hf-api')
const hfApiFiles = readdirSync(hfApiDir).filter((name) => name.endsWith('.json'))

/** Issues without their messages, for compact assertions. */
const brief = (issues: ParseIssue[]) => issues.map(({ code, line, column, severity }) => ({ code, line, column, severity }))

/** Every record and issue is schema-valid. */
function expectValid(result: { records: ListingRecord[]; issues: ParseIssue[] }) {
  for (const record of result.records) expect(ListingRecordSchema.safeParse(record).success, JSON.stringify(record)).toBe(true)
  for (const issue of result.issues) expect(ParseIssueSchema.safeParse(issue).success, JSON.stringify(issue)).toBe(true)
}

type HfEntry = { paper: { id: string; title: string; summary: string; upvotes: number; githubRepo?: string; projectPage?: string; authors: Array<{ name: string }> } }

describe('hf-api: the Hugging Face Papers API corpus', () => {
  test('finds the six daily files', () => {
    expect(hfApiFiles).toHaveLength(6)
  })

  test.each(hfApiFiles)('%s: one record per array entry, fields mapped, no issues', (name) => {
    const text = readFileSync(join(hfApiDir, name), 'utf8')
    const entries = JSON.parse(text) as HfEntry[]
    const result = parseListing(text, { file: name })
    expect(result.format).toBe('hf-api')
    expect(result.detected).toBe(true)
    expect(result.issues).toEqual([])
    expect(result.records).toHaveLength(entries.length)
    expectValid(result)
    result.records.forEach((record, i) => {
      const paper = (entries[i] as HfEntry).paper
      expect(record.arxivId).toBe(paper.id)
      expect(record.title).toBe(paper.title.split('\n').map((line) => line.trim()).filter(Boolean).join(' '))
      expect(record.abstract).toBe(paper.summary.split('\n').map((line) => line.trim()).filter(Boolean).join(' '))
      expect(record.abstract).not.toContain('\n')
      expect(record.authors).toEqual(paper.authors.map((author) => author.name))
      expect(record.upvotes).toBe(paper.upvotes)
      expect(record.origin).toMatchObject({ format: 'hf-api', file: name })
      expect(record.curated).toEqual(
        paper.githubRepo || paper.projectPage ? { githubRepo: paper.githubRepo ?? null, projectPage: paper.projectPage ?? null } : null,
      )
    })
  })

  test('origin.line is the line where each entry opens', () => {
    const text = readFileSync(join(hfApiDir, '2024-10-09.json'), 'utf8')
    const lines = text.split('\n')
    const { records } = parseListing(text)
    for (const record of records) expect(lines[(record.origin.line ?? 0) - 1]?.trim()).toBe('{')
    expect(records[0]?.origin.line).toBe(2)
  })

  test('curated githubRepo is kept; extractPaper says whether the abstract names it', () => {
    const text = readFileSync(join(hfApiDir, '2025-07-18.json'), 'utf8')
    const papers = parseListing(text).records.map((record) => extractPaper(record))
    const withRepo = papers.filter((paper) => paper.curated?.githubRepo)
    expect(withRepo).toHaveLength(8)
    const visionThink = papers.find((paper) => paper.arxivId === '2507.13348')
    expect(visionThink?.curated).toEqual({ githubRepo: 'https://github.com/dvlab-research/VisionThink', projectPage: null, agrees: true })
    // The abstract has no GitHub link: nothing to compare.
    const survey = papers.find((paper) => paper.arxivId === '2507.13334')
    expect(survey?.curated).toEqual({ githubRepo: 'https://github.com/Meirtz/Awesome-Context-Engineering', projectPage: null, agrees: null })
    for (const paper of papers) {
      if (!paper.curated) continue
      const repo = paper.curated.githubRepo?.replace(/^https?:\/\/github\.com\//i, '').toLowerCase()
      const named = repo !== undefined && paper.abstract.toLowerCase().includes(`github.com/${repo}`)
      if (named) expect(paper.curated.agrees, paper.arxivId ?? '').toBe(true)
    }
  })

  test('invented entries: agreeing (case-insensitive), disagreeing, no link, flat paper objects', () => {
    const result = parseListing(fixture('hf-api-curated.json'), { file: 'hf-api-curated.json' })
    expect(result.format).toBe('hf-api')
    expect(result.issues).toEqual([])
    const papers = result.records.map((record) => extractPaper(record))
    expect(papers.map((paper) => [paper.arxivId, paper.curated])).toEqual([
      ['2611.04217', { githubRepo: 'https://github.com/Acme-Lab/Warp-KV', projectPage: null, agrees: true }],
      ['2611.05001', { githubRepo: 'https://github.com/acme-lab/tiny-moe', projectPage: 'https://acme-lab.github.io/tiny-moe/', agrees: false }],
      ['2611.05002', { githubRepo: 'https://github.com/acme-lab/gate-skip', projectPage: null, agrees: null }],
      ['2611.05003', { githubRepo: null, projectPage: 'https://acme-lab.github.io/flat/', agrees: null }],
      ['2611.05004', null],
    ])
    expect(result.records[3]).toStrictEqual({
      title: 'FlatPaper: A Paper Object Without the Daily Wrapper',
      abstract: 'We check that flat paper objects, as returned for one paper, are read.',
      arxivId: '2611.05003',
      authors: ['Ada Brandt'],
      publishedAt: '2026-11-03T10:00:00.000Z',
      upvotes: 3,
      curated: { githubRepo: null, projectPage: 'https://acme-lab.github.io/flat/' },
      origin: { format: 'hf-api', line: 62, file: 'hf-api-curated.json' },
    })
    // The entry's own title/summary stand in when `paper` lacks them.
    expect(result.records[4]).toMatchObject({ title: 'Outer Title Only', abstract: 'Outer summary only.', arxivId: '2611.05004' })
  })
})

describe('hf-api: malformed variants of a real file', () => {
  const name = '2025-07-18.json'
  const text = readFileSync(join(hfApiDir, name), 'utf8')
  const full = parseListing(text)
  const entries = JSON.parse(text) as HfEntry[]

  test('truncated file: every complete entry kept, the cut one reported with its line', () => {
    const cut = text.slice(0, Math.floor(text.length * 0.6))
    const result = parseListing(cut)
    expect(result.format).toBe('hf-api')
    const kept = result.records.length
    expect(kept).toBeGreaterThan(3)
    expect(kept).toBeLessThan(entries.length)
    expect(result.records).toEqual(full.records.slice(0, kept))
    expect(brief(result.issues)).toEqual([{ code: 'truncated_input', line: full.records[kept]?.origin.line, column: 3, severity: 'error' }])
    expect(result.issues[0]?.message).toMatch(/^Expected the paper starting at line \d+ to be complete JSON, found the end of the input/)
  })

  test('only the closing bracket missing: all records, one warning', () => {
    const cut = text.trimEnd().slice(0, -1)
    const result = parseListing(cut)
    expect(result.records).toEqual(full.records)
    const lines = cut.split('\n')
    expect(brief(result.issues)).toEqual([{ code: 'truncated_input', line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, severity: 'warning' }])
  })

  test('a summary of the wrong type: that entry is an issue, the others records', () => {
    const broken = text.replace(/"summary": "The performance of Large Language Models/, '"summary": 42, "x": "')
    const result = parseListing(broken)
    expect(result.records).toHaveLength(entries.length - 1)
    expect(result.records.map((r) => r.arxivId)).not.toContain('2507.13334')
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ code: 'wrong_type', severity: 'error', message: 'Expected `paper.summary` to be a string, not `42`; the entry was skipped' })
    const line = broken.split('\n')[(result.issues[0]?.line ?? 0) - 1] ?? ''
    expect(line.slice((result.issues[0]?.column ?? 0) - 1)).toMatch(/^"summary": 42/)
  })

  test('a syntax error inside one entry: malformed_json at the parser’s position, the others kept', () => {
    const broken = text.replace('"upvotes": 55,', '"upvotes": 55x,')
    expect(broken).not.toBe(text)
    const result = parseListing(broken)
    expect(result.records).toHaveLength(entries.length - 1)
    expect(result.issues).toHaveLength(1)
    const issue = result.issues[0] as ParseIssue
    expect(issue).toMatchObject({ code: 'malformed_json', severity: 'error' })
    expect(issue.message).toBe("Malformed JSON: Expected ',' or '}' after property value, found `x, \"discussionId\":…`; the paper starting at line 2 was skipped")
    const line = broken.split('\n')[(issue.line ?? 0) - 1] ?? ''
    expect(line.slice((issue.column ?? 1) - 1)).toMatch(/^x,/)
  })

  test('a missing comma between entries: every record kept, a warning', () => {
    const second = full.records[1]?.origin.line ?? 0
    const lines = text.split('\n')
    // The line before the second entry is "    }," — drop its comma.
    lines[second - 2] = (lines[second - 2] ?? '').replace(/},$/, '}')
    const result = parseListing(lines.join('\n'))
    expect(result.records).toEqual(full.records)
    expect(brief(result.issues)).toEqual([{ code: 'malformed_json', line: second, column: 3, severity: 'warning' }])
  })

  test('wrong types of optional fields: warnings, the record kept without them', () => {
    const broken = text.replace('"upvotes": 55,', '"upvotes": "many",').replace('"publishedAt": "2025-07-17T17:50:36.000Z"', '"publishedAt": "soon"')
    const result = parseListing(broken)
    expect(result.records).toHaveLength(entries.length)
    expect(result.records[0]).toMatchObject({ upvotes: null, publishedAt: null, arxivId: '2507.13334' })
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.message])).toEqual([
      ['invalid_date', 'warning', 'Expected `paper.publishedAt` to be a date, not `soon`; the field was ignored'],
      ['wrong_type', 'warning', 'Expected `paper.upvotes` to be a non-negative integer, not `many`; the field was ignored'],
    ])
  })

  test('not an array; an API error object; an entry that is not an object', () => {
    expect(brief(parseListing('hello', { format: 'hf-api' }).issues)).toEqual([{ code: 'unexpected_content', line: 1, column: 1, severity: 'error' }])
    const error = parseListing('{"error":"Invalid username or password."}')
    expect(error.format).toBe('jsonl')
    const asApi = parseListing('{"error":"Invalid username or password."}', { format: 'hf-api' })
    expect(asApi.issues).toEqual([
      { code: 'api_error', message: 'Expected a paper, found an API error: Invalid username or password.', line: 1, column: 2, severity: 'error' },
    ])
    const mixed = parseListing('[42, {"paper": "x"}, {"paper": {"id": "2611.00001", "title": "T", "summary": "S"}}]', { format: 'hf-api' })
    expect(mixed.records.map((r) => r.title)).toEqual(['T'])
    expect(mixed.issues.map((i) => i.message)).toEqual([
      'Expected a JSON object for each paper, not `42`; the entry was skipped',
      'Expected `paper` to be an object, not `x`; the entry was skipped',
    ])
    expect(parseListing('[]', { format: 'hf-api' })).toEqual({ format: 'hf-api', detected: false, records: [], issues: [] })
  })
})

describe('arxiv-atom', () => {
  const atom = fixture('arxiv-atom.xml')
  const expected: ListingRecord[] = [
    {
      title: 'WarpKV: Query-Aware Cache Eviction for Long-Context Decoding with Bounded Memory',
      abstract:
        'Long-context decoding is limited by the size of the key-value cache. We present WarpKV, a query-aware eviction policy that keeps 12.5% of the cache and loses less than 0.4 points on average across 16 retrieval tasks. WarpKV runs 2.3x faster than dense attention at 128K tokens. Code is available at https://github.com/acme-lab/warp-kv.',
      arxivId: '2611.04217',
      authors: ['Mara Lindqvist', 'Tobias Ferreira', 'Li Wen'],
      publishedAt: '2026-11-06T17:58:21Z',
      upvotes: null,
      curated: null,
      origin: { format: 'arxiv-atom', line: 10, file: 'feed.xml' },
    },
    {
      title: 'Sparse Routing & Dense Recall: A Study of Mixture-of-Depths in Vision Transformers',
      abstract:
        'We study how token routing across depth interacts with recall in vision transformers. Our analysis of 48 models shows that skipping up to 30% of the blocks keeps top-1 accuracy within 1% of the dense baseline, and we release the analysis toolkit (René Dupont helped with the figures).',
      arxivId: '2610.11873',
      authors: ['Renée Okafor'],
      publishedAt: '2026-10-14T12:00:00Z',
      upvotes: null,
      curated: null,
      origin: { format: 'arxiv-atom', line: 39, file: 'feed.xml' },
    },
    {
      title: 'A Toy Parser for Nested Bracket Grammars',
      abstract: 'We describe a parser for nested bracket grammars that runs in linear time on inputs of up to 10^6 symbols.',
      arxivId: 'cs/0112017',
      authors: ['H. Quill'],
      publishedAt: '2001-12-14T20:12:04-05:00',
      upvotes: null,
      curated: null,
      origin: { format: 'arxiv-atom', line: 58, file: 'feed.xml' },
    },
  ]

  test('the hand-made feed: three records, hard wraps joined, entities decoded, ids without version', () => {
    const result = parseListing(atom, { file: 'feed.xml' })
    expect(result.format).toBe('arxiv-atom')
    expect(result.detected).toBe(true)
    expect(result.issues).toEqual([])
    expect(result.records).toStrictEqual(expected)
    expectValid(result)
  })

  test('CRLF line ends give the same records', () => {
    expect(parseListing(atom.replace(/\n/g, '\r\n'), { file: 'feed.xml' }).records).toStrictEqual(expected)
  })

  test('truncated inside the third entry: two records and truncated_input at that entry', () => {
    const cut = atom.slice(0, atom.indexOf('linear time'))
    const result = parseListing(cut, { file: 'feed.xml' })
    expect(result.records).toStrictEqual(expected.slice(0, 2))
    expect(brief(result.issues)).toEqual([{ code: 'truncated_input', line: 58, column: 3, severity: 'error' }])
    expect(result.issues[0]?.message).toBe(
      'Expected the `<entry>` starting here to end with `</entry>`, found the end of the input; the input looks truncated and the entry was skipped',
    )
  })

  test('only `</feed>` missing: all records and one warning', () => {
    const result = parseListing(atom.replace('</feed>', ''), { file: 'feed.xml' })
    expect(result.records).toStrictEqual(expected)
    // At the end of the last line with text.
    expect(brief(result.issues)).toEqual([{ code: 'truncated_input', line: 71, column: 11, severity: 'warning' }])
    expect(result.issues[0]?.message).toBe('Expected `</feed>`, found the end of the input; the input looks truncated; the entries were read one by one')
  })

  test('a mismatched tag in the second entry: that entry is an issue with the validator’s position', () => {
    const broken = atom.replace('    <title>Sparse Routing &amp; Dense Recall: A Study of Mixture-of-Depths in\n  Vision Transformers</title>', '    <title>Sparse Routing</summary>')
    const result = parseListing(broken, { file: 'feed.xml' })
    expect(result.records.map((record) => record.arxivId)).toEqual(['2611.04217', 'cs/0112017'])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ code: 'malformed_xml', severity: 'error', line: 43, column: 26 })
    expect(result.issues[0]?.message).toBe("Malformed XML: Expected closing tag 'title' (opened in line 43, col 5) instead of closing tag 'summary'.; the entry was skipped")
  })

  test('an entry without a summary: missing_abstract at that entry; an arXiv API error entry: api_error', () => {
    const noSummary = atom.replace(/<summary>\s+We study[\s\S]*?<\/summary>/, '')
    const result = parseListing(noSummary)
    expect(result.records.map((record) => record.arxivId)).toEqual(['2611.04217', 'cs/0112017'])
    expect(result.issues).toEqual([
      { code: 'missing_abstract', message: 'Expected `<summary>` with the abstract, found no such field; the entry was skipped', line: 39, column: 3, severity: 'error' },
    ])
    expect(parseListing(fixture('arxiv-atom-error.xml')).issues).toEqual([
      { code: 'api_error', message: 'Expected a paper entry, found an arXiv API error: incorrect id format for 2611.0421', line: 8, column: 3, severity: 'error' },
    ])
  })

  test('not an Atom feed: unexpected_root with a hint for HTML; not XML at all', () => {
    expect(parseListing('<html><body><p>Daily Papers</p></body></html>').issues).toEqual([
      {
        code: 'unexpected_root',
        message: 'Expected an Atom `<feed>` document, found `<html>`; for a Hugging Face page, copy its text (hf-text) or use the API JSON (hf-api); nothing was read',
        line: 1,
        column: 1,
        severity: 'error',
      },
    ])
    expect(parseListing('<rss version="2.0"><channel/></rss>').issues[0]?.message).toBe('Expected an Atom `<feed>` document, found `<rss>`; nothing was read')
    const text = parseListing('just text', { format: 'arxiv-atom' })
    expect(text.records).toEqual([])
    expect(brief(text.issues)).toEqual([{ code: 'malformed_xml', line: 1, column: 1, severity: 'error' }])
  })

  test('DOCTYPE entities are not expanded (no entity expansion blow-up)', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<feed><entry><id>http://arxiv.org/abs/2611.00001v1</id><title>&lol2;</title><summary>S</summary></entry></feed>'
    const { records } = parseListing(bomb)
    expect(records[0]?.title.length).toBeLessThan(20)
  })
})

describe('arxiv-oai: the metadata snapshot shape', () => {
  test('the hand-made snapshot lines: hard wraps joined, authors_parsed, first version date', () => {
    const result = parseListing(fixture('arxiv-oai.jsonl'), { file: 'snapshot.jsonl' })
    expect(result.format).toBe('arxiv-oai')
    expect(result.detected).toBe(true)
    expect(result.issues).toEqual([])
    expectValid(result)
    expect(result.records).toStrictEqual([
      {
        title: 'WarpKV: Query-Aware Cache Eviction for Long-Context Decoding with Bounded Memory',
        abstract:
          'Long-context decoding is limited by the size of the key-value cache. We present WarpKV, a query-aware eviction policy that keeps 12.5% of the cache and loses less than 0.4 points on average across 16 retrieval tasks. Code is available at https://github.com/acme-lab/warp-kv.',
        arxivId: '2611.04217',
        authors: ['Mara Lindqvist', 'Tobias Ferreira', 'Li Wen'],
        publishedAt: '2026-11-06T17:58:21Z',
        upvotes: null,
        curated: null,
        origin: { format: 'arxiv-oai', line: 1, file: 'snapshot.jsonl' },
      },
      {
        title: 'Sparse Routing and Dense Recall: A Study of Mixture-of-Depths in Vision Transformers',
        abstract: 'We study how token routing across depth interacts with recall in vision transformers. Skipping up to 30% of the blocks keeps top-1 accuracy within 1% of the dense baseline.',
        arxivId: '2610.11873',
        authors: ["Ren\\'ee Okafor"],
        publishedAt: '2026-10-14T12:00:00Z',
        upvotes: null,
        curated: null,
        origin: { format: 'arxiv-oai', line: 2, file: 'snapshot.jsonl' },
      },
      {
        title: 'A Toy Parser for Nested Bracket Grammars',
        abstract: 'We describe a parser for nested bracket grammars that runs in linear time on inputs of up to 10^6 symbols.',
        arxivId: 'cs/0112017',
        authors: ['H. Quill'],
        publishedAt: '2001-12-14T20:12:04Z',
        upvotes: null,
        curated: null,
        origin: { format: 'arxiv-oai', line: 3, file: 'snapshot.jsonl' },
      },
      {
        // No versions, no authors_parsed: update_date and the authors string.
        title: 'Quantised Adapters at 4 Bits',
        abstract: 'We quantise low-rank adapters to 4 bits and keep 99.1% of the full-precision score.',
        arxivId: '2609.00042',
        authors: ['Ada Brandt', 'Jonas M\\"uller'],
        publishedAt: '2026-09-02',
        upvotes: null,
        curated: null,
        origin: { format: 'arxiv-oai', line: 4, file: 'snapshot.jsonl' },
      },
    ])
  })

  test('broken lines: each becomes an issue with line and column, the good lines records', () => {
    const result = parseListing(fixture('arxiv-oai-broken.jsonl'))
    expect(result.format).toBe('arxiv-oai')
    expectValid(result)
    expect(result.records.map((record) => [record.origin.line, record.arxivId])).toEqual([
      [1, '2611.04217'],
      [7, '2611.00004'],
      [8, 'cs/0112017'],
    ])
    expect(result.records[1]).toMatchObject({ title: 'Odd Votes', authors: [], publishedAt: null })
    expect(result.issues).toEqual([
      {
        code: 'malformed_json',
        message: "Malformed JSON: Expected ',' or '}' after property value, found `\"abstract\":\"Missing…`; the line was skipped",
        line: 2,
        column: 42,
        severity: 'error',
      },
      { code: 'wrong_type', message: 'Expected `abstract` to be a string, not `42`; the entry was skipped', line: 4, column: 46, severity: 'error' },
      { code: 'missing_title', message: 'Expected `title` with the title, found no such field; the entry was skipped', line: 5, column: 1, severity: 'error' },
      { code: 'wrong_type', message: 'Expected a JSON object for each paper, not an array; the entry was skipped', line: 6, column: 1, severity: 'error' },
      { code: 'invalid_date', message: 'Expected `update_date` to be a date, not `yesterday`; the field was ignored', line: 7, column: 71, severity: 'warning' },
      { code: 'wrong_type', message: 'Expected `authors` to be a list of names, not `17`; the field was ignored', line: 7, column: 97, severity: 'warning' },
      {
        code: 'truncated_input',
        message: 'Expected the line to be complete JSON, found the end of the input (Unterminated string); the input looks truncated and the line was skipped',
        line: 9,
        column: 121,
        severity: 'error',
      },
    ])
  })

  test('every non-blank line is a record or an error issue, for any cut of the file', () => {
    const text = fixture('arxiv-oai.jsonl')
    fc.assert(
      fc.property(fc.nat({ max: text.length }), fc.nat({ max: 300 }), (start, length) => {
        const broken = text.slice(0, start) + text.slice(start + length)
        const result = parseListing(broken, { format: 'arxiv-oai' })
        expectValid(result)
        const lines = broken.split('\n')
        lines.forEach((line, i) => {
          if (line.trim() === '') return
          const recorded = result.records.some((record) => record.origin.line === i + 1)
          const failed = result.issues.some((issue) => issue.line === i + 1 && issue.severity === 'error')
          expect(recorded !== failed, `line ${i + 1}: ${line.slice(0, 60)}`).toBe(true)
        })
      }),
      { numRuns: 150 },
    )
  })
})

describe('jsonl: any JSON Lines with title and abstract', () => {
  test('the HF daily sample corpus (2,000 lines): snake_case fields mapped, hard wraps joined', () => {
    const text = readFileSync(join(corpora, 'hf-daily-sample-dev.jsonl'), 'utf8')
    const lines = text.trim().split('\n').map((line) => JSON.parse(line) as { id: string; github_repo: string | null; upvotes: number; abstract: string })
    const result = parseListing(text)
    expect(result.format).toBe('jsonl')
    expect(result.issues).toEqual([])
    expect(result.records).toHaveLength(2000)
    expect(result.records.filter((record) => record.curated?.githubRepo)).toHaveLength(lines.filter((line) => line.github_repo).length)
    expect(result.records.filter((record) => record.abstract.includes('\n'))).toHaveLength(0)
    expect(lines.filter((line) => line.abstract.includes('\n')).length).toBeGreaterThan(1000)
    expect(result.records[0]).toMatchObject({
      title: 'AutoCoder: Enhancing Code Large Language Model with AIEV-Instruct',
      arxivId: '2405.14906',
      authors: ['Bin Lei', 'Yuchen Li', 'Qiuwu Chen'],
      publishedAt: '2024-05-23T02:53:25.000Z',
      upvotes: 7,
      curated: null,
      origin: { format: 'jsonl', line: 1 },
    })
  })

  test('papermeta’s own output reads back (JSON array and JSON Lines)', () => {
    const { papers } = parsePapers(fixture('hf-api-curated.json'))
    const asArray = parseListing(JSON.stringify(papers, null, 2))
    const asLines = parseListing(papers.map((paper) => JSON.stringify(paper)).join('\n'))
    expect(asArray.format).toBe('jsonl')
    expect(asLines.format).toBe('jsonl')
    for (const result of [asArray, asLines]) {
      expect(result.issues).toEqual([])
      expect(result.records.map(({ origin: _o, ...rest }) => rest)).toEqual(
        papers.map((paper) => ({
          title: paper.title,
          abstract: paper.abstract,
          arxivId: paper.arxivId,
          authors: paper.authors,
          publishedAt: paper.publishedAt,
          upvotes: paper.upvotes,
          curated: paper.curated ? { githubRepo: paper.curated.githubRepo, projectPage: paper.curated.projectPage } : null,
        })),
      )
    }
  })

  test('summary as abstract, a comma-separated authors string, a non-arXiv id, one pretty-printed object', () => {
    const partial = parseListing(
      '{"title":"T","abstract":"A","date":"2024"}\n{"title":"U","abstract":"B","published":"Mon, 2 Apr 2007 19:18:42 GMT"}\n{"title":"V","abstract":"C","date":"Fri, 6 Nov 20221 GMT"}\n',
    )
    expect(partial.records.map((record) => record.publishedAt)).toEqual([null, '2007-04-02T19:18:42Z', null])
    expect(partial.issues.map((issue) => issue.message)).toEqual([
      'Expected `date` to be a date, not `2024`; the field was ignored',
      'Expected `date` to be a date, not `Fri, 6 Nov 20221 GMT`; the field was ignored',
    ])
    const result = parseListing('{"id":"doc-7","title":"T","summary":"S","authors":"A. One, B. Two and C. Three","date":"2026-01-02"}\n')
    expect(result.records).toEqual([
      { title: 'T', abstract: 'S', arxivId: null, authors: ['A. One', 'B. Two', 'C. Three'], publishedAt: '2026-01-02', upvotes: null, curated: null, origin: { format: 'jsonl', line: 1 } },
    ])
    const pretty = parseListing('{\n  "title": "Pretty",\n  "abstract": "Printed."\n}\n', { format: 'jsonl' })
    expect(pretty.records.map((record) => [record.title, record.origin.line])).toEqual([['Pretty', 1]])
    const brokenPretty = parseListing('{\n  "title": "Pretty",\n  "abstract": \n}\n', { format: 'jsonl' })
    // V8 quotes the text around the token instead of giving its position.
    expect(brokenPretty.issues).toEqual([
      { code: 'malformed_json', message: "Malformed JSON: Unexpected token '}', found `}`; the record starting at line 1 was skipped", line: 4, column: 1, severity: 'error' },
    ])
  })

  test('a byte order mark before JSON Lines, an array, one object', () => {
    for (const text of ['\uFEFF{"title":"T","abstract":"A"}\n', '\uFEFF[{"title":"T","abstract":"A"}]', '\uFEFF{\n "title": "T",\n "abstract": "A"\n}']) {
      const result = parseListing(text, { format: 'jsonl' })
      expect(result.issues).toEqual([])
      expect(result.records.map((record) => [record.title, record.origin.line])).toEqual([['T', 1]])
    }
    expect(brief(parseListing('\uFEFF{"title":"T" "abstract":"A"}\n', { format: 'jsonl' }).issues)).toEqual([{ code: 'malformed_json', line: 1, column: 15, severity: 'error' }])
  })

  test('empty and blank inputs: nothing, no issue; an empty abstract: a warning, the record kept', () => {
    expect(parseListing('', { format: 'jsonl' })).toEqual({ format: 'jsonl', detected: false, records: [], issues: [] })
    expect(parseListing('\n\n  \n', { format: 'arxiv-oai' }).records).toEqual([])
    const empty = parseListing('{"title":"T","abstract":"   "}')
    expect(empty.records.map((record) => record.abstract)).toEqual([''])
    expect(brief(empty.issues)).toEqual([{ code: 'empty_abstract', line: 1, column: 14, severity: 'warning' }])
    expect(brief(parseListing('{"title":" \\n ","abstract":"A"}').issues)).toEqual([{ code: 'missing_title', line: 1, column: 2, severity: 'error' }])
  })
})

describe('format detection (format: auto)', () => {
  test.each([
    ['arxiv-atom.xml', 'arxiv-atom', 'an Atom `<feed>` document'],
    ['arxiv-oai.jsonl', 'arxiv-oai', 'JSON Lines with `id`, `abstract` and snapshot keys (arXiv metadata snapshot)'],
    ['arxiv-oai-broken.jsonl', 'arxiv-oai', 'JSON Lines with `id`, `abstract` and snapshot keys (arXiv metadata snapshot)'],
    ['hf-api-curated.json', 'hf-api', 'a JSON array of `{ paper }` objects (Hugging Face Papers API)'],
  ])('%s → %s', (name, format, reason) => {
    expect(detectListingFormat(fixture(name))).toEqual({ format, reason })
    expect(parseListing(fixture(name))).toMatchObject({ format, detected: true })
  })

  test.each([
    ['[{"title":"T","abstract":"A"}]', 'jsonl'],
    ['[{"id":"2611.00001","title":"T","summary":"S","upvotes":3}]', 'hf-api'],
    ['{"id":"2611.00001","title":"T","summary":"S","upvotes":3}\n', 'hf-api'],
    ['{"id":"2611.00001","title":"T","summary":"S","authors":[{"_id":"a1","name":"A"}]}\n', 'hf-api'],
    ['{\n  "paper": {"id": "2611.00001", "title": "T", "summary": "S"}\n}', 'hf-api'],
    ['{"title":"T","abstract":"A"}\n', 'jsonl'],
    ['{"id":"2611.00001","title":"T","abstract":"A"}\n', 'jsonl'],
    ['{"id":"2611.00001","title":"T","abstract":"A","versions":[]}\n', 'arxiv-oai'],
    ['{broken\n{"id":"2611.00001","title":"T","abstract":"A","update_date":"2026-01-01"}\n', 'arxiv-oai'],
    ['\uFEFF\n\n  [{"paper":{"id":"1","title":"T","summary":"S"}}]', 'hf-api'],
    ['<?xml version="1.0"?>\n<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"></atom:feed>', 'arxiv-atom'],
    ['[1] Attention Is a Toy\nWe study toys.', 'hf-text'],
    ['XDoc: Unified Pre-training\nWe propose XDoc.', 'hf-text'],
    ['', 'hf-text'],
  ])('%j → %s', (input, format) => {
    expect(detectFormat(input)).toBe(format)
  })

  test('an explicit format is used as given (detected: false)', () => {
    const result = parseListing(fixture('arxiv-oai.jsonl'), { format: 'jsonl' })
    expect(result).toMatchObject({ format: 'jsonl', detected: false })
    expect(result.records).toHaveLength(4)
    expect(() => parseListing('x', { format: 'csv' as never })).toThrow('Expected format `auto`, `hf-text`, `hf-api`, `arxiv-atom`, `arxiv-oai`, `jsonl`, not `csv`')
  })
})

describe('bad content never throws, in linear time', () => {
  const formats = ['auto', 'hf-api', 'arxiv-atom', 'arxiv-oai', 'jsonl'] as const
  const samples = [fixture('arxiv-atom.xml'), fixture('arxiv-oai.jsonl'), fixture('hf-api-curated.json')]

  test('random damage to each fixture, in every format', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.constantFrom(...formats),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 4 })), { maxLength: 4 }),
        (text, format, edits) => {
          let damaged = text
          for (const [at, length, insert] of edits) {
            const start = at % (damaged.length + 1)
            damaged = damaged.slice(0, start) + insert + damaged.slice(start + length)
          }
          const result = parseListing(damaged, { format })
          expectValid(result)
        },
      ),
      { numRuns: 300 },
    )
  })

  test.each([
    ['100k `[`', '['.repeat(100_000)],
    ['1 MB of commas in an array', `[${','.repeat(1 << 20)}]`],
    ['200k unclosed objects', `[${'{"a":'.repeat(200_000)}`],
    ['1 MB of escaped quotes', `{"title":"${'\\"'.repeat(1 << 19)}"}`],
    ['1 MB of backslashes', `["${'\\'.repeat(1 << 20)}`],
    ['dot-joined digits', '0.'.repeat(1 << 19)],
    ['100k unclosed entries', `<feed>${'<entry>'.repeat(100_000)}`],
    ['100k nested elements', `<feed>${'<a>'.repeat(100_000)}</feed>`],
    ['one huge line', `{"title":"${'x'.repeat(1 << 20)}","abstract":"y"}`],
  ])('%s', (_name, text) => {
    for (const format of formats) {
      const started = performance.now()
      const result = parseListing(text, { format })
      expect(result.records.length + result.issues.length).toBeGreaterThan(0)
      // Generous bound (the benchmark measures speed): 20 s per format for 1 MB.
      expect(performance.now() - started).toBeLessThan(20_000)
    }
  })
})
