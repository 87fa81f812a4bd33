// searchPapers (minisearch) on the real bundled dataset and on a small invented array.
import { describe, expect, test } from 'vitest'
import { papers } from '../src/data.js'
import { InvalidArgumentError, byText, clearSearchIndex, filterPapers, hasCode, not, query, searchPapers, type Paper } from '../src/index.js'
import { syntheticPaper } from './query-synthetic.js'

const ids = (list: ReadonlyArray<{ paper: Paper }>) => list.map((hit) => hit.paper.id)
const KV_CACHE_TITLES = [
  'dynamickv-task-aware-adaptive-kv-cache-compression-for-long-context-llms',
  'prefixkv-adaptive-prefix-kv-cache-is-what-vision-instruction-following-models',
  'cake-cascading-and-adaptive-kv-cache-eviction-with-layer-preferences',
  'more-for-keys-less-for-values-adaptive-kv-cache-quantization',
]
// minisearch's default tokenizer, re-stated: split on space and punctuation, lowercase.
const tokens = (text: string) => new Set(text.toLowerCase().split(/[\n\r\p{Z}\p{P}]+/u).filter(Boolean))
const namesText = (paper: Paper) => paper.names.map((name) => `${name.name} ${name.longForm ?? ''}`).join(' ')
const paperTokens = (paper: Paper, fields: ReadonlyArray<'title' | 'abstract' | 'names'> = ['title', 'abstract', 'names']) =>
  tokens(fields.map((field) => (field === 'names' ? namesText(paper) : paper[field])).join(' '))

describe('searchPapers on the bundled dataset', () => {
  test('"kv cache": the four papers with "KV cache" in the title rank first', () => {
    const hits = searchPapers(papers, 'kv cache')
    expect(new Set(ids(hits.slice(0, 4)))).toStrictEqual(new Set(KV_CACHE_TITLES))
    for (const hit of hits.slice(0, 4)) expect(hit.match).toMatchObject({ kv: expect.arrayContaining(['title']), cache: expect.arrayContaining(['title']) })
  })

  test('"or" (default) finds every paper with either token; ranked by score', () => {
    const hits = searchPapers(papers, 'kv cache')
    const expected = papers.filter((paper) => paperTokens(paper).has('kv') || paperTokens(paper).has('cache'))
    expect(new Set(ids(hits))).toStrictEqual(new Set(expected.map((paper) => paper.id)))
    for (let k = 1; k < hits.length; k++) expect(hits[k - 1]!.score).toBeGreaterThanOrEqual(hits[k]!.score)
    for (const hit of hits) for (const term of hit.terms) expect(['kv', 'cache']).toContain(term)
  })

  test('"and" finds exactly the papers with both tokens', () => {
    const hits = searchPapers(papers, 'KV-cache', { combineWith: 'and' })
    const expected = papers.filter((paper) => paperTokens(paper).has('kv') && paperTokens(paper).has('cache'))
    expect(new Set(ids(hits))).toStrictEqual(new Set(expected.map((paper) => paper.id)))
    expect(expected.length).toBeGreaterThan(4)
  })

  test('fields restrict the search; the match says where each term matched', () => {
    const hits = searchPapers(papers, 'cache', { fields: ['title'] })
    expect(new Set(ids(hits))).toStrictEqual(new Set(papers.filter((paper) => tokens(paper.title).has('cache')).map((paper) => paper.id)))
    for (const hit of hits) expect(hit.match).toStrictEqual({ cache: ['title'] })
  })

  test('title matches outrank abstract-only matches with the default boosts, not with boost.title = 0', () => {
    const hits = searchPapers(papers, 'cache')
    const inTitle = hits.findLastIndex((hit) => hit.match.cache?.includes('title'))
    const abstractOnly = hits.findIndex((hit) => !hit.match.cache?.includes('title'))
    expect(inTitle).toBeLessThan(abstractOnly)
    const flat = searchPapers(papers, 'cache', { boost: { title: 0, names: 0 } })
    expect(new Set(ids(flat))).toStrictEqual(new Set(ids(hits).filter((id) => papers.find((paper) => paper.id === id)!.abstract.toLowerCase().includes('cache'))))
  })

  test('prefix finds words that start with the term; without it only whole words', () => {
    expect(searchPapers(papers, 'quantiz')).toStrictEqual([])
    const hits = searchPapers(papers, 'quantiz', { prefix: true })
    const expected = papers.filter((paper) => [...paperTokens(paper)].some((token) => token.startsWith('quantiz')))
    expect(new Set(ids(hits))).toStrictEqual(new Set(expected.map((paper) => paper.id)))
    expect(hits.flatMap((hit) => hit.terms).every((term) => term.startsWith('quantiz'))).toBe(true)
  })

  test('fuzzy finds a misspelt word', () => {
    expect(searchPapers(papers, 'quantizaton')).toStrictEqual([])
    const fuzzy = searchPapers(papers, 'quantizaton', { fuzzy: 1 })
    expect(new Set(ids(fuzzy))).toStrictEqual(new Set(papers.filter((paper) => paperTokens(paper).has('quantization')).map((paper) => paper.id)))
    expect(searchPapers(papers, 'quantizaton', { fuzzy: true }).length).toBeGreaterThanOrEqual(fuzzy.length)
  })

  test('limit keeps the best N; filter keeps only matching papers', () => {
    const all = searchPapers(papers, 'kv cache')
    expect(searchPapers(papers, 'kv cache', { limit: 3 })).toStrictEqual(all.slice(0, 3))
    const coded = searchPapers(papers, 'kv cache', { filter: hasCode() })
    expect(coded).toStrictEqual(all.filter((hit) => hit.paper.code === 'available'))
    expect(searchPapers(papers, 'kv cache', { filter: not(hasCode()) }).length + coded.length).toBe(all.length)
  })

  test('empty or punctuation-only queries give no hits', () => {
    expect(searchPapers(papers, '')).toStrictEqual([])
    expect(searchPapers(papers, '   ')).toStrictEqual([])
    expect(searchPapers(papers, '?!')).toStrictEqual([])
    expect(searchPapers([], 'cache')).toStrictEqual([])
  })

  test('query().search() ranks, respects where, and can be re-sorted', () => {
    const ranked = query(papers).where(hasCode()).search('kv cache').hits()
    expect(ranked.map((hit) => hit.paper)).toStrictEqual(searchPapers(papers, 'kv cache', { filter: hasCode() }).map((hit) => hit.paper))
    const byTitle = query(papers).search('kv cache').sortBy('title').limit(2).toArray()
    const expected = searchPapers(papers, 'kv cache')
      .map((hit) => hit.paper)
      .sort((a, b) => a.title.toLowerCase().localeCompare(b.title.toLowerCase(), 'en'))
      .slice(0, 2)
    expect(byTitle).toStrictEqual(expected)
    expect(query(papers).search('kv cache').first()?.id).toBe(searchPapers(papers, 'kv cache')[0]?.paper.id)
  })

  test('rejects bad arguments', () => {
    expect(() => searchPapers(papers, 42 as never)).toThrowError(new InvalidArgumentError('Expected string, not `42`'))
    expect(() => searchPapers({} as never, 'x')).toThrowError('Expected an array of papers, not `object`')
    expect(() => searchPapers(papers, 'x', { limit: 0 })).toThrowError('Expected positive integer for `limit`, not `0`')
    expect(() => searchPapers(papers, 'x', { fuzzy: -1 })).toThrowError('Expected boolean or non-negative number for `fuzzy`, not `-1`')
    expect(() => searchPapers(papers, 'x', { prefix: 'yes' as never })).toThrowError('Expected boolean for `prefix`, not `yes`')
    expect(() => searchPapers(papers, 'x', { fields: ['body' as never] })).toThrowError('Expected search field (`title`, `names`, `abstract`), not `body`')
    expect(() => searchPapers(papers, 'x', { boost: { body: 2 } as never })).toThrowError(
      'Expected search field in `boost` (`title`, `names`, `abstract`), not `body`',
    )
    expect(() => searchPapers(papers, 'x', { boost: { title: -1 } })).toThrowError('Expected non-negative number for `boost.title`, not `-1`')
    expect(() => searchPapers(papers, 'x', { combineWith: 'xor' as never })).toThrowError('Expected `combineWith` (`or`, `and`), not `xor`')
    expect(() => searchPapers(papers, 'x', { filter: true as never })).toThrowError('Expected predicate function for `filter`, not `true`')
  })
})

