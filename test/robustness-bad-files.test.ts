// Bad files through the public listing parser, with `format: 'auto'` and each explicit format:
// empty, BOM only, NUL bytes, invalid UTF-8, truncated JSON, binary garbage. Whatever the
// format, parsing never throws, the result has the documented shape (schema-valid records and
// ParseIssues), an unreadable input yields issues and no records (an error issue in the structured
// formats), and a readable entry next to broken ones still comes out. The same inputs also go through parseListingStream as bytes.
import { describe, expect, test } from 'vitest'
import * as z from 'zod'
import { LISTING_FORMATS, parseListing, parseListingStream } from '../src/extract.js'
import type { ListingFormat } from '../src/extract.js'
import { ListingRecordSchema, ParseIssueSchema } from '../src/schema.js'

type FormatOption = ListingFormat | 'auto'
const FORMATS: FormatOption[] = ['auto', ...LISTING_FORMATS]

/** Deterministic pseudo-random bytes (a linear congruential generator), so failures reproduce. */
function garbageBytes(length: number, seed = 12345): Buffer {
  const bytes = Buffer.alloc(length)
  let x = seed
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    bytes[i] = x >>> 24
  }
  return bytes
}

/** Inputs that hold nothing readable at all. */
const EMPTY: Record<string, string> = {
  empty: '',
  'BOM only': '\uFEFF',
}
/** Inputs that hold something, but nothing a listing is made of. */
const UNREADABLE: Record<string, string> = {
  'NUL bytes': '\0'.repeat(256),
  'NUL bytes on several lines': '\0\0\0\n\0\0\n\0',
  'invalid UTF-8 decoded as text': Buffer.from([0xff, 0xfe, 0xc3, 0x28]).toString('utf8'),
  'binary garbage (4 KiB)': garbageBytes(4096).toString('utf8'),
  'binary garbage read as latin1': garbageBytes(4096, 777).toString('latin1'),
  'truncated JSON array': '[{"paper": {"id": "2401.00001", "title": "XDoc: Unified Pre-tr',
  'truncated JSON object': '{"title": "XDoc: Unified Pre-training", "abstract": "We pro',
  'truncated Atom XML': '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>XDoc: Unif',
}

const IssuesSchema = z.array(ParseIssueSchema)
const RecordsSchema = z.array(ListingRecordSchema)

/** The documented result shape: a known format, schema-valid records and issues. */
function expectShape(result: ReturnType<typeof parseListing>): void {
  expect(LISTING_FORMATS).toContain(result.format)
  expect(RecordsSchema.safeParse(result.records).error).toBeUndefined()
  expect(IssuesSchema.safeParse(result.issues).error).toBeUndefined()
}

describe('bad files: empty input has no records and no error issue, in every format', () => {
  for (const [name, input] of Object.entries(EMPTY)) {
    for (const format of FORMATS) {
      test(`${name}, format ${format}`, () => {
        const result = parseListing(input, { format })
        expectShape(result)
        expect(result.records).toEqual([])
      })
    }
  }
})

describe('bad files: unreadable input gives clean issues and no records, in every format', () => {
  for (const [name, input] of Object.entries(UNREADABLE)) {
    for (const format of FORMATS) {
      test(`${name}, format ${format}`, () => {
        const result = parseListing(input, { format })
        expectShape(result)
        expect(result.records, `records made from ${name}`).toEqual([])
        expect(result.issues.length, `no issue reported for ${name}`).toBeGreaterThan(0)
        // In the structured formats the unreadable input is an entry that was not read: an error.
        // In hf-text a garbage line is not necessarily an entry: any severity will do.
        if (result.format !== 'hf-text') expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true)
      })
    }
  }
})

