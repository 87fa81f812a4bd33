// Properties of the public functions over arbitrary strings and arbitrary listing-like texts
// (fast-check): nothing throws on content, every span slices back to its text, results are
// schema-valid, and a listing's records and issues account for every entry. They hold for any
// implementation that keeps the contract of docs/design.md.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  extractAbbreviations,
  extractLinks,
  extractNames,
  extractPaper,
  extractQuantities,
  parseListing,
  parsePapers,
  LISTING_FORMATS,
} from '../src/extract.js'
import type { ListingFormat } from '../src/extract.js'
import {
  AbbreviationSchema,
  CoinedNameSchema,
  LinkSchema,
  ListingRecordSchema,
  PaperSchema,
  ParseIssueSchema,
  QuantitySchema,
} from '../src/schema.js'

const RUNS = { numRuns: 300 }
const TIMEOUT = { timeout: 60_000 }

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))
/** Pieces of paper prose that reach every extractor's rules, and pieces that trip naive ones. */
const FRAGMENTS = [
  'We', 'propose', 'XDoc', 'BERT', 'AdaPT', 'Adaptive', 'Precision', 'Training', 'model', 'layers', 'the', 'a',
  '(AdaPT)', '(BERT)', '(', ')', '[', ']', '{', '}', '.', ',', ';', ':', '-', '–', '"', "'", '\\', '$', '%', '/',
  '36.7%', '3.2 - 4.4x', '1.35x', '15\\%', '$\\times$', '×', 'x8.8', '130M', '7B', '20ms', '8 GB', '<1%', 'up to',
  '~2x', '10^3', '1e-4', '0.5', '1,000', 'ResNet-50', 'Llama-3-8B', 'top-1', 'INT4', '3D', '1.2.3.4',
  'https://github.com/acme/tool', 'https://github.com/acme/tool.', 'github.com/acme/x', 'https://aka.ms/xdoc',
  'https://huggingface.co/acme/m', 'http://example.org/a_(b)', '\\url{https://x.io/y}', 'https://github. com/a/b',
  'www.example.com', 'e.g.', 'i.e.', 'et al.', 'Fig. 3', 'Sec. 2', 'code', 'will be released', 'available at',
  'é', 'ü', '—', '\u00a0', '\u200b', '\ufeff', '😀', '\ud800', '\udc00', '\0', '\t', '\r', '\n', '\r\n', ' ', '  ',
]
const fragment = fc.constantFrom(...FRAGMENTS)
/** Prose-like text: fragments joined by spaces or nothing. */
const prose = fc
  .array(fc.tuple(fragment, fc.constantFrom(' ', ' ', ' ', '', '\n')), { maxLength: 60 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''))
/** Arbitrary text: any code units, printable ASCII, or prose-like. */
const anyText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 200 }),
  fc.string({ maxLength: 200 }),
  prose,
  fc.tuple(prose, fc.string({ unit: codeUnit, maxLength: 40 }), prose).map((parts) => parts.join('')),
)

const WORDS = [
  'adaptive', 'sparse', 'routing', 'layers', 'efficient', 'vision', 'transformers', 'graph', 'networks', 'memory',
  'budget', 'tokens', 'mixture', 'experts', 'training', 'precision', 'scalable', 'robust', 'language', 'models',
  'pruning', 'attention', 'learning', 'features', 'compression', 'diffusion', 'retrieval', 'reasoning',
]
const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
const titleArb = fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 9 }).map((ws) => ws.map(capitalise).join(' '))
const sentenceArb = fc
  .array(fc.constantFrom(...WORDS, 'the', 'of', 'a', 'we', 'and', 'with', '36.7%', '2x', 'https://github.com/acme/tool'), {
    minLength: 8,
    maxLength: 18,
  })
  .map((ws) => `${capitalise(ws.join(' '))}.`)
