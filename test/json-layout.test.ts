// JSON listings (hf-api, arxiv-oai, jsonl) are judged line by line unless their head shows one
// array or one pretty-printed object (jsonLayout): a damaged first line — prose, one huge token,
// NUL bytes, invalid UTF-8, a cut-off object — costs only itself, and parseListingStream decides
// exactly as parseListing does, whatever the chunking.
import { describe, expect, test } from 'vitest'
import { parseListing } from '../src/listing/parse-listing.js'
import { parseListingStream } from '../src/listing/stream.js'
import { LAYOUT_HEAD_LENGTH, jsonLayout } from '../src/listing/json-entries.js'
import type { ListingFormat, ListingRecord, ParseIssue } from '../src/schema.js'

const good = JSON.stringify({ title: 'Sparse Mixers: Routing Tokens by Budget', abstract: 'We route tokens by a learned budget.' })
const other = JSON.stringify({ title: 'Dense Mixers Revisited', abstract: 'Dense mixing is cheaper than it looks.' })

describe('jsonLayout', () => {
  test.each<[string, string, boolean, ReturnType<typeof jsonLayout>]>([
    ['prose first', 'Adaptive layers cut the cost.\n{"a":1}', true, 'lines'],
    ['NUL bytes first', '\0\0\0\n{"a":1}', true, 'lines'],
    ['U+FFFD first', '\uFFFD\uFFFD(\n{"a":1}', true, 'lines'],
    ['one JSON line', '{"a":1}', true, 'lines'],
    ['JSON Lines', '{"a":1}\n{"b":2}\n', true, 'lines'],
    ['a cut-off first line, then an object', '{"title": "Trunc\n{"a":1}', true, 'lines'],
    ['a cut-off first line, then prose', '{"title": "Trunc\nnot json at all\n{"a":1}', true, 'lines'],
    ['an object broken mid-line', '{"title":"T" "abstract":"A"}\n', true, 'lines'],
    ['a pretty-printed object', '{\n  "title": "T",\n  "abstract": "A"\n}\n', true, 'object'],
    ['an object wrapped after a comma', '{"title": "T",\n "abstract": "A"}', true, 'object'],
    ['a cut-off single object with a final newline', '{"title": "T", "abs\n', true, 'object'],
    ['a one-line array', '[{"a":1},{"b":2}]', true, 'array'],
    ['a pretty-printed array', '[\n  {"a": 1},\n  {"b": 2}\n]', true, 'array'],
    ['an array, one element per line', '[{"a":1},\n{"b":2},\n{"c":3}]', true, 'array'],
    ['an array, comma-first', '[{"a":1}\n,{"b":2}]', true, 'array'],
    ['concatenated arrays', '[{"a":1}]\n[{"b":2}]', true, 'array'],
    ['a cut-off array line, then JSON Lines', '[1, 2\n{"a":1}\n', true, 'lines'],
    ['a complete array line, then JSON Lines', '[1,2,3]\n{"a":1}\n', true, 'lines'],
  ])('%s', (_name, head, complete, layout) => {
    expect(jsonLayout(head, complete)).toBe(layout)
  })

  test('null only while the head is too short to tell', () => {
    expect(jsonLayout('{"title": "Tr', false)).toBeNull()
    expect(jsonLayout('{"title": "Trunc\n  ', false)).toBeNull()
    expect(jsonLayout('{"title": "Trunc\n  {', false)).toBe('lines')
    expect(jsonLayout(`{"title": "${'x'.repeat(LAYOUT_HEAD_LENGTH)}`, false)).toBe('lines')
    expect(jsonLayout(`[${'1,'.repeat(LAYOUT_HEAD_LENGTH)}`, false)).toBe('array')
    expect(jsonLayout('hello', false)).toBe('lines')
  })
})

