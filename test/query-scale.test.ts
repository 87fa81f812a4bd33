// Correctness at scale: 100,000 synthetic papers (bench/query-synthetic.mjs). Every property of
// paper i is a function of i, so each expectation below is computed from the index alone,
// independently of the helpers.
import { describe, expect, test } from 'vitest'
import * as z from 'zod'
import { syntheticPapers } from './query-synthetic.js'
import {
  and,
  byCode,
  byGithubOwner,
  byGithubRepo,
  byLinkKind,
  byMethod,
  byQuantity,
  byText,
  filterPapers,
  findById,
  findByMethod,
  groupPapers,
  hasCode,
  not,
  or,
  query,
  searchPapers,
  sortPapers,
  type Paper,
} from '../src/index.js'
import { PaperSchema } from '../src/schema.js'

const N = 100_000
const papers = syntheticPapers(N)
/** Ids of the indexes in [0, N) that satisfy `test`. */
const where = (test: (i: number) => boolean) => {
  const result: string[] = []
  for (let i = 0; i < N; i++) if (test(i)) result.push(`syn-${i}`)
  return result
}
const ids = (list: readonly Paper[]) => list.map((paper) => paper.id)

test('the synthetic papers are valid Paper records', () => {
  expect(papers).toHaveLength(N)
  z.array(PaperSchema).parse(papers.slice(0, 2000))
  for (const paper of papers.slice(0, 2000)) {
    for (const link of paper.links) expect(paper.abstract.slice(link.span.start, link.span.end)).toBe(link.text)
    for (const quantity of paper.quantities) expect(paper.abstract.slice(quantity.span.start, quantity.span.end)).toBe(quantity.text)
  }
})

describe('predicates over 100k papers', () => {
  test.each([
    ['byMethod("lora")', byMethod('lora'), (i: number) => i % 7 === 0],
    ['byMethod(/^KV\\d+$/)', byMethod(/^KV\d+$/), (i: number) => i % 11 === 0],
    ['byMethod("kv", primaryOnly)', byMethod('kv', { primaryOnly: true }), () => false],
    ['hasCode()', hasCode(), (i: number) => i % 3 === 0],
    ['byCode(["promised", "none"])', byCode(['promised', 'none']), (i: number) => i % 3 !== 0],
    ['byLinkKind("project-page")', byLinkKind('project-page'), (i: number) => i % 5 === 1],
    ['byLinkKind(["github", "project-page"])', byLinkKind(['github', 'project-page']), (i: number) => i % 5 <= 1],
    ['byGithubOwner("owner3")', byGithubOwner('owner3'), (i: number) => i % 5 === 0 && i % 13 === 3],
    ['byGithubOwner(/^Owner1\\d$/)', byGithubOwner(/^Owner1\d$/), (i: number) => i % 5 === 0 && i % 13 >= 10],
    ['byGithubRepo("Owner3/repo4")', byGithubRepo('Owner3/repo4'), (i: number) => i % 5 === 0 && i % 13 === 3 && i % 17 === 4],
    ['byGithubRepo("repo16")', byGithubRepo('repo16'), (i: number) => i % 5 === 0 && i % 17 === 16],
    ['byQuantity(times, min 2)', byQuantity({ unit: 'times', min: 2 }), (i: number) => (i % 4 === 0 && i % 10 >= 2) || i % 4 === 2],
    ['byQuantity(times, min 7)', byQuantity({ unit: 'times', min: 7 }), (i: number) => (i % 4 === 0 && i % 10 >= 7) || (i % 4 === 2 && 2 + (i % 6) >= 7)],
    ['byQuantity(times, max 1)', byQuantity({ unit: 'times', max: 1 }), (i: number) => (i % 4 === 0 && i % 10 <= 1) || i % 4 === 2],
    ['byQuantity(noun speedup)', byQuantity({ noun: 'speedup' }), (i: number) => i % 8 === 0],
    ['byQuantity(percent 10..20)', byQuantity({ unit: 'percent', min: 10, max: 20 }), (i: number) => i % 4 === 1 && i % 100 >= 10 && i % 100 <= 20],
    ['byText("zebrafish")', byText('zebrafish'), (i: number) => i % 10007 === 0],
    ['byText("kv cache")', byText('kv cache'), (i: number) => i % 1000 === 1],
    ['and(hasCode(), byMethod("lora"))', and(hasCode(), byMethod('lora')), (i: number) => i % 3 === 0 && i % 7 === 0],
    ['or(byGithubOwner("Owner0"), byText("zebrafish"))', or(byGithubOwner('Owner0'), byText('zebrafish')), (i: number) => (i % 5 === 0 && i % 13 === 0) || i % 10007 === 0],
    ['not(byLinkKind("github"))', not(byLinkKind('github')), (i: number) => i % 5 !== 0],
  ])('%s', (_name, predicate, expected) => {
    expect(ids(filterPapers(papers, predicate))).toStrictEqual(where(expected))
  })

  test('several predicates at once', () => {
    expect(ids(filterPapers(papers, hasCode(), byMethod('lora'), byQuantity({ unit: 'times', min: 5 })))).toStrictEqual(
      where((i) => i % 3 === 0 && i % 7 === 0 && ((i % 4 === 0 && i % 10 >= 5) || (i % 4 === 2 && 2 + (i % 6) >= 5))),
    )
  })
})

