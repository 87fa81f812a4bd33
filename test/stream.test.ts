import { createReadStream, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import { InvalidArgumentError } from '../src/errors.js'
import { parseListing } from '../src/listing/parse-listing.js'
import { parseListingStream, type ListingStreamItem, type ListingStreamSummary } from '../src/listing/stream.js'
import type { ListingRecord, ParseIssue } from '../src/schema.js'

const root = join(import.meta.dirname, '..')
const fixturePath = (name: string) => join(root, 'test/fixtures/listings', name)
const fixture = (name: string) => readFileSync(fixturePath(name), 'utf8')
const corpus = join(root, '..', 'shared', 'corpora')

/** Cut a text into byte chunks of `size` (chunks end inside characters and lines). */
async function* bytes(text: string, size: number): AsyncGenerator<Uint8Array> {
  const data = new TextEncoder().encode(text)
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size)
}

async function* strings(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size)
}

async function collect(items: AsyncGenerator<ListingStreamItem, ListingStreamSummary>) {
  const records: ListingRecord[] = []
  const issues: ParseIssue[] = []
  const order: string[] = []
  let summary: ListingStreamSummary | null = null
  for (;;) {
    const next = await items.next()
    if (next.done) {
      summary = next.value
      break
    }
    const item = next.value
    if (item.type === 'record') {
      records.push(item.record)
      order.push(`record@${item.record.origin.line}`)
    } else {
      issues.push(item.issue)
      order.push(`${item.issue.code}@${item.issue.line}`)
    }
  }
  return { records, issues, order, summary }
}

const byLine = (issues: ParseIssue[]) => [...issues].sort((a, b) => (a.line ?? 1e9) - (b.line ?? 1e9) || (a.column ?? 0) - (b.column ?? 0))

describe('parseListingStream gives what parseListing gives', () => {
  const hfApi = readFileSync(join(corpus, 'hf-api', '2025-12-08.json'), 'utf8')
  const cases: Array<[string, string]> = [
    ['arxiv-oai.jsonl', fixture('arxiv-oai.jsonl')],
    ['arxiv-oai-broken.jsonl', fixture('arxiv-oai-broken.jsonl')],
    ['arxiv-atom.xml', fixture('arxiv-atom.xml')],
    ['hf-api-curated.json', fixture('hf-api-curated.json')],
    ['hf-api 2025-12-08.json', hfApi],
    ['hf-text page', 'Daily Papers\nWarpKV: Query-Aware Cache Eviction\nWe present WarpKV, a query-aware eviction policy.\n12\nGateSkip: Learned Layer Skipping\nWe learn which layers to skip.\n'],
    ['jsonl as a JSON array', '[{"title":"A","abstract":"B"},\n{"title":"C"}]'],
  ]

  test.each(cases)('%s, in byte chunks of 1, 7 and 4096 and string chunks of 5', async (_name, text) => {
    const whole = parseListing(text, { file: 'x' })
    for (const source of [bytes(text, 1), bytes(text, 7), bytes(text, 4096), strings(text, 5)]) {
      const streamed = await collect(parseListingStream(source, { file: 'x' }))
      expect(streamed.records).toEqual(whole.records)
      expect(byLine(streamed.issues)).toEqual(byLine(whole.issues))
      expect(streamed.summary).toEqual({
        format: whole.format,
        detected: true,
        records: whole.records.length,
        issues: whole.issues.length,
        errors: whole.issues.filter((issue) => issue.severity === 'error').length,
      })
    }
  })

  test('the 2,000-line HF daily corpus from a file stream', async () => {
    const path = join(corpus, 'hf-daily-sample-dev.jsonl')
    const whole = parseListing(readFileSync(path, 'utf8'))
    const streamed = await collect(parseListingStream(createReadStream(path, { highWaterMark: 16 * 1024 })))
    expect(streamed.records).toHaveLength(2000)
    expect(streamed.records).toEqual(whole.records)
    expect(streamed.summary?.format).toBe('jsonl')
  })

  test('records and issues come interleaved in input order, each with the format', async () => {
    const items: ListingStreamItem[] = []
    for await (const item of parseListingStream(bytes(fixture('arxiv-oai-broken.jsonl'), 3))) items.push(item)
    expect(items.map((item) => (item.type === 'record' ? `R${item.record.origin.line}` : `${item.issue.code}@${item.issue.line}`))).toEqual([
      'R1',
      'malformed_json@2',
      'wrong_type@4',
      'missing_title@5',
      'wrong_type@6',
      'R7',
      'invalid_date@7',
      'wrong_type@7',
      'R8',
      'truncated_input@9',
    ])
    expect(new Set(items.map((item) => item.format))).toEqual(new Set(['arxiv-oai']))
    const atom = await collect(parseListingStream(strings(fixture('arxiv-atom.xml').replace('</feed>', ''), 100)))
    expect(atom.order).toEqual(['record@10', 'record@39', 'record@58', 'truncated_input@71'])
  })
})