describe('bad files: a readable entry next to broken ones still comes out', () => {
  const good = { title: 'Sparse Mixers: Routing Tokens by Budget', abstract: 'We route tokens by a learned budget. The router halves compute.' }

  test('jsonl: a valid line, then a truncated line: one record, one error issue at line 2', () => {
    const input = `${JSON.stringify(good)}\n{"title": "Dense Mixers", "abstract": "We mix ev`
    const result = parseListing(input, { format: 'jsonl' })
    expectShape(result)
    expect(result.records.map((r) => r.title)).toEqual([good.title])
    expect(result.records[0]?.origin.line).toBe(1)
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.line)).toEqual([2])
  })

  test('jsonl: NUL bytes and invalid UTF-8 lines between valid lines: both records, an error issue per bad line', () => {
    const second = { title: 'Dense Mixers Revisited', abstract: 'Dense mixing is cheaper than it looks.' }
    const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28]).toString('utf8')
    const input = [JSON.stringify(good), '\0\0\0\0', JSON.stringify(second), bad].join('\n')
    const result = parseListing(input, { format: 'jsonl' })
    expectShape(result)
    expect(result.records.map((r) => [r.title, r.origin.line])).toEqual([
      [good.title, 1],
      [second.title, 3],
    ])
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.line)).toEqual([2, 4])
  })

  test('hf-text: a BOM, then an entry, then a line of binary garbage: the entry is read, the garbage is an issue', () => {
    const garbage = garbageBytes(200, 99).toString('latin1').replace(/[\r\n]/g, '\0')
    const input = `\uFEFF${good.title}\n${good.abstract}\n${garbage}\n`
    const result = parseListing(input, { format: 'hf-text' })
    expectShape(result)
    expect(result.records.map((r) => [r.title, r.abstract, r.origin.line])).toEqual([[good.title, good.abstract, 1]])
    expect(result.issues.some((i) => i.line === 3)).toBe(true)
  })

  test('hf-api: a truncated array does not throw and reports an error issue', () => {
    const input = `[${JSON.stringify({ paper: { id: '2401.00001', title: good.title, summary: good.abstract } })}, {"paper": {"id": "2401.0`
    const result = parseListing(input, { format: 'hf-api' })
    expectShape(result)
    expect(result.issues.some((i) => i.severity === 'error')).toBe(true)
  })
})

/** Feed bytes to parseListingStream in small chunks (splitting multi-byte sequences) and collect. */
async function streamItems(bytes: Uint8Array, format: FormatOption, chunk = 3) {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk)
  }
  const records: unknown[] = []
  const issues: unknown[] = []
  for await (const item of parseListingStream(chunks(), { format })) {
    if (item.type === 'record') records.push(item.record)
    else issues.push(item.issue)
  }
  return { records: RecordsSchema.parse(records), issues: IssuesSchema.parse(issues) }
}

describe('bad files as bytes through parseListingStream', () => {
  const cases: Record<string, Uint8Array> = {
    empty: new Uint8Array(0),
    'BOM only': Buffer.from([0xef, 0xbb, 0xbf]),
    'NUL bytes': new Uint8Array(256),
    'invalid UTF-8': Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
    'binary garbage': garbageBytes(4096),
  }
  for (const [name, bytes] of Object.entries(cases)) {
    for (const format of FORMATS) {
      test(`${name}, format ${format}: no throw, schema-valid items, no records`, async () => {
        const { records, issues } = await streamItems(bytes, format)
        expect(records).toEqual([])
        if (bytes.length > 3) expect(issues.length).toBeGreaterThan(0)
      })
    }
  }

  test('a BOM split across chunks and a UTF-8 title split mid-character read like the same text', async () => {
    const text = 'Ünïcode Mixers: Routing Tökens by Budget\nWe route tokens by a learned budget. The router halves compute.\n'
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    const { records } = await streamItems(bytes, 'hf-text', 2)
    expect(records.map((r) => r.title)).toEqual(parseListing(text, { format: 'hf-text' }).records.map((r) => r.title))
    expect(records.map((r) => r.title)).toEqual(['Ünïcode Mixers: Routing Tökens by Budget'])
  })
})
