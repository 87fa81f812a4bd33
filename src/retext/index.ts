/**
 * unified/retext plugins over papermeta's extractors: they read the file's text, attach the results to the
 * nlcst tree (`node.data`) and to `file.data`, and report doubts as vfile messages (`source: 'papermeta'`,
 * `ruleId`). The work is done by the plain functions (`extractAbbreviations`, `analyzeNames`,
 * `splitSentences`), the way unified's utilities (`nlcst-*`, `*-util-*`) sit under its plugins.
 *
 * @module
 */
import type { Paragraph, Root, Sentence, SentenceContent, Word } from 'nlcst'
import { toString } from 'nlcst-to-string'
import type { Plugin } from 'unified'
import type { Point, Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { extractAbbreviations } from '../extract/abbreviations/index.js'
import { analyzeNames, type NameMessage } from '../extract/names/index.js'
import { splitSentences } from '../extract/text/sentences.js'
import type { Abbreviation, CoinedName } from '../schema.js'

declare module 'vfile' {
  interface DataMap {
    /** Every short form occurrence of the document (set by `retextAbbreviations`). */
    abbreviations: Abbreviation[]
    /** The coined names of the paper, primary first (set by `retextNames`). */
    names: CoinedName[]
    /** The paper's title, when the document is its abstract (read by `retextNames`). */
    title: string
  }
}

declare module 'nlcst' {
  interface WordData {
    /** The short form occurrence this word belongs to (its short or long form). */
    abbreviation?: Abbreviation
    /** The coined name this word belongs to (the name, its long form or a placeholder for it). */
    coinedName?: CoinedName
  }
}

/** `source` of every message papermeta's plugins emit. */
export const MESSAGE_SOURCE = 'papermeta'
/** Where the rules are documented (copied to `message.url`). */
const DOCS = 'https://github.com/papermeta/papermeta#method-names-and-abbreviations'

/** Options of {@link retextNames}. */
export interface RetextNamesOptions {
  /** The paper's title (default: `file.data.title`, else no title). */
  title?: string
}

/**
 * Repair the sentences of an nlcst tree for scientific prose: re-split every paragraph at the boundaries
 * {@link splitSentences} finds, so `e.g.`, `Fig. 3` and `et al.` no longer end a sentence and `… of 30. It …`
 * does. Words, punctuation and white space are kept as they are (same nodes, same positions); only the
 * sentence nodes around them change.
 *
 * Use it right after `retext-english` (parse-english 7 splits at `Fig.` and merges `… sat. The …`).
 *
 * @returns A unified transformer; the tree is changed in place.
 * @see toolchain.md P13 for the parse-english behaviour it repairs.
 * @example
 * import { unified } from 'unified'
 * import retextEnglish from 'retext-english'
 * const processor = unified().use(retextEnglish).use(retextSentences)
 * const tree = processor.runSync(processor.parse('A score of 30. It halves time.'))
 * tree.children[0].children.filter((n) => n.type === 'SentenceNode').length
 * //=> 2
 */
export const retextSentences: Plugin<[], Root> = function () {
  return function (tree, file) {
    const text = textOf(tree, file)
    visit(tree, 'ParagraphNode', (paragraph: Paragraph) => {
      resplit(paragraph, text)
    })
  }
}

/** The document's text: the file's value, or the tree's own text when the file is empty (`run(tree)`). */
function textOf(tree: Root, file: VFile): string {
  const value = String(file)
  return value === '' ? toString(tree) : value
}

function resplit(paragraph: Paragraph, text: string): void {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return
  const leaves: SentenceContent[] = []
  for (const child of paragraph.children) {
    if (child.type === 'SentenceNode') leaves.push(...child.children)
    else leaves.push(child)
  }
  if (leaves.some((leaf) => leaf.position?.start.offset === undefined)) return
  const spans = splitSentences(text.slice(start, end)).map((s) => ({ start: s.start + start, end: s.end + start }))
  const children: Paragraph['children'] = []
  let current: Sentence | null = null
  let span = 0
  for (const leaf of leaves) {
    const at = leaf.position?.start.offset as number
    while (span < spans.length && (spans[span]?.end ?? 0) <= at) {
      current = null
      span++
    }
    const inside = span < spans.length && at >= (spans[span]?.start ?? Infinity)
    if (!inside) {
      current = null
      if (leaf.type === 'WhiteSpaceNode' || leaf.type === 'SourceNode') children.push(leaf)
      else children.push({ type: 'SentenceNode', children: [leaf], position: copy(leaf.position) })
      continue
    }
    if (!current) {
      current = { type: 'SentenceNode', children: [], position: copy(leaf.position) }
      children.push(current)
    }
    current.children.push(leaf)
    if (current.position && leaf.position) current.position.end = { ...leaf.position.end }
  }
  paragraph.children = children
}

function copy(position: Position | undefined): Position | undefined {
  return position ? { start: { ...position.start }, end: { ...position.end } } : undefined
}

/**
 * Find every short form (acronym) of the document with {@link extractAbbreviations}: the list goes to
 * `file.data.abbreviations`, each word of a short or long form gets `data.abbreviation`, and a short form
 * the document uses without defining gets one info message (`ruleId: 'undefined-short-form'`).
 *
 * @returns A unified transformer.
 * @example
 * const file = await unified().use(retextEnglish).use(retextAbbreviations).use(retextStringify)
 *   .process('We propose Sparse Token Routing (STR). STR and CNN are fast.')
 * file.data.abbreviations?.[0]?.long //=> 'Sparse Token Routing'
 * file.messages[0]?.ruleId //=> 'undefined-short-form'
 */
export const retextAbbreviations: Plugin<[], Root> = function () {
  return function (tree, file) {
    const text = textOf(tree, file)
    const abbreviations = extractAbbreviations(text)
    file.data.abbreviations = abbreviations
    const ranges: Array<[number, number, Abbreviation]> = []
    for (const a of abbreviations) {
      ranges.push([a.shortStart, a.shortEnd, a])
      if (a.longStart !== null && a.longEnd !== null) ranges.push([a.longStart, a.longEnd, a])
    }
    annotate(tree, ranges, (word, a) => {
      word.data = { ...word.data, abbreviation: a }
    })
    const defined = new Set(abbreviations.filter((a) => a.long !== null).map((a) => a.short))
    const reported = new Set<string>()
    const place = location(text)
    for (const a of abbreviations) {
      if (defined.has(a.short) || reported.has(a.short)) continue
      reported.add(a.short)
      const message = file.info(`Unexpected short form \`${a.short}\` without a definition, expected \`long form (${a.short})\` at its first use`, {
        place: position(place, a.shortStart, a.shortEnd),
        source: MESSAGE_SOURCE,
        ruleId: 'undefined-short-form',
      })
      message.actual = a.short
      message.expected = [`long form (${a.short})`]
      message.url = DOCS
    }
  }
}

/**
 * Find the names the paper coins with {@link analyzeNames}, reading the file as the abstract and the title
 * from `options.title` or `file.data.title`: the names go to `file.data.names` (primary first), each word of
 * a name, long form or placeholder in the abstract gets `data.coinedName`, and the rules' doubts become
 * messages with `ruleId` (`title-prefix`: a title prefix that is not a name; `latex-placeholder`: a
 * placeholder resolved (info) or not (warning); `existing-name`: a candidate used before it is introduced).
 * Messages about the title carry no place (the title is not in the file).
 *
 * @param options - `{ title }` (optional).
 * @returns A unified transformer.
 * @throws {InvalidArgumentError} When `options.title` is given and is not a string.
 * @example
 * const file = new VFile({ value: 'We introduce \\sysname, a cache.', data: { title: 'GateKV: Cache Gating' } })
 * await unified().use(retextEnglish).use(retextNames).use(retextStringify).process(file)
 * file.data.names?.[0]?.name //=> 'GateKV'
 */
export const retextNames: Plugin<[RetextNamesOptions?], Root> = function (options) {
  return function (tree, file) {
    const title = options?.title ?? file.data.title ?? ''
    const { names, messages } = analyzeNames({ title, abstract: textOf(tree, file) })
    file.data.names = names
    const ranges: Array<[number, number, CoinedName]> = []
    for (const name of names) for (const span of name.spans) if (span.field === 'abstract') ranges.push([span.start, span.end, name])
    annotate(tree, ranges, (word, name) => {
      word.data = { ...word.data, coinedName: name }
    })
    report(file, textOf(tree, file), messages)
  }
}

function report(file: VFile, text: string, messages: readonly NameMessage[]): void {
  const place = location(text)
  for (const m of messages) {
    const options = {
      place: m.field === 'abstract' ? position(place, m.start, m.end) : undefined,
      source: MESSAGE_SOURCE,
      ruleId: m.ruleId,
    }
    const message = m.severity === 'warning' ? file.message(m.reason, options) : file.info(m.reason, options)
    message.actual = m.actual
    message.expected = m.expected ?? undefined
    message.url = DOCS
  }
}

function position(place: ReturnType<typeof location>, start: number, end: number): Position | undefined {
  const from = place.toPoint(start)
  const to = place.toPoint(end)
  return from && to ? { start: from as Point, end: to as Point } : undefined
}

/** Call `mark` for every word node overlapping one of the ranges (UTF-16 offsets into the file). */
function annotate<T>(tree: Root, ranges: ReadonlyArray<[number, number, T]>, mark: (word: Word, value: T) => void): void {
  if (ranges.length === 0) return
  const sorted = [...ranges].sort((a, b) => a[0] - b[0])
  // Words come in document order: ranges enter the active list when they start before the word ends and
  // leave it once they end before the word starts.
  let next = 0
  let active: Array<[number, number, T]> = []
  visit(tree, 'WordNode', (word: Word) => {
    const start = word.position?.start.offset
    const end = word.position?.end.offset
    if (start === undefined || end === undefined) return
    while (next < sorted.length && (sorted[next] as [number, number, T])[0] < end) active.push(sorted[next++] as [number, number, T])
    active = active.filter((range) => range[1] > start)
    for (const [from, to, value] of active) if (from < end && to > start) mark(word, value)
  })
}