const abstractArb = fc.array(sentenceArb, { minLength: 2, maxLength: 5 }).map((ss) => ss.join(' '))
/** 1–8 entries with distinct titles (a repeated title and abstract is a duplicate, not an entry). */
const entriesArb = fc.uniqueArray(fc.record({ title: titleArb, abstract: abstractArb }), {
  minLength: 1,
  maxLength: 8,
  selector: (e) => e.title.toLowerCase(),
})

/** Lines a copied listing page is made of, in any order: text lines, page furniture, JSON and XML bits. */
const listingLine = fc.oneof(
  titleArb,
  abstractArb,
  prose,
  fc.constantFrom(
    '', ' ', 'Subscribe', 'Daily Papers', '12', '-', '· 3 authors', '·', 'Published on Feb 27, 2025', 'May 29',
    'GitHub 1.2k', 'Submitted by someone', '{', '}', '[', ']', '{"title": "A", "abstract": "B"}', '{"title":',
    '<entry>', '<title>A</title>', '</feed>', '\uFEFF', '\0\0', 'x'.repeat(300),
  ),
  fc.string({ unit: codeUnit, maxLength: 80 }),
)
const listingLike = fc
  .tuple(fc.array(listingLine, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol))

// ---------------------------------------------------------------------------------------------
// Checks

function expectSliceBack(text: string, item: { text: string; span: { field: string; start: number; end: number } }) {
  expect(item.span.field).toBe('text')
  expect(Number.isInteger(item.span.start) && Number.isInteger(item.span.end)).toBe(true)
  expect(0 <= item.span.start && item.span.start < item.span.end && item.span.end <= text.length).toBe(true)
  expect(text.slice(item.span.start, item.span.end)).toBe(item.text)
}

/** Largest line number the input can have, whatever line-break convention a parser counts. */
const maxLine = (input: string) => (input.match(/\r\n|\r|\n/g)?.length ?? 0) + 1

function expectListingShape(input: string, result: ReturnType<typeof parseListing>) {
  expect(LISTING_FORMATS).toContain(result.format)
  for (const record of result.records) {
    ListingRecordSchema.parse(record)
    const line = record.origin.line
    if (line !== null) expect(line >= 1 && line <= maxLine(input), `record line ${line} of ${maxLine(input)}`).toBe(true)
  }
  for (const issue of result.issues) {
    ParseIssueSchema.parse(issue)
    if (issue.line !== null) expect(issue.line >= 1 && issue.line <= maxLine(input), `issue line ${issue.line} of ${maxLine(input)}`).toBe(true)
  }
}

// ---------------------------------------------------------------------------------------------
// Extractors