describe('streaming JSON Lines', () => {
  test('multi-byte characters split across chunks, CRLF line ends, a BOM', async () => {
    const text = '\uFEFF{"title":"Caf\u00e9 \u{1F600} na\u00efve","abstract":"\u00dcber\\n  alles"}\r\n{"title":"T2","abstract":"A2"}\r\n'
    for (const size of [1, 2, 3]) {
      const { records, issues } = await collect(parseListingStream(bytes(text, size), { format: 'jsonl' }))
      expect(issues).toEqual([])
      expect(records.map((record) => [record.title, record.abstract, record.origin.line])).toEqual([
        ['Caf\u00e9 \u{1F600} na\u00efve', '\u00dcber alles', 1],
        ['T2', 'A2', 2],
      ])
    }
  })

  test('reads only as far as the consumer asks (an endless input)', async () => {
    let produced = 0
    async function* endless(): AsyncGenerator<string> {
      for (;;) {
        produced++
        yield `{"title":"Paper ${produced}","abstract":"About ${produced}."}\n`
      }
    }
    const titles: string[] = []
    for await (const item of parseListingStream(endless(), { format: 'arxiv-oai' })) {
      if (item.type === 'record') titles.push(item.record.title)
      if (titles.length === 5) break
    }
    expect(titles).toEqual(['Paper 1', 'Paper 2', 'Paper 3', 'Paper 4', 'Paper 5'])
    expect(produced).toBeLessThan(10)
  })

  test('auto detection reads a 64 KiB head, then streams (a format the head decides)', async () => {
    const line = (i: number) => `{"id":"2611.${String(i).padStart(5, '0')}","title":"T${i}","abstract":"A${i}","update_date":"2026-11-01"}\n`
    let produced = 0
    async function* lines(): AsyncGenerator<string> {
      for (let i = 0; i < 5000; i++) {
        produced++
        yield line(i)
      }
    }
    const items = parseListingStream(lines())
    const first = await items.next()
    expect(first.done).toBe(false)
    expect(first.value).toMatchObject({ type: 'record', format: 'arxiv-oai', record: { title: 'T0', arxivId: '2611.00000' } })
    // 64 KiB of lines were buffered to detect the format, not the whole input.
    let needed = 0
    for (let length = 0; length < 65_536; needed++) length += line(needed).length
    expect(produced).toBe(needed)
    await items.return(undefined as never)
  })

  test('a line longer than maxLineLength is skipped without being kept, reading goes on', async () => {
    const text = `{"title":"A","abstract":"B"}\n{"title":"${'x'.repeat(5000)}","abstract":"C"}\n{"title":"D","abstract":"E"}\n`
    const { records, issues } = await collect(parseListingStream(strings(text, 64), { format: 'jsonl', maxLineLength: 1000 }))
    expect(records.map((record) => record.title)).toEqual(['A', 'D'])
    expect(records[1]?.origin.line).toBe(3)
    expect(issues).toEqual([
      { code: 'line_too_long', message: 'Expected lines of at most 1000 characters, found a longer one; the line was skipped', line: 2, column: 1, severity: 'error' },
    ])
  })

  test('a truncated last line: truncated_input; a last line without newline that is complete: a record', async () => {
    const good = await collect(parseListingStream(strings('{"title":"A","abstract":"B"}', 4), { format: 'jsonl' }))
    expect(good.records.map((record) => record.title)).toEqual(['A'])
    const cut = await collect(parseListingStream(strings('{"title":"A","abstract":"B"}\n{"title":"C","abs', 4), { format: 'jsonl' }))
    expect(cut.records.map((record) => record.title)).toEqual(['A'])
    expect(cut.issues.map((issue) => [issue.code, issue.line, issue.severity])).toEqual([['truncated_input', 2, 'error']])
  })
})

describe('formats read whole', () => {
  test('hf-text beyond maxBufferedLength: one input_too_large error, nothing kept', async () => {
    const page = 'A Title\nAn abstract sentence.\n'.repeat(200)
    const { records, issues, summary } = await collect(parseListingStream(strings(page, 100), { maxBufferedLength: 1000 }))
    expect(records).toEqual([])
    expect(issues.map((issue) => issue.code)).toEqual(['input_too_large'])
    expect(summary).toMatchObject({ format: 'hf-text', errors: 1 })
  })

  test('an empty input: no items, format hf-text', async () => {
    const { records, issues, summary } = await collect(parseListingStream(strings('', 1)))
    expect(records).toEqual([])
    expect(issues).toEqual([])
    expect(summary).toEqual({ format: 'hf-text', detected: true, records: 0, issues: 0, errors: 0 })
  })

  test('a Node Readable and a web ReadableStream', async () => {
    const text = fixture('arxiv-atom.xml')
    const fromNode = await collect(parseListingStream(Readable.from([Buffer.from(text)])))
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text))
        controller.close()
      },
    })
    const fromWeb = await collect(parseListingStream(web as unknown as AsyncIterable<Uint8Array>))
    expect(fromNode.records.map((record) => record.arxivId)).toEqual(['2611.04217', '2610.11873', 'cs/0112017'])
    expect(fromWeb.records).toEqual(fromNode.records)
  })
})

describe('broken contracts throw typed errors when iterated', () => {
  test('not a stream, a string, a bad chunk, an unknown format', async () => {
    await expect(collect(parseListingStream(42 as never))).rejects.toThrow(new InvalidArgumentError('Expected an async iterable of chunks (a stream), not `42`'))
    await expect(collect(parseListingStream('text' as never))).rejects.toThrow('Expected an async iterable of chunks (a stream), not `text`; for a string, use parseListing')
    await expect(collect(parseListingStream([42] as never))).rejects.toThrow('Expected chunks of string or Uint8Array, not `42`')
    await expect(collect(parseListingStream(strings('x', 1), { format: 'csv' as never }))).rejects.toMatchObject({ code: 'unknown_format' })
  })
})
