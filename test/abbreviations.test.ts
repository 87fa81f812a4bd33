import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { InvalidArgumentError } from '../src/errors.js'
import { extractAbbreviations, findDefinitions } from '../src/extract/abbreviations/index.js'
import { handedCases, readNegative, readPositive } from './helpers/fixtures.js'

const positive = readPositive<Array<{ short: string; long: string }>>('abbreviations')
const negative = readNegative('abbreviations')

describe('extractAbbreviations: fixtures', () => {
  test('fixture files are not empty', () => {
    expect(positive.length).toBeGreaterThanOrEqual(15)
    expect(negative.length).toBeGreaterThanOrEqual(6)
  })

  test.each(positive.map((c) => [c.line, c.input, c.expected] as const))('positive.txt:%i %s', (_line, input, expected) => {
    const pairs = extractAbbreviations(input)
      .filter((a) => a.long !== null)
      .map((a) => ({ short: a.short, long: a.long }))
    expect(pairs).toStrictEqual(expected)
  })

  test.each(negative.map((c) => [c.line, c.input] as const))('negative.txt:%i %s', (_line, input) => {
    expect(extractAbbreviations(input).filter((a) => a.long !== null)).toStrictEqual([])
  })
})

describe('extractAbbreviations: handed cases (../shared/cases/handed.jsonl)', () => {
  const cases = handedCases().filter((c) => c.id.startsWith('acr-'))
  test('there are acr-* cases', () => {
    expect(cases.map((c) => c.id).sort()).toStrictEqual([
      'acr-hyphenated-long-form',
      'acr-long-form-starts-with-and',
      'acr-mixed-case-repeated-initial',
      'acr-two-definitions-one-word-apart',
    ])
  })
  test.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const pairs = extractAbbreviations(c.input)
      .filter((a) => a.long !== null)
      .map((a) => ({ short: a.short, long: a.long }))
    expect(pairs).toStrictEqual((c.expected as { pairs: unknown }).pairs)
  })
})

describe('extractAbbreviations: occurrences and offsets', () => {
  test('returns every occurrence, with offsets for both parts', () => {
    const text = 'We propose Sparse Token Routing (STR). STR halves latency, and STR-L adds layers; CNNs are not used.'
    expect(extractAbbreviations(text)).toStrictEqual([
      { short: 'STR', shortStart: 33, shortEnd: 36, long: 'Sparse Token Routing', longStart: 11, longEnd: 31, rule: 'long-short', confidence: 0.95 },
      { short: 'STR', shortStart: 39, shortEnd: 42, long: null, longStart: null, longEnd: null, rule: 'defined-elsewhere', confidence: 0.9 },
      { short: 'STR-L', shortStart: 63, shortEnd: 68, long: null, longStart: null, longEnd: null, rule: 'shape', confidence: 0.6 },
      { short: 'CNNs', shortStart: 82, shortEnd: 86, long: null, longStart: null, longEnd: null, rule: 'shape', confidence: 0.6 },
    ])
  })

  test('SHORT (long form) gives offsets of both parts', () => {
    const [a] = extractAbbreviations('We report WER (word error rate) only.')
    expect(a).toStrictEqual({ short: 'WER', shortStart: 10, shortEnd: 13, long: 'word error rate', longStart: 15, longEnd: 30, rule: 'short-long', confidence: 0.9 })
  })

  test('acronym-shaped tokens count; words, camel-case names and Roman numerals do not', () => {
    const text = 'The LLM and NLoS links beat TensorFlow, AdaPool and phase II on 5G with an ID.'
    expect(extractAbbreviations(text).map((a) => a.short)).toStrictEqual(['LLM', 'NLoS', '5G', 'ID'])
  })

  test('offsets slice back to the surface, also through LaTeX', () => {
    const text = 'we use \\emph{Query-Aware Cache Gating (QACG)}; QACG is fast (see Fig.~2), unlike $\\times$ LRU.'
    for (const a of extractAbbreviations(text)) {
      expect(text.slice(a.shortStart, a.shortEnd)).toBe(a.short)
      if (a.long !== null) expect(text.slice(a.longStart ?? 0, a.longEnd ?? 0)).toBe(a.long)
    }
    expect(findDefinitions(text).map((d) => d.long)).toStrictEqual(['Query-Aware Cache Gating'])
  })

  test('throws InvalidArgumentError on a non-string', () => {
    expect(() => extractAbbreviations(42 as unknown as string)).toThrow(InvalidArgumentError)
    expect(() => extractAbbreviations(42 as unknown as string)).toThrow('Expected string, not `42`')
  })

  test('any string: no crash, offsets in range and consistent', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('A', 'b', 'C', 'd', ' ', '(', ')', '-', '.', ',', '2', "'", '\\', '{', '}', 'Ab', 'xY') , maxLength: 80 }), (text) => {
        for (const a of extractAbbreviations(text)) {
          expect(text.slice(a.shortStart, a.shortEnd)).toBe(a.short)
          expect(a.shortEnd).toBeGreaterThan(a.shortStart)
          if (a.long !== null) expect(text.slice(a.longStart ?? -1, a.longEnd ?? -1)).toBe(a.long)
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('extractAbbreviations: adversarial inputs finish in linear time', () => {
  const MB = 1_000_000
  const inputs: Array<[string, string]> = [
    ['dot-joined digits', '1.'.repeat(MB / 2)],
    ['one huge token', 'A'.repeat(MB)],
    ['100k brackets', '()'.repeat(50_000)],
    ['100k open parentheses', '('.repeat(100_000)],
    ['repeated backslashes', '\\'.repeat(MB)],
    ['acronyms in parentheses', 'Big Model Set (BMS) '.repeat(50_000)],
    ['hyphen chains', 'AB - '.repeat(200_000)],
    ['glossary connectors', 'AB = '.repeat(200_000)],
  ]
  test.each(inputs)('%s', (_name, text) => {
    const started = performance.now()
    extractAbbreviations(text)
    // Generous bound (20x the measured cost); speed is measured by the benchmark, not here.
    expect(performance.now() - started).toBeLessThan(20_000)
  })
})