describe('extractors over arbitrary text: no throw, schema-valid items, spans slice back', () => {
  test('extractQuantities: text.slice(span) === quantity.text', TIMEOUT, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const q of extractQuantities(text)) {
          QuantitySchema.parse(q)
          expectSliceBack(text, q)
        }
      }),
      RUNS,
    )
  })

  test('extractLinks: text.slice(span) === link.text', TIMEOUT, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const link of extractLinks(text)) {
          LinkSchema.parse(link)
          expectSliceBack(text, link)
        }
      }),
      RUNS,
    )
  })

  test('extractAbbreviations: short and long offsets slice back, long form before or after the short form', TIMEOUT, () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const a of extractAbbreviations(text)) {
          AbbreviationSchema.parse(a)
          expect(0 <= a.shortStart && a.shortStart < a.shortEnd && a.shortEnd <= text.length).toBe(true)
          expect(text.slice(a.shortStart, a.shortEnd)).toBe(a.short)
          if (a.long === null) {
            expect(a.longStart).toBeNull()
            expect(a.longEnd).toBeNull()
          } else {
            expect(a.longStart !== null && a.longEnd !== null && 0 <= a.longStart && a.longStart < a.longEnd && a.longEnd <= text.length).toBe(true)
            expect(text.slice(a.longStart ?? 0, a.longEnd ?? 0)).toBe(a.long)
            // The two spans do not overlap.
            expect((a.longEnd ?? 0) <= a.shortStart || a.shortEnd <= (a.longStart ?? 0)).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })

  test('extractNames: names are schema-valid, every span lies inside its field', TIMEOUT, () => {
    fc.assert(
      fc.property(fc.oneof(anyText, titleArb), anyText, (title, abstract) => {
        const fields = { title, abstract }
        for (const name of extractNames({ title, abstract })) {
          CoinedNameSchema.parse(name)
          expect(name.name.trim().length).toBeGreaterThan(0)
          for (const span of name.spans) {
            expect(span.field === 'title' || span.field === 'abstract', `span field ${span.field}`).toBe(true)
            const field = fields[span.field as 'title' | 'abstract']
            expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true)
            expect(0 <= span.start && span.start < span.end && span.end <= field.length).toBe(true)
          }
        }
      }),
      RUNS,
    )
  })

  test('extractPaper: a schema-valid Paper whose link and quantity spans slice back into title / abstract', TIMEOUT, () => {
    // A record's title is never empty (ListingRecord.title has min length 1).
    const titles = fc.oneof(anyText, titleArb).filter((t) => t.length > 0)
    fc.assert(
      fc.property(titles, anyText, (title, abstract) => {
        const paper = PaperSchema.parse(extractPaper({ title, abstract }))
        expect(paper.title).toBe(title)
        expect(paper.abstract).toBe(abstract)
        for (const item of [...paper.links, ...paper.quantities]) {
          expect(item.span.field === 'title' || item.span.field === 'abstract').toBe(true)
          const field = item.span.field === 'title' ? paper.title : paper.abstract
          expect(field.slice(item.span.start, item.span.end)).toBe(item.text)
        }
        for (const span of paper.names.flatMap((n) => n.spans)) {
          const field = span.field === 'title' ? paper.title : paper.abstract
          expect(span.field === 'title' || span.field === 'abstract').toBe(true)
          expect(0 <= span.start && span.start < span.end && span.end <= field.length).toBe(true)
        }
        expect(paper.method).toEqual(paper.names[0] ?? null)
      }),
      RUNS,
    )
  })
})

// ---------------------------------------------------------------------------------------------
// Listing parser

describe('parseListing over arbitrary and listing-like text: no throw, valid shape, lines that exist', () => {
  const formats: Array<ListingFormat | 'auto'> = ['auto', ...LISTING_FORMATS]
  for (const format of formats) {
    test(`format ${format}`, TIMEOUT, () => {
      fc.assert(
        fc.property(fc.oneof(anyText, listingLike), (input) => {
          expectListingShape(input, parseListing(input, { format }))
        }),
        { numRuns: 150 },
      )
    })
  }

  test('parsePapers: one schema-valid Paper per record, unique ids', TIMEOUT, () => {
    fc.assert(
      fc.property(listingLike, (input) => {
        const { records } = parseListing(input)
        const { papers } = parsePapers(input)
        expect(papers.length).toBe(records.length)
        for (const paper of papers) PaperSchema.parse(paper)
        expect(new Set(papers.map((p) => p.id)).size).toBe(papers.length)
      }),
      { numRuns: 150 },
    )
  })
})

