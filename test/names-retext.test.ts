import type { Paragraph, Root, Word } from 'nlcst'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { extractAbbreviations } from '../src/extract/abbreviations/index.js'
import { extractNames } from '../src/extract/names/index.js'
import { retextAbbreviations, retextNames, retextSentences } from '../src/retext/index.js'
import { handedCases } from './helpers/fixtures.js'

const sentencesOf = (tree: Root, text: string): string[] =>
  (tree.children[0] as Paragraph).children
    .filter((n) => n.type === 'SentenceNode')
    .map((n) => text.slice(n.position?.start.offset, n.position?.end.offset))
const wordsOf = (tree: Root): string[] => {
  const words: string[] = []
  visit(tree, 'WordNode', (w: Word) => {
    words.push(`${w.position?.start.offset}-${w.position?.end.offset}`)
  })
  return words
}

describe('retextSentences', () => {
  const text = 'Our model reaches a BLEU score of 30. It also halves decoding time. See Fig. 3 for e.g. a plot, i.e. a chart.'
  test('parse-english alone splits at `Fig.` and not after `30.` (the fault it repairs)', () => {
    const processor = unified().use(retextEnglish)
    const tree = processor.runSync(processor.parse(text)) as Root
    expect(sentencesOf(tree, text)).toStrictEqual([
      'Our model reaches a BLEU score of 30. It also halves decoding time.',
      'See Fig.',
      '3 for e.g. a plot, i.e. a chart.',
    ])
  })

  test('re-splits at the boundaries splitSentences finds, keeping every word node', () => {
    const processor = unified().use(retextEnglish)
    const before = wordsOf(processor.runSync(processor.parse(text)) as Root)
    const fixed = unified().use(retextEnglish).use(retextSentences)
    const tree = fixed.runSync(fixed.parse(text))
    expect(sentencesOf(tree, text)).toStrictEqual(['Our model reaches a BLEU score of 30.', 'It also halves decoding time.', 'See Fig. 3 for e.g. a plot, i.e. a chart.'])
    expect(wordsOf(tree)).toStrictEqual(before)
    expect((tree.children[0] as Paragraph).children.map((n) => n.type)).toStrictEqual(['SentenceNode', 'WhiteSpaceNode', 'SentenceNode', 'WhiteSpaceNode', 'SentenceNode'])
  })
})

describe('retextAbbreviations', () => {
  test('attaches occurrences to file.data and to word nodes; reports undefined short forms', () => {
    const value = 'We propose Sparse Token Routing (STR). STR and CNN layers are fast.'
    const file = new VFile({ value })
    const processor = unified().use(retextEnglish).use(retextAbbreviations)
    const tree = processor.runSync(processor.parse(file), file)
    expect(file.data.abbreviations).toStrictEqual(extractAbbreviations(value))
    const marked: Array<[string, string | undefined]> = []
    visit(tree, 'WordNode', (w: Word) => {
      if (w.data?.abbreviation) marked.push([value.slice(w.position?.start.offset, w.position?.end.offset), w.data.abbreviation.short])
    })
    expect(marked).toStrictEqual([
      ['Sparse', 'STR'],
      ['Token', 'STR'],
      ['Routing', 'STR'],
      ['STR', 'STR'],
      ['STR', 'STR'],
      ['CNN', 'CNN'],
    ])
    expect(file.messages.map((m) => [m.source, m.ruleId, m.fatal, m.actual, m.place])).toStrictEqual([
      ['papermeta', 'undefined-short-form', undefined, 'CNN', { start: { line: 1, column: 48, offset: 47 }, end: { line: 1, column: 51, offset: 50 } }],
    ])
  })
})

describe('retextNames', () => {
  test('handed case method-latex-macro-placeholder through the plugin: title from file.data.title', () => {
    const c = handedCases().find((x) => x.id === 'method-latex-macro-placeholder')
    const [title = '', abstract = ''] = (c?.input ?? '').split('\n\n')
    const file = new VFile({ value: abstract, data: { title } })
    const processor = unified().use(retextEnglish).use(retextSentences).use(retextNames)
    const tree = processor.runSync(processor.parse(file), file)
    expect(file.data.names).toStrictEqual(extractNames({ title, abstract }))
    expect(file.data.names?.[0]?.name).toBe(c?.expected.method)
    const marked: string[] = []
    visit(tree, 'WordNode', (w: Word) => {
      if (w.data?.coinedName) marked.push(`${abstract.slice(w.position?.start.offset, w.position?.end.offset)}=${w.data.coinedName.name}`)
    })
    expect(marked).toStrictEqual(['sysname=GateKV', 'sysname=GateKV'])
    expect(file.messages.map((m) => [m.source, m.ruleId, m.fatal, m.expected])).toStrictEqual([['papermeta', 'latex-placeholder', undefined, ['GateKV']]])
  })

  test('options.title; a rejected title prefix is an info message without place, an unresolved placeholder a warning', () => {
    const file = new VFile({ value: 'We introduce \\mname, a cache. It is fast.' })
    const processor = unified().use(retextEnglish).use(retextNames, { title: 'Cache It If You Can: Faster Decoding' })
    processor.runSync(processor.parse(file), file)
    expect(file.data.names).toStrictEqual([])
    expect(file.messages.map((m) => [m.ruleId, m.fatal, m.place ?? null])).toStrictEqual([
      ['title-prefix', undefined, null],
      ['latex-placeholder', false, { start: { line: 1, column: 14, offset: 13 }, end: { line: 1, column: 20, offset: 19 } }],
    ])
    expect(String(file.messages[1]?.reason)).toBe('Unexpected LaTeX placeholder `\\mname`: the title gives no name it could stand for')
  })

  test('no title at all: names from the abstract only', () => {
    const file = new VFile({ value: 'We propose GlideQuant, a post-training quantizer.' })
    const processor = unified().use(retextEnglish).use(retextNames)
    processor.runSync(processor.parse(file), file)
    expect(file.data.names?.map((n) => [n.name, n.rule])).toStrictEqual([['GlideQuant', 'cue-propose']])
  })
})