describe('look-ups, sorting and grouping over 100k papers', () => {
  test('findById and findByMethod find the last paper', () => {
    expect(findById(papers, 'syn-99999')).toBe(papers[99_999])
    expect(findByMethod(papers, 'syn99999')).toBe(papers[99_999])
    expect(findByMethod(papers, 'kv99990')).toBe(papers[99_990])
  })

  test('sortPapers by upvotes descending: values descending, nulls last, ties in input order', () => {
    const sorted = sortPapers(papers, 'upvotes', { order: 'desc' })
    const expected = Array.from({ length: N }, (_, i) => i).sort((a, b) => {
      const ua = a % 9 === 0 ? -1 : a % 50
      const ub = b % 9 === 0 ? -1 : b % 50
      return ub - ua || a - b
    })
    expect(ids(sorted)).toStrictEqual(expected.map((i) => `syn-${i}`))
  })

  test('groupPapers by GitHub owner: 13 owners with the expected members', () => {
    const groups = groupPapers(papers, 'githubOwner')
    // groups in order of first appearance: Owner0 (i = 0), Owner5 (i = 5), Owner10 (i = 10), …
    const firstSeen = [...new Set(where((i) => i % 5 === 0).map((id) => `Owner${Number(id.slice(4)) % 13}`))]
    expect([...groups.keys()]).toStrictEqual(firstSeen)
    expect(firstSeen.slice(0, 3)).toStrictEqual(['Owner0', 'Owner5', 'Owner10'])
    for (let k = 0; k < 13; k++) expect(ids(groups.get(`Owner${k}`)!)).toStrictEqual(where((i) => i % 5 === 0 && i % 13 === k))
  })

  test('groupPapers by year', () => {
    const groups = groupPapers(papers, 'year')
    expect(groups.size).toBe(10)
    expect(ids(groups.get('2019')!)).toStrictEqual(where((i) => i % 10 === 4))
  })
})

describe('search over 100k papers', () => {
  test('finds the rare words exactly; the top-10 limit keeps the best', { timeout: 120_000 }, () => {
    const zebra = searchPapers(papers, 'zebrafish')
    expect(new Set(ids(zebra.map((hit) => hit.paper)))).toStrictEqual(new Set(where((i) => i % 10007 === 0)))
    for (let k = 1; k < zebra.length; k++) expect(zebra[k - 1]!.score).toBeGreaterThanOrEqual(zebra[k]!.score)
    const sameIds = (hits: ReadonlyArray<{ paper: Paper }>) => ids(hits.map((hit) => hit.paper)).sort()
    const kv = searchPapers(papers, 'kv cache', { combineWith: 'and' })
    expect(new Set(ids(kv.map((hit) => hit.paper)))).toStrictEqual(new Set(where((i) => i % 1000 === 1)))
    const top = searchPapers(papers, 'kv cache', { combineWith: 'and', limit: 10 })
    expect(top).toStrictEqual(kv.slice(0, 10))
    expect(sameIds(searchPapers(papers, 'zebrafsh', { fuzzy: 1 }))).toStrictEqual(where((i) => i % 10007 === 0).sort())
    expect(sameIds(searchPapers(papers, 'zebra', { prefix: true }))).toStrictEqual(where((i) => i % 10007 === 0).sort())
    expect(sameIds(searchPapers(papers, 'zebrafish', { filter: hasCode() }))).toStrictEqual(where((i) => i % 10007 === 0 && i % 3 === 0).sort())
    // method names are indexed: the name LoRA-7 is split into "lora" and "7"
    const named = searchPapers(papers, 'Syn99998', { fields: ['names'] })
    expect(ids(named.map((hit) => hit.paper))).toStrictEqual(['syn-99998'])
    expect(query(papers).search('zebrafish').where(byCode('none')).count()).toBe(where((i) => i % 10007 === 0 && i % 3 === 2).length)
  })
})