/** Listings written from known entries, in each format, so that entries can be counted. */
const WRITERS: Record<ListingFormat, (entries: Array<{ title: string; abstract: string }>) => { text: string; lines: number[] }> = {
  'hf-text': (entries) => ({
    text: entries.map((e) => `${e.title}\n${e.abstract}`).join('\n'),
    lines: entries.map((_, i) => 2 * i + 1),
  }),
  jsonl: (entries) => ({ text: entries.map((e) => JSON.stringify(e)).join('\n'), lines: entries.map((_, i) => i + 1) }),
  'arxiv-oai': (entries) => ({
    text: entries
      .map((e, i) =>
        JSON.stringify({
          id: `2401.${String(10001 + i)}`,
          submitter: 'Ada Lovelace',
          authors: 'Ada Lovelace and Alan Turing',
          title: e.title,
          comments: null,
          'journal-ref': null,
          doi: null,
          'report-no': null,
          categories: 'cs.LG',
          license: null,
          abstract: e.abstract,
          versions: [{ version: 'v1', created: 'Mon, 1 Jan 2024 00:00:00 GMT' }],
          update_date: '2024-01-02',
          authors_parsed: [['Lovelace', 'Ada', '']],
        }),
      )
      .join('\n'),
    lines: entries.map((_, i) => i + 1),
  }),
  'hf-api': (entries) => {
    const text = JSON.stringify(
      entries.map((e, i) => ({
        paper: { id: `2401.${String(10001 + i)}`, title: e.title, summary: e.abstract, authors: [{ name: 'Ada Lovelace' }], upvotes: i, publishedAt: '2024-01-01T00:00:00.000Z' },
        title: e.title,
        summary: e.abstract,
        publishedAt: '2024-01-01T00:00:00.000Z',
        numComments: 0,
      })),
      null,
      2,
    )
    return { text, lines: [] }
  },
  'arxiv-atom': (entries) => {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const body = entries
      .map(
        (e, i) =>
          `  <entry>\n    <id>http://arxiv.org/abs/2401.${String(10001 + i)}v1</id>\n    <published>2024-01-01T00:00:00Z</published>\n` +
          `    <title>${esc(e.title)}</title>\n    <summary>${esc(e.abstract)}</summary>\n    <author><name>Ada Lovelace</name></author>\n  </entry>`,
      )
      .join('\n')
    return { text: `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n${body}\n</feed>\n`, lines: [] }
  },
}

describe('generated listings: every entry is accounted for', () => {
  for (const format of LISTING_FORMATS) {
    test(`${format}: n entries give n records with the same titles, in order, at lines that exist (explicit and auto)`, TIMEOUT, () => {
      fc.assert(
        fc.property(entriesArb, (entries) => {
          const { text, lines } = WRITERS[format](entries)
          for (const option of [format, 'auto'] as const) {
            const result = parseListing(text, { format: option })
            expect(result.format).toBe(format)
            expectListingShape(text, result)
            const errors = result.issues.filter((i) => i.severity === 'error')
            expect(result.records.length + errors.length, 'records + error issues').toBeGreaterThanOrEqual(entries.length)
            expect(result.records.map((r) => r.title)).toEqual(entries.map((e) => e.title))
            expect(result.records.map((r) => r.abstract)).toEqual(entries.map((e) => e.abstract))
            if (lines.length > 0) expect(result.records.map((r) => r.origin.line)).toEqual(lines)
          }
        }),
        { numRuns: 60 },
      )
    })
  }

  const JUNK_LINES = ['{"title": "Trunc', 'not json at all', '[1, 2', '{"abstract": 42}', '\0\0\0', '{}']
  for (const format of ['jsonl', 'arxiv-oai'] as const) {
    test(`${format}: valid lines mixed with broken lines: a record per valid line, an error issue per broken line`, TIMEOUT, () => {
      fc.assert(
        fc.property(entriesArb, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...JUNK_LINES)), { minLength: 1, maxLength: 5 }), (entries, junk) => {
          const good = WRITERS[format](entries).text.split('\n')
          const all = [...good]
          for (const [at, line] of junk) all.splice(at % (all.length + 1), 0, line)
          const text = all.join('\n')
          const result = parseListing(text, { format })
          expectListingShape(text, result)
          expect(result.records.map((r) => r.title)).toEqual(entries.map((e) => e.title))
          const goodLines = all.flatMap((line, i) => (good.includes(line) ? [i + 1] : []))
          expect(result.records.map((r) => r.origin.line)).toEqual(goodLines)
          const badLines = all.flatMap((line, i) => (good.includes(line) ? [] : [i + 1]))
          const errorLines = new Set(result.issues.filter((i) => i.severity === 'error').map((i) => i.line))
          for (const line of badLines) expect(errorLines.has(line), `no error issue at broken line ${line}`).toBe(true)
        }),
        { numRuns: 60 },
      )
    })
  }
})
