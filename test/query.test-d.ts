// Type tests of the query helpers (vitest --typecheck; also checked by `tsc -p .`).
import { describe, expectTypeOf, test } from 'vitest'
import type { papers as bundled } from '../src/data.js'
import {
  and,
  byCode,
  byGithubOwner,
  byLinkKind,
  byMethod,
  byQuantity,
  filterPapers,
  findByArxivId,
  findById,
  findByMethod,
  groupPapers,
  hasCode,
  hasMethod,
  not,
  or,
  query,
  searchPapers,
  sortPapers,
  type CodeStatus,
  type CoinedName,
  type LinkKind,
  type Paper,
  type PaperPredicate,
  type PaperQuery,
  type QueryHit,
  type SearchHit,
  type Unit,
} from '../src/index.js'
import type { CODE_STATUSES, LINK_KINDS, UNITS } from '../src/query/types.js'

type MyPaper = Paper & { stars: number }
declare const mine: MyPaper[]
declare const papers: typeof bundled

describe('the element type is kept', () => {
  test('filterPapers', () => {
    expectTypeOf(filterPapers(mine, byMethod('lora'))).toEqualTypeOf<MyPaper[]>()
    expectTypeOf(filterPapers(papers, byMethod('lora'), byGithubOwner('x'))).toEqualTypeOf<Paper[]>()
    expectTypeOf(filterPapers(mine)).toEqualTypeOf<MyPaper[]>()
    // a plain lambda gets the caller's element type
    expectTypeOf(filterPapers(mine, (paper) => paper.stars > 3)).toEqualTypeOf<MyPaper[]>()
    filterPapers(mine, (paper) => {
      expectTypeOf(paper).toEqualTypeOf<MyPaper>()
      return true
    })
  })

  test('look-ups, sort, group, search', () => {
    expectTypeOf(findById(mine, 'x')).toEqualTypeOf<MyPaper | undefined>()
    expectTypeOf(findByArxivId(mine, 'x')).toEqualTypeOf<MyPaper | undefined>()
    expectTypeOf(findByMethod(mine, /x/)).toEqualTypeOf<MyPaper | undefined>()
    expectTypeOf(sortPapers(mine, (paper) => paper.stars)).toEqualTypeOf<MyPaper[]>()
    expectTypeOf(sortPapers(mine, ['upvotes', 'title'], { order: 'desc' })).toEqualTypeOf<MyPaper[]>()
    expectTypeOf(groupPapers(mine, (paper) => String(paper.stars))).toEqualTypeOf<Map<string, MyPaper[]>>()
    expectTypeOf(groupPapers(mine, 'githubOwner')).toEqualTypeOf<Map<string, MyPaper[]>>()
    expectTypeOf(searchPapers(mine, 'kv cache')).toEqualTypeOf<Array<SearchHit<MyPaper>>>()
    expectTypeOf(searchPapers(mine, 'kv cache')[0]!.paper.stars).toEqualTypeOf<number>()
    expectTypeOf(searchPapers(mine, 'x')[0]!.match).toEqualTypeOf<Record<string, Array<'title' | 'names' | 'abstract'>>>()
    searchPapers(mine, 'x', { filter: (paper) => paper.stars > 1 })
  })

  test('query()', () => {
    expectTypeOf(query(mine)).toEqualTypeOf<PaperQuery<MyPaper>>()
    expectTypeOf(query(mine).where(byMethod('x')).sortBy('title').limit(3).toArray()).toEqualTypeOf<MyPaper[]>()
    expectTypeOf(query(mine).search('x').hits()).toEqualTypeOf<Array<QueryHit<MyPaper>>>()
    expectTypeOf(query(mine).first()).toEqualTypeOf<MyPaper | undefined>()
    expectTypeOf(query(mine).where((paper) => paper.stars > 1).count()).toEqualTypeOf<number>()
    expectTypeOf([...query(mine)]).toEqualTypeOf<MyPaper[]>()
  })
})

describe('type guards narrow', () => {
  test('hasCode / byCode narrow `code`', () => {
    expectTypeOf(filterPapers(mine, hasCode())[0]!.code).toEqualTypeOf<'available'>()
    expectTypeOf(filterPapers(mine, byCode('promised'))[0]!.code).toEqualTypeOf<'promised'>()
    expectTypeOf(filterPapers(mine, byCode(['promised', 'none']))[0]!.code).toEqualTypeOf<'promised' | 'none'>()
    expectTypeOf(filterPapers(mine, hasCode())[0]!.stars).toEqualTypeOf<number>()
  })

  test('hasMethod narrows `method` to CoinedName, through several predicates', () => {
    const found = filterPapers(mine, byMethod('lora'), hasMethod(), hasCode(), (paper) => paper.stars > 1)
    expectTypeOf(found[0]!.method).toEqualTypeOf<CoinedName>()
    expectTypeOf(found[0]!.code).toEqualTypeOf<'available'>()
    expectTypeOf(found).toMatchTypeOf<MyPaper[]>()
    expectTypeOf(query(mine).where(hasMethod()).where(byCode('none')).toArray()[0]!.method.name).toEqualTypeOf<string>()
    // without the guard, method may be null
    expectTypeOf(filterPapers(mine, hasCode())[0]!.method).toEqualTypeOf<CoinedName | null>()
  })
})

describe('predicates and combinators', () => {
  test('built-in predicates fit any element type', () => {
    expectTypeOf(byMethod('x')).toMatchTypeOf<PaperPredicate<MyPaper>>()
    expectTypeOf(byQuantity({ unit: 'times', min: 2 })).toEqualTypeOf<PaperPredicate>()
    expectTypeOf(and(hasCode(), byLinkKind('github'))).toEqualTypeOf<PaperPredicate>()
    expectTypeOf(or((paper: MyPaper) => paper.stars > 1, hasCode())).toEqualTypeOf<PaperPredicate<MyPaper>>()
    expectTypeOf(not((paper: MyPaper) => paper.stars > 1)).toEqualTypeOf<PaperPredicate<MyPaper>>()
    expectTypeOf(filterPapers(mine, or(hasCode(), (paper: MyPaper) => paper.stars > 1))).toEqualTypeOf<MyPaper[]>()
  })

  test('invalid arguments are type errors', () => {
    // @ts-expect-error not a unit
    byQuantity({ unit: 'km' })
    // @ts-expect-error not a code status
    byCode('maybe')
    // @ts-expect-error not a link kind
    byLinkKind('ftp')
    // @ts-expect-error not a sort key
    sortPapers(mine, 'year')
    // @ts-expect-error not a group key
    groupPapers(mine, 'owner')
    // @ts-expect-error a predicate on MyPaper does not fit plain papers
    filterPapers(papers, (paper: MyPaper) => paper.stars > 1)
    // @ts-expect-error limit and filter are query methods, not search options, in query()
    query(mine).search('x', { limit: 3 })
    // @ts-expect-error byMethod takes a string or RegExp
    byMethod(42)
  })

  test('the runtime vocabularies equal the schema types', () => {
    expectTypeOf<(typeof UNITS)[number]>().toEqualTypeOf<Unit>()
    expectTypeOf<(typeof CODE_STATUSES)[number]>().toEqualTypeOf<CodeStatus>()
    expectTypeOf<(typeof LINK_KINDS)[number]>().toEqualTypeOf<LinkKind>()
  })
})
