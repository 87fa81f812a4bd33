import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { extractQuantities } from '../src/extract/quantities/index.js'
import { QuantitySchema } from '../src/schema.js'

/** Pieces of ML abstracts and LaTeX leftovers, so that random strings hit the grammar often. */
const PIECES = [
  '1', '2.5', '36.7', '0', '1,000', '130', '4.4', ' ', ' ', '-', '--', '–', '~', '<', '>', '≈', '$\\sim$', '\\sim ',
  '%', '\\%', 'x', 'X', '×', '$\\times$', '\\times', 'times', '-fold', 'M', 'B', 'k', 'T', 'GB', 'ms', 'bit', '-bit', 'b',
  'dB', 'GFLOPs', ' hours', 'pp', ' percent', 'to', ' to ', ' and ', 'between ', 'from ', 'up to ', 'about ', 'or less',
  '(', ')', '[', ']', '{', '}', '^', '_', '/', ':', ',', '.', "'", '+', '±', '\\', '$', 'Llama-', 'ResNet', 'top-',
  'v', 'O(', 'Table ', 'layers', 'parameters', 'speedup', 'two', 'four ', 'twenty-three ', 'half', 'a quarter', 'twice ',
  'one', 'the ', 'sim', '\n', 'é', '😀', '\u00a0',
]

const mlText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''))

/** Check the contract of every quantity found in `text`. */
function checkContract(text: string): void {
  const quantities = extractQuantities(text)
  let last = -1
  for (const q of quantities) {
    QuantitySchema.parse(q)
    expect(q.span.field).toBe('text')
    expect(text.slice(q.span.start, q.span.end)).toBe(q.text)
    expect(Number.isFinite(q.value)).toBe(true)
    if (q.max !== null) expect(q.max).toBeGreaterThan(q.value)
    expect(q.span.start).toBeGreaterThanOrEqual(last)
    last = q.span.start
  }
}

describe('extractQuantities: properties (fast-check)', () => {
  test('any string: no throw, valid records, spans slice back to their text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), checkContract), { numRuns: 300 })
  })

  test('abstract-like strings built from the grammar: the same contract', () => {
    fc.assert(fc.property(mlText, checkContract), { numRuns: 600 })
  })
})

/**
 * 1 MB adversarial inputs must finish in linear time. The bound is generous (the digit path runs at
 * several MB/s); speed is measured by the benchmark, not here.
 */
describe('extractQuantities: adversarial inputs run in linear time', () => {
  const MB = 1_000_000
  // The inputs the brief names (dot-joined digits, one huge token, brackets, parentheses, backslashes) at 1 MB;
  // shapes that produce a quantity every few characters at 250 KB (their cost is the output itself).
  const KB250 = 250_000
  const cases: Array<[string, () => string]> = [
    ['dot-joined digits', () => Array.from({ length: MB / 4 }, (_, i) => `${i % 10}.${(i * 7) % 10}`).join('.').slice(0, MB)],
    ['dot-joined digit groups (url-regex ReDoS shape)', () => '024519.117.204.3091.145.122.163310.188.207.83170.224.153.166240kvtq '.repeat(MB / 70)],
    ['one 1 MB token', () => 'a'.repeat(MB)],
    ['one 1 MB number', () => '9'.repeat(MB)],
    ['100k brackets', () => '['.repeat(100_000) + '1' + ']'.repeat(100_000)],
    ['100k opening parentheses', () => '('.repeat(100_000) + '1)'],
    ['100k opening parentheses with numbers', () => '(1'.repeat(100_000)],
    ['repeated backslashes', () => '\\'.repeat(MB)],
    ['1 MB of prose without a quantity', () => 'the layers adapt to the input and skip computation '.repeat(MB / 51)],
    ['repeated LaTeX percent', () => '1\\%'.repeat(KB250 / 4)],
    ['repeated backslashes before digits', () => '\\1'.repeat(KB250 / 2)],
    ['a long grid', () => `${'1x'.repeat(KB250 / 2)}1`],
    ['a long chain of dashes', () => '1-'.repeat(KB250 / 2)],
    ['a long coordination without a unit', () => '1 and '.repeat(KB250 / 6)],
    ['many spelled-out counts', () => 'two layers, '.repeat(KB250 / 12)],
    ['many spelled-out counts that need the tagger', () => 'twenty-one model and '.repeat(KB250 / 21)],
    ['tildes and comparators', () => '~<~1 '.repeat(KB250 / 5)],
  ]
  test.each(cases)('%s', (_name, make) => {
    const text = make()
    const started = performance.now()
    const quantities = extractQuantities(text)
    const ms = performance.now() - started
    expect(Array.isArray(quantities)).toBe(true)
    for (const q of quantities.slice(0, 50)) expect(text.slice(q.span.start, q.span.end)).toBe(q.text)
    expect(ms).toBeLessThan(20_000)
  }, 60_000)
})