describe('a damaged first line costs only itself', () => {
  test.each<[string, ListingFormat, string]>([
    ['prose', 'jsonl', 'Adaptive layers cut the training cost of large models.'],
    ['NUL bytes', 'jsonl', '\0\0\0\0'],
    ['invalid UTF-8', 'jsonl', Buffer.from([0xff, 0xfe, 0xc3, 0x28]).toString('utf8')],
    ['a cut-off object', 'jsonl', '{"title": "Dense Mixers", "abstract": "We mix ev'],
    ['a cut-off array', 'jsonl', '[1, 2'],
    ['prose, as arxiv-oai', 'arxiv-oai', 'not json at all'],
  ])('%s (format %s): both records at lines 2 and 3, one error issue at line 1', (_name, format, junk) => {
    const result = parseListing(`${junk}\n${good}\n${other}\n`, { format })
    expect(result.records.map((record) => [record.title, record.origin.line])).toEqual([
      ['Sparse Mixers: Routing Tokens by Budget', 2],
      ['Dense Mixers Revisited', 3],
    ])
    expect(result.issues.map((issue) => [issue.line, issue.severity])).toEqual([[1, 'error']])
  })

  test('hf-api as JSON Lines: a line of NUL bytes first, then two papers', () => {
    const papers = [good, other].map((line) => {
      const { title, abstract } = JSON.parse(line) as { title: string; abstract: string }
      return JSON.stringify({ paper: { id: '2611.00001', title, summary: abstract } })
    })
    const result = parseListing(`\0\0\0\n${papers.join('\n')}\n`, { format: 'hf-api' })
    expect(result.records.map((record) => [record.title, record.origin.line])).toEqual([
      ['Sparse Mixers: Routing Tokens by Budget', 2],
      ['Dense Mixers Revisited', 3],
    ])
    expect(result.issues.map((issue) => [issue.code, issue.line, issue.severity])).toEqual([['unexpected_content', 1, 'error']])
  })

  test('a line that starts no JSON value: unexpected_content, control characters written out', () => {
    expect(parseListing(`\0\0\u0001x\n${good}`, { format: 'jsonl' }).issues).toEqual([
      {
        code: 'unexpected_content',
        message: 'Expected a JSON object for each record (one per line), found `\\u0000\\u0000\\u0001x`; the line was skipped',
        line: 1,
        column: 1,
        severity: 'error',
      },
    ])
    expect(parseListing('  hello', { format: 'hf-api' }).issues).toEqual([
      { code: 'unexpected_content', message: 'Expected a JSON object for each paper (one per line), found `hello`; the line was skipped', line: 1, column: 3, severity: 'error' },
    ])
  })

  test('a line of NUL bytes is not blank: an error issue, not nothing', () => {
    for (const format of ['jsonl', 'arxiv-oai', 'hf-api'] as const) {
      const result = parseListing('\0\0\0\n\0\0\n\0', { format })
      expect(result.records).toEqual([])
      expect(result.issues.map((issue) => [issue.code, issue.line])).toEqual([
        ['unexpected_content', 1],
        ['unexpected_content', 2],
        ['unexpected_content', 3],
      ])
    }
  })
})

async function* bytes(text: string, size: number): AsyncGenerator<Uint8Array> {
  const data = new TextEncoder().encode(text)
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size)
}

async function streamed(text: string, format: ListingFormat | 'auto', size: number) {
  const records: ListingRecord[] = []
  const issues: ParseIssue[] = []
  for await (const item of parseListingStream(bytes(text, size), { format })) {
    if (item.type === 'record') records.push(item.record)
    else issues.push(item.issue)
  }
  return { records, issues }
}

describe('parseListingStream decides the layout as parseListing does', () => {
  const byLine = (issues: ParseIssue[]) => [...issues].sort((a, b) => (a.line ?? 1e9) - (b.line ?? 1e9) || (a.column ?? 0) - (b.column ?? 0))
  const inputs: Array<[string, string]> = [
    ['junk first line', `Adaptive layers.\n${good}\n\0\0\n${other}\n`],
    ['cut-off first line', `{"title": "Trunc\n${good}\n${other}`],
    ['cut-off array line', `[1, 2\n${good}\n${other}\n`],
    ['blank lines and spaces before a pretty-printed object', `\n\n   {\n  "title": "Pretty",\n  "abstract": "Printed."\n}\n`],
    ['a pretty-printed array', `[\n  ${good},\n  ${other}\n]\n`],
    ['an array, one element per line', `[${good},\n${other}]`],
    ['a cut-off single object', '{"title": "T", "abs\n'],
    ['only blanks', '\n  \n\t\n'],
  ]
  for (const [name, text] of inputs) {
    for (const format of ['jsonl', 'arxiv-oai', 'hf-api', 'auto'] as const) {
      test(`${name}, format ${format}, chunks of 1, 5 and 4096 bytes`, async () => {
        const whole = parseListing(text, { format })
        for (const size of [1, 5, 4096]) {
          const result = await streamed(text, format, size)
          expect(result.records).toEqual(whole.records)
          expect(byLine(result.issues)).toEqual(byLine(whole.issues))
        }
      })
    }
  }

  test('a 2 MB junk first line (longer than the 64 KiB head) is skipped and the next line read, streamed', async () => {
    const junk = 'Adaptive layers cut the training cost of large models on average. '.repeat(30_000)
    const text = `${junk}\n${good}\n`
    const whole = parseListing(text, { format: 'jsonl' })
    const result = await streamed(text, 'jsonl', 65_536)
    expect(result.records.map((record) => [record.title, record.origin.line])).toEqual([['Sparse Mixers: Routing Tokens by Budget', 2]])
    expect(result.records).toEqual(whole.records)
    expect(result.issues).toEqual(whole.issues)
    expect(result.issues.map((issue) => [issue.code, issue.line])).toEqual([['unexpected_content', 1]])
  })
})