describe('the search index', () => {
  test('is built once per array and rebuilt when the length changes', () => {
    const list = papers.slice(0, 50)
    expect(clearSearchIndex(list)).toBe(false) // nothing built yet: lazy
    expect(searchPapers(list, 'zebrafish')).toStrictEqual([])
    const extra = syntheticPaper(0) // its abstract mentions zebrafish
    list.push(extra)
    expect(ids(searchPapers(list, 'zebrafish'))).toStrictEqual([extra.id])
    expect(clearSearchIndex(list)).toBe(true)
    expect(clearSearchIndex(list)).toBe(false)
  })

  test('clearSearchIndex after an in-place replacement', () => {
    const list = papers.slice(0, 10)
    expect(searchPapers(list, 'zebrafish')).toStrictEqual([])
    list[3] = syntheticPaper(0)
    expect(searchPapers(list, 'zebrafish')).toStrictEqual([]) // stale: same length, not rebuilt
    clearSearchIndex(list)
    expect(ids(searchPapers(list, 'zebrafish'))).toStrictEqual(['syn-0'])
  })

  test('documents are array positions: repeated ids are all found; ties keep input order', () => {
    const twin = { ...syntheticPaper(0) }
    const list = [twin, { ...twin }, { ...twin }]
    const hits = searchPapers(list, 'zebrafish')
    expect(hits.map((hit) => hit.paper)).toStrictEqual(list)
    expect(new Set(hits.map((hit) => hit.score)).size).toBe(1)
  })

  test('names and long forms are indexed', () => {
    const paper: Paper = {
      ...syntheticPaper(1),
      names: [{ name: 'Quokkaformer', longForm: 'Quick Omnivorous Kernel', rule: 'test', confidence: 1, spans: [] }],
    }
    expect(searchPapers([paper], 'quokkaformer')[0]?.match).toStrictEqual({ quokkaformer: ['names'] })
    expect(searchPapers([paper], 'omnivorous')[0]?.match).toStrictEqual({ omnivorous: ['names'] })
    expect(filterPapers([paper], byText('omnivorous'))).toStrictEqual([])
  })
})
