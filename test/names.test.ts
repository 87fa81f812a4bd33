import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { InvalidArgumentError } from '../src/errors.js'
import { analyzeNames, extractNames } from '../src/extract/names/index.js'
import { extractPaper } from '../src/extract/paper.js'
import { handedCases, readNegative, readPositive } from './helpers/fixtures.js'

type Expected = Array<{ name: string; rule: string; longForm?: string }>
const split = (line: string): { title: string; abstract: string } => {
  const [title = '', abstract = ''] = line.split(' || ')
  return { title, abstract }
}
const positive = readPositive<Expected>('names')
const negative = readNegative('names')

describe('extractNames: fixtures (invented texts)', () => {
  test('fixture files cover every rule', () => {
    const rules = new Set(positive.flatMap((c) => c.expected.map((e) => e.rule)))
    for (const rule of ['title-prefix', 'abbreviation', 'cue-named', 'cue-propose', 'cue-appositive', 'cue-our']) expect(rules).toContain(rule)
    expect(negative.length).toBeGreaterThanOrEqual(15)
  })

  test.each(positive.map((c) => [c.line, c.input, c.expected] as const))('positive.txt:%i %s', (_line, input, expected) => {
    const names = extractNames(split(input))
    expect(names.map((n) => ({ name: n.name, rule: n.rule }))).toStrictEqual(expected.map((e) => ({ name: e.name, rule: e.rule })))
    expected.forEach((e, i) => {
      if (e.longForm !== undefined) expect(names[i]?.longForm).toBe(e.longForm)
    })
  })

  test.each(negative.map((c) => [c.line, c.input] as const))('negative.txt:%i %s', (_line, input) => {
    expect(extractNames(split(input))).toStrictEqual([])
  })
})

describe('extractNames: handed cases (../shared/cases/handed.jsonl)', () => {
  const cases = new Map(handedCases().map((c) => [c.id, c]))
  const paper = (id: string): { title: string; abstract: string } => {
    const input = cases.get(id)?.input ?? ''
    const [title = '', abstract = ''] = input.split('\n\n')
    return { title, abstract }
  }

  test('method-latex-macro-placeholder: the name comes from the title, not \\sysname', () => {
    const input = paper('method-latex-macro-placeholder')
    expect(cases.get('method-latex-macro-placeholder')?.expected.method).toBe('GateKV')
    const { names, messages } = analyzeNames(input)
    expect(names.map((n) => n.name)).toStrictEqual(['GateKV'])
    expect(extractPaper(input).method?.name).toBe('GateKV')
    // The placeholders are evidence for the title's name, with their spans.
    const placeholders = names[0]?.spans.filter((s) => input.abstract.slice(s.start, s.end) === '\\sysname') ?? []
    expect(placeholders).toHaveLength(2)
    expect(messages.find((m) => m.ruleId === 'latex-placeholder')?.expected).toStrictEqual(['GateKV'])
  })

  test('method-called-without-parens: `called PEPSI`', () => {
    const input = paper('method-called-without-parens')
    expect(cases.get('method-called-without-parens')?.expected.method).toBe('PEPSI')
    expect(extractPaper(input).method?.name).toBe('PEPSI')
    expect(extractNames(input)[0]).toMatchObject({ name: 'PEPSI', rule: 'cue-named', longForm: null })
  })
})

describe('extractNames: shape of the result', () => {
  test('spans slice back to the name, its long form or a placeholder; confidence in 0..1', () => {
    const input = {
      title: 'Gated Token Mixers: Cheap Sequence Mixing',
      abstract: 'We introduce Gated Token Mixers (GTM), a replacement for attention. GTM is fast.',
    }
    const [gtm] = extractNames(input)
    expect(gtm).toStrictEqual({
      name: 'GTM',
      longForm: 'Gated Token Mixers',
      rule: 'title-prefix',
      confidence: 0.98,
      spans: [
        { field: 'title', start: 0, end: 18 },
        { field: 'abstract', start: 13, end: 31 },
        { field: 'abstract', start: 33, end: 36 },
      ],
    })
  })

  test('agreement between title and abstract raises confidence', () => {
    const alone = extractNames({ title: 'Faster Quantization', abstract: 'We propose GlideQuant, a quantizer.' })[0]
    const agreed = extractNames({ title: 'GlideQuant: Faster Quantization', abstract: 'We propose GlideQuant, a quantizer.' })[0]
    expect(alone?.confidence).toBe(0.75)
    expect(agreed?.confidence).toBeGreaterThan(0.9)
  })

  test('messages say why a title prefix is not a name, and flag an unresolved placeholder', () => {
    const { messages } = analyzeNames({ title: 'Cache It If You Can: Faster Decoding', abstract: 'We introduce \\mname, a cache.' })
    expect(messages.map((m) => [m.ruleId, m.severity])).toStrictEqual([
      ['title-prefix', 'info'],
      ['latex-placeholder', 'warning'],
    ])
    expect(messages[0]?.reason).toBe('Title prefix `Cache It If You Can` is not taken as a name: it reads as a phrase (starts with the verb `Cache`)')
    expect(messages[1]?.reason).toBe('Unexpected LaTeX placeholder `\\mname`: the title gives no name it could stand for')
  })

  test('any text built from cue words: no crash, spans inside their field, names non-empty', () => {
    const word = fc.constantFrom('We', 'we', 'propose', 'introduce', 'called', 'named', 'our', 'method', 'a', 'the', 'XNet', 'Foo', 'Bar Baz', 'KV-Q', 'LoRA', '(', ')', ',', '.', ':', '\\sysname', 'Sparse Token Routing', '(STR)', 'and', 'is', 'for', '?')
    const text = fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' '))
    fc.assert(
      fc.property(text, text, (title, abstract) => {
        for (const n of extractNames({ title, abstract })) {
          expect(n.name.length).toBeGreaterThan(0)
          expect(n.confidence).toBeGreaterThanOrEqual(0)
          expect(n.confidence).toBeLessThanOrEqual(1)
          for (const s of n.spans) {
            const field = s.field === 'title' ? title : abstract
            expect(s.end).toBeLessThanOrEqual(field.length)
            expect(field.slice(s.start, s.end).length).toBeGreaterThan(0)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  test('empty inputs give no names', () => {
    expect(extractNames({ title: '', abstract: '' })).toStrictEqual([])
    expect(extractNames({ title: 'Untitled', abstract: '' })).toStrictEqual([])
  })

  test('throws InvalidArgumentError for a broken contract', () => {
    expect(() => extractNames(null as never)).toThrow(InvalidArgumentError)
    expect(() => extractNames({ title: 42, abstract: '' } as never)).toThrow('Expected `title` to be a string, not `42`')
    expect(() => extractNames({ title: '', abstract: undefined } as never)).toThrow('Expected `abstract` to be a string, not `undefined`')
  })

  test('adversarial inputs finish in linear time', () => {
    const MB = 1_000_000
    for (const abstract of ['1.'.repeat(MB / 2), 'A'.repeat(MB), '()'.repeat(50_000), '('.repeat(100_000), '\\'.repeat(MB), 'We propose X, '.repeat(50_000), 'called AbC '.repeat(80_000)]) {
      const started = performance.now()
      extractNames({ title: 'AbC: x', abstract })
      expect(performance.now() - started).toBeLessThan(20_000)
    }
  })
})
