// Query helpers on the real bundled dataset (data/papers.json).
//
// Two kinds of expectation (the dataset is regenerated when the extractors improve):
// - exact ids for facts that stand in the listing text itself (a github.com URL in an abstract,
//   a phrase in a title, a `Name:` title prefix), which any correct extractor must keep;
// - exact equality with an independent, straightforward computation over `papers` for results
//   that depend on extraction quality (code status, quantity units, link kinds).
import { describe, expect, test } from 'vitest'
import { papers } from '../src/data.js'
import {
  InvalidArgumentError,
  and,
  byAuthor,
  byCode,
  byGithubOwner,
  byGithubRepo,
  byLinkKind,
  byMethod,
  byQuantity,
  byText,
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
  sortPapers,
  type Paper,
} from '../src/index.js'

const ids = (list: readonly Paper[]) => list.map((paper) => paper.id)
const SPADE = 'semantic-image-synthesis-with-spatially-adaptive-normalization'
const UGATIT = 'u-gat-it-unsupervised-generative-attentional-networks-with-adaptive-layer'
const PREFIXKV = 'prefixkv-adaptive-prefix-kv-cache-is-what-vision-instruction-following-models'
const SAGE2 = 'sageattention2-technical-report-accurate-4-bit-attention-for-plug-and-play'
const ELASTIC = 'adaptive-computation-with-elastic-input-sequence'
const CAKE = 'cake-cascading-and-adaptive-kv-cache-eviction-with-layer-preferences'
const MATRYOSHKA = 'matryoshka-representation-learning'
const EDGE_LLM = 'edge-llm-enabling-efficient-large-language-model-adaptation-on-edge-devices-via'
// Titles that contain "KV cache" (case-insensitive) in the listing.
const KV_CACHE_TITLES = [
  'dynamickv-task-aware-adaptive-kv-cache-compression-for-long-context-llms',
  PREFIXKV,
  CAKE,
  'more-for-keys-less-for-values-adaptive-kv-cache-quantization',
]
// Independent computations (no helper involved).
const allNames = (paper: Paper) => [...(paper.method === null ? [] : [paper.method.name]), ...paper.names.map((name) => name.name)]
const ownersIn = (paper: Paper) => paper.links.flatMap((link) => (link.github === null ? [] : [link.github.owner]))

test('the bundled dataset is the seed listing of 235 papers', () => {
  expect(papers).toHaveLength(235)
})

describe('filterPapers', () => {
  test('keeps input order and element identity; no predicate gives a copy', () => {
    const all = filterPapers(papers)
    expect(all).toStrictEqual([...papers])
    expect(all).not.toBe(papers)
    const withCode = filterPapers(papers, hasCode())
    expect(withCode.every((paper) => papers.includes(paper))).toBe(true)
    expect(withCode.map((paper) => papers.indexOf(paper))).toStrictEqual(
      [...withCode.map((paper) => papers.indexOf(paper))].sort((a, b) => a - b),
    )
  })

  test('several predicates are a conjunction', () => {
    const expected = papers.filter((paper) => paper.code === 'available' && allNames(paper).some((name) => /lora/i.test(name)))
    expect(filterPapers(papers, hasCode(), byMethod('lora'))).toStrictEqual(expected)
    expect(filterPapers(papers, byMethod('lora'), hasCode())).toStrictEqual(expected)
  })

  test('accepts plain functions as predicates', () => {
    expect(filterPapers(papers, (paper) => paper.title.startsWith('XDoc'))).toStrictEqual([papers[0]])
  })

  test('rejects a non-array and a non-function', () => {
    expect(() => filterPapers(42 as never)).toThrowError(new InvalidArgumentError('Expected an array of papers, not `42`'))
    expect(() => filterPapers(papers, 'lora' as never)).toThrowError(InvalidArgumentError)
    expect(() => filterPapers(papers, 'lora' as never)).toThrowError('Expected predicate function, not `lora`')
  })
})

describe('byMethod', () => {
  test('finds every paper whose title coins a name with "LoRA" before its colon', () => {
    const coinedInTitle = papers.filter((paper) => /^[^:]*LoRA[^:]*:/.test(paper.title))
    expect(coinedInTitle.map((paper) => paper.title.split(':')[0])).toStrictEqual(['ASLoRA', 'ALLoRA', 'ElaLoRA', 'Activated LoRA', 'X-LoRA', 'MSPLoRA'])
    const found = filterPapers(papers, byMethod('lora'))
    for (const paper of coinedInTitle) expect(found).toContain(paper)
  })

  test('is a case-insensitive substring over method.name and names[].name (cross-check)', () => {
    for (const needle of ['lora', 'LORA', 'Net', 'kv', 'x']) {
      const expected = papers.filter((paper) => allNames(paper).some((name) => name.toLowerCase().includes(needle.toLowerCase())))
      expect(ids(filterPapers(papers, byMethod(needle)))).toStrictEqual(ids(expected))
    }
  })

  test('tests a RegExp against each name, ignoring g/y state', () => {
    const expected = papers.filter((paper) => allNames(paper).some((name) => /^X/.test(name)))
    expect(filterPapers(papers, byMethod(/^X/))).toStrictEqual(expected)
    const sticky = /LoRA$/gy
    expect(filterPapers(papers, byMethod(sticky))).toStrictEqual(filterPapers(papers, byMethod(/LoRA$/)))
    expect(filterPapers(papers, byMethod(sticky))).toStrictEqual(filterPapers(papers, byMethod(/LoRA$/)))
  })

  test('primaryOnly tests only paper.method', () => {
    const expected = papers.filter((paper) => paper.method !== null && paper.method.name.toLowerCase().includes('lora'))
    expect(filterPapers(papers, byMethod('lora', { primaryOnly: true }))).toStrictEqual(expected)
  })

  test('papers without names never match', () => {
    const nameless = papers.filter((paper) => paper.method === null && paper.names.length === 0)
    expect(nameless.length).toBeGreaterThan(0)
    expect(filterPapers(nameless, byMethod(''))).toStrictEqual([])
  })

  test('rejects other patterns', () => {
    expect(() => byMethod(42 as never)).toThrowError(new InvalidArgumentError('Expected string or RegExp, not `42`'))
  })
})

describe('hasMethod', () => {
  test('keeps papers with a primary name, XDoc first', () => {
    const found = filterPapers(papers, hasMethod())
    expect(found).toStrictEqual(papers.filter((paper) => paper.method !== null))
    expect(found[0]?.method.name).toBe('XDoc')
  })
})

describe('byCode / hasCode', () => {
  test('every paper whose abstract links https://github.com/ has code available or promised, never none', () => {
    // GUIDELINE.md: a code URL makes code `available`, unless the text says it will come
    // ("Code will be available at https://github.com/…" is `promised`, with the link kept).
    const linked = papers.filter((paper) => paper.abstract.includes('https://github.com/'))
    expect(linked).toHaveLength(63)
    const withCode = filterPapers(papers, byCode(['available', 'promised']))
    for (const paper of linked) expect(withCode).toContain(paper)
    expect(filterPapers(linked, byCode('none'))).toEqual([])
    // `promised` only where the abstract speaks of the future.
    for (const paper of filterPapers(linked, byCode('promised'))) expect(paper.abstract).toMatch(/\b(?:will|shall|to be)\b/i)
  })

  test('match the code field exactly (cross-check)', () => {
    expect(filterPapers(papers, hasCode())).toStrictEqual(papers.filter((paper) => paper.code === 'available'))
    expect(filterPapers(papers, byCode('available'))).toStrictEqual(filterPapers(papers, hasCode()))
    expect(filterPapers(papers, byCode('none'))).toStrictEqual(papers.filter((paper) => paper.code === 'none'))
    expect(filterPapers(papers, byCode(['promised', 'none']))).toStrictEqual(papers.filter((paper) => paper.code !== 'available'))
    const counts = ['available', 'promised', 'none'].map((status) => filterPapers(papers, byCode(status as 'none')).length)
    expect(counts.reduce((a, b) => a + b, 0)).toBe(235)
  })

  test('reject unknown statuses', () => {
    expect(() => byCode('maybe' as never)).toThrowError(
      new InvalidArgumentError('Expected code status (`available`, `promised`, `none`), not `maybe`'),
    )
    expect(() => byCode([])).toThrowError('Expected at least one code status, not an empty array')
  })
})

describe('byGithubOwner', () => {
  test.each([
    ['NVlabs', [SPADE]],
    ['nvlabs', [SPADE]],
    ['taki0112', [UGATIT]],
    ['ZNXLWM', [UGATIT]],
    ['google-research', [ELASTIC]],
    ['thu-ml', [SAGE2]],
    ['THU-MIG', [PREFIXKV]],
    ['no-such-owner-here', []],
  ])('%s → the papers whose abstract links github.com/%s', (owner, expected) => {
    expect(ids(filterPapers(papers, byGithubOwner(owner)))).toStrictEqual(expected)
  })

  test('a string matches the whole owner, not a part of it', () => {
    expect(filterPapers(papers, byGithubOwner('thu'))).toStrictEqual([])
    expect(filterPapers(papers, byGithubOwner('NVlab'))).toStrictEqual([])
  })

  test('a RegExp is tested against the owner as written', () => {
    expect(ids(filterPapers(papers, byGithubOwner(/^thu-/i)))).toStrictEqual(
      ids(papers.filter((paper) => ownersIn(paper).some((owner) => /^thu-/i.test(owner)))),
    )
    expect(ids(filterPapers(papers, byGithubOwner(/^thu-/i)))).toStrictEqual(expect.arrayContaining([PREFIXKV, SAGE2]))
  })

  test('every owner found equals an independent scan of the links (case-insensitive)', () => {
    const owners = new Set(papers.flatMap(ownersIn))
    for (const owner of owners) {
      const expected = papers.filter((paper) => ownersIn(paper).some((o) => o.toLowerCase() === owner.toLowerCase()))
      expect(filterPapers(papers, byGithubOwner(owner))).toStrictEqual(expected)
    }
  })

  test('source: curated reads the claimed repository; links ignores it', () => {
    const claimed: Paper = { ...(papers[0] as Paper), links: [], curated: { githubRepo: 'https://github.com/Acme-Lab/Widget', projectPage: null, agrees: null } }
    expect(filterPapers([claimed], byGithubOwner('acme-lab'))).toStrictEqual([claimed])
    expect(filterPapers([claimed], byGithubOwner('acme-lab', { source: 'curated' }))).toStrictEqual([claimed])
    expect(filterPapers([claimed], byGithubOwner('acme-lab', { source: 'links' }))).toStrictEqual([])
    expect(filterPapers(papers, byGithubOwner('NVlabs', { source: 'curated' }))).toStrictEqual([])
    expect(() => byGithubOwner('x', { source: 'web' as never })).toThrowError(
      'Expected GitHub source (`links`, `curated`, `any`), not `web`',
    )
  })
})

describe('byGithubRepo', () => {
  test.each([
    ['NVlabs/SPADE', [SPADE]],
    ['nvlabs/spade', [SPADE]],
    ['SPADE', [SPADE]],
    ['https://github.com/NVlabs/SPADE', [SPADE]],
    ['github.com/NVlabs/SPADE.git', [SPADE]],
    ['https://github.com/NVlabs/SPADE/tree/main?tab=readme', [SPADE]],
    ['taki0112/UGATIT', [UGATIT]],
    ['znxlwm/UGATIT-pytorch', [UGATIT]],
    ['UGATIT', [UGATIT]],
    ['thu-ml/SageAttention', [SAGE2]],
    ['someone-else/SPADE', []],
    ['NVlabs/SPAD', []],
  ])('%s', (repo, expected) => {
    expect(ids(filterPapers(papers, byGithubRepo(repo)))).toStrictEqual(expected)
  })

  test('a RegExp is tested against owner/repo', () => {
    expect(ids(filterPapers(papers, byGithubRepo(/^NVlabs\/SP/)))).toStrictEqual([SPADE])
    expect(ids(filterPapers(papers, byGithubRepo(/UGATIT/)))).toStrictEqual([UGATIT])
  })

  test('rejects a string that names no repository', () => {
    expect(() => byGithubRepo('  ')).toThrowError(new InvalidArgumentError('Expected a repository (`owner/repo` or `repo`), not `  `'))
    expect(() => byGithubRepo('https://github.com/')).toThrowError(InvalidArgumentError)
  })
})

describe('byLinkKind', () => {
  test('every paper whose abstract has a https://github.com/ URL has a github link', () => {
    const found = filterPapers(papers, byLinkKind('github'))
    for (const paper of papers.filter((p) => p.abstract.includes('https://github.com/'))) expect(found).toContain(paper)
  })

  test('matches the kinds of the links (cross-check, single kind and list)', () => {
    for (const kind of ['github', 'gitlab', 'huggingface', 'project-page', 'shortlink', 'other'] as const) {
      expect(filterPapers(papers, byLinkKind(kind))).toStrictEqual(papers.filter((paper) => paper.links.some((link) => link.kind === kind)))
    }
    expect(filterPapers(papers, byLinkKind(['project-page', 'other']))).toStrictEqual(
      papers.filter((paper) => paper.links.some((link) => link.kind === 'project-page' || link.kind === 'other')),
    )
  })

  test('rejects unknown kinds', () => {
    expect(() => byLinkKind('ftp' as never)).toThrowError(
      'Expected link kind (`github`, `gitlab`, `huggingface`, `project-page`, `shortlink`, `other`), not `ftp`',
    )
    expect(() => byLinkKind([])).toThrowError('Expected at least one link kind, not an empty array')
  })
})

describe('byQuantity', () => {
  const independent = (test: (q: Paper['quantities'][number]) => boolean) => papers.filter((paper) => paper.quantities.some(test))

  test('times >= 2 includes the papers reporting 10x, 14x and 2.92x in their abstracts', () => {
    const found = ids(filterPapers(papers, byQuantity({ unit: 'times', min: 2 })))
    expect(found).toStrictEqual(expect.arrayContaining([CAKE, MATRYOSHKA, EDGE_LLM]))
  })

  test('times >= 2 equals an independent scan of the quantities', () => {
    const expected = independent((q) => q.unit === 'times' && (q.max ?? q.value) >= 2)
    expect(filterPapers(papers, byQuantity({ unit: 'times', min: 2 }))).toStrictEqual(expected)
  })

  test.each([
    [{ unit: 'percent' as const }, (q: Paper['quantities'][number]) => q.unit === 'percent'],
    [{ unit: null }, (q: Paper['quantities'][number]) => q.unit === null],
    [{ unit: ['times', 'percent'] as const }, (q: Paper['quantities'][number]) => q.unit === 'times' || q.unit === 'percent'],
    [{ unit: 'percent' as const, min: 50, max: 90 }, (q: Paper['quantities'][number]) => q.unit === 'percent' && (q.max ?? q.value) >= 50 && q.value <= 90],
    [{ max: 1 }, (q: Paper['quantities'][number]) => q.value <= 1],
    [{ field: 'title' as const }, (q: Paper['quantities'][number]) => q.span.field === 'title'],
    [{}, () => true],
  ])('%j equals an independent scan', (filter, check) => {
    expect(filterPapers(papers, byQuantity(filter))).toStrictEqual(independent(check))
  })

  test('noun is a case-insensitive substring or a RegExp; null nouns never match', () => {
    const speedup: Paper = {
      ...(papers[0] as Paper),
      quantities: [
        { text: '1.5-2.5x', value: 1.5, max: 2.5, unit: 'times', noun: 'Speedup', comparator: null, rule: 't', confidence: 1, span: { field: 'abstract', start: 0, end: 8 } },
      ],
    }
    const bare: Paper = { ...speedup, quantities: [{ ...speedup.quantities[0]!, noun: null }] }
    expect(filterPapers([speedup, bare], byQuantity({ noun: 'speedup' }))).toStrictEqual([speedup])
    expect(filterPapers([speedup, bare], byQuantity({ noun: /^speed/i, unit: 'times', min: 2 }))).toStrictEqual([speedup])
    // a range overlaps [min, max]
    expect(filterPapers([speedup], byQuantity({ min: 2.5 }))).toStrictEqual([speedup])
    expect(filterPapers([speedup], byQuantity({ min: 2.6 }))).toStrictEqual([])
    expect(filterPapers([speedup], byQuantity({ max: 1.5 }))).toStrictEqual([speedup])
    expect(filterPapers([speedup], byQuantity({ max: 1.4 }))).toStrictEqual([])
  })

  test('rejects bad filters', () => {
    expect(() => byQuantity({ unit: 'km' as never })).toThrowError(
      'Expected unit (`percent`, `times`, `bit`, `second`, `minute`, `hour`, `day`, `year`, `dB`, `FLOPs`, `byte`), not `km`',
    )
    expect(() => byQuantity({ min: '2' as never })).toThrowError(new InvalidArgumentError('Expected number for `min`, not `2`'))
    expect(() => byQuantity({ max: Number.NaN })).toThrowError('Expected number for `max`, not `NaN`')
    expect(() => byQuantity({ min: 3, max: 2 })).toThrowError('Expected `min` <= `max`, not 3 > 2')
    expect(() => byQuantity({ noun: 7 as never })).toThrowError('Expected string or RegExp for `noun`, not `7`')
    expect(() => byQuantity(null as never)).toThrowError('Expected quantity filter object, not `null`')
  })
})

describe('byText / byAuthor', () => {
  test('"kv cache" in titles finds the four titles that contain it', () => {
    expect(ids(filterPapers(papers, byText('kv cache', { fields: ['title'] })))).toStrictEqual(KV_CACHE_TITLES)
    expect(ids(filterPapers(papers, byText('KV CACHE', { fields: ['title'] })))).toStrictEqual(KV_CACHE_TITLES)
  })

  test('defaults to title and abstract; RegExp as given (cross-check)', () => {
    const re = /kv[- ]cache/i
    expect(filterPapers(papers, byText(re))).toStrictEqual(papers.filter((paper) => re.test(paper.title) || re.test(paper.abstract)))
    expect(filterPapers(papers, byText('speedup'))).toStrictEqual(
      papers.filter((paper) => `${paper.title}\n${paper.abstract}`.toLowerCase().includes('speedup')),
    )
  })

  test('a string is a literal: RegExp characters and case (also non-ASCII) need no escaping', () => {
    const paper: Paper = { ...(papers[0] as Paper), title: 'Rank (r)-adaptive X-LoRA at 1.35x', abstract: 'Tested at the École, [a+b] = c.' }
    for (const needle of ['(r)-adaptive', 'x-lora', '1.35X', 'école', 'ÉCOLE', '[A+B]', 'a+b] = c.']) {
      expect(filterPapers([paper], byText(needle))).toStrictEqual([paper])
    }
    for (const needle of ['1735x', 'r-adaptive', '(r).adaptive', 'ecole', 'a+b ']) {
      expect(filterPapers([paper], byText(needle))).toStrictEqual([])
    }
  })

  test('names field tests the coined names', () => {
    expect(filterPapers(papers, byText('lora', { fields: ['names'] }))).toStrictEqual(filterPapers(papers, byMethod('lora')))
  })

  test('rejects bad fields', () => {
    expect(() => byText('x', { fields: ['body' as never] })).toThrowError('Expected text field (`title`, `abstract`, `names`), not `body`')
    expect(() => byText('x', { fields: [] })).toThrowError('Expected a non-empty array of fields for `fields`')
  })

  test('byAuthor: substring of an author name; papers without authors never match', () => {
    const authored: Paper = { ...(papers[0] as Paper), authors: ['Ada Lovelace', 'Charles Babbage'] }
    expect(filterPapers([authored, ...papers], byAuthor('lovelace'))).toStrictEqual([authored])
    expect(filterPapers([authored], byAuthor(/^Charles/))).toStrictEqual([authored])
    expect(filterPapers(papers, byAuthor(''))).toStrictEqual(papers.filter((paper) => paper.authors.length > 0))
  })
})

describe('and / or / not', () => {
  test('are set intersection, union and complement', () => {
    const a = byMethod('lora')
    const b = hasCode()
    const setA = new Set<Paper>(filterPapers(papers, a))
    const setB = new Set<Paper>(filterPapers(papers, b))
    expect(filterPapers(papers, and(a, b))).toStrictEqual(papers.filter((p) => setA.has(p) && setB.has(p)))
    expect(filterPapers(papers, or(a, b))).toStrictEqual(papers.filter((p) => setA.has(p) || setB.has(p)))
    expect(filterPapers(papers, not(b))).toStrictEqual(papers.filter((p) => !setB.has(p)))
    expect(filterPapers(papers, and())).toStrictEqual([...papers])
    expect(filterPapers(papers, or())).toStrictEqual([])
  })

  test('two GitHub owners with or', () => {
    expect(ids(filterPapers(papers, or(byGithubOwner('taki0112'), byGithubOwner('NVlabs'))))).toStrictEqual(
      ids(papers.filter((paper) => paper.id === SPADE || paper.id === UGATIT)),
    )
  })

  test('reject non-functions', () => {
    expect(() => and(hasCode(), 1 as never)).toThrowError('Expected predicate function, not `1`')
    expect(() => not(undefined as never)).toThrowError('Expected predicate function, not `undefined`')
  })
})

describe('findById / findByArxivId / findByMethod', () => {
  test('findById', () => {
    expect(findById(papers, MATRYOSHKA)?.title).toBe('Matryoshka Representation Learning')
    expect(findById(papers, 'nope')).toBeUndefined()
    expect(() => findById(papers, 42 as never)).toThrowError(new InvalidArgumentError('Expected string, not `42`'))
  })

  test('findByMethod: whole name, ignoring case; primary names before other names', () => {
    expect(findByMethod(papers, 'xdoc')?.title).toBe('XDoc: Unified Pre-training for Cross-Format Document Understanding')
    expect(findByMethod(papers, 'XDo')).toBeUndefined()
    expect(findByMethod(papers, /^msplora$/i)?.id).toBe('msplora-a-multi-scale-pyramid-low-rank-adaptation-for-efficient-model-fine')
    const secondary: Paper = { ...(papers[0] as Paper), id: 'secondary', method: null, names: [{ ...(papers[0] as Paper).names[0]!, name: 'Twin' }] }
    const primary: Paper = { ...secondary, id: 'primary', method: { ...secondary.names[0]!, name: 'Twin' } }
    expect(findByMethod([secondary, primary], 'twin')?.id).toBe('primary')
    expect(findByMethod([secondary], 'twin')?.id).toBe('secondary')
  })

  test('findByArxivId ignores version, prefix and URL; the HF text listing has no arXiv ids', () => {
    expect(papers.every((paper) => paper.arxivId === null)).toBe(true)
    expect(findByArxivId(papers, '2210.02849')).toBeUndefined()
    const withIds: Paper[] = [
      { ...(papers[0] as Paper), id: '2210.02849', arxivId: '2210.02849' },
      { ...(papers[1] as Paper), id: 'cs/0112017', arxivId: 'cs/0112017v1' },
    ]
    for (const query of ['2210.02849', '2210.02849v3', 'arXiv:2210.02849', 'https://arxiv.org/abs/2210.02849v2', 'https://arxiv.org/pdf/2210.02849.pdf']) {
      expect(findByArxivId(withIds, query)?.id).toBe('2210.02849')
    }
    expect(findByArxivId(withIds, 'cs/0112017')?.id).toBe('cs/0112017')
    expect(findByArxivId(withIds, '2210.0284')).toBeUndefined()
    expect(findByArxivId(withIds, '')).toBeUndefined()
  })
})

describe('sortPapers', () => {
  test('by title: case-insensitive, a new array, input unchanged', () => {
    const before = [...papers]
    const sorted = sortPapers(papers, 'title')
    expect(papers).toStrictEqual(before)
    expect(sorted).toHaveLength(235)
    expect(new Set(sorted)).toStrictEqual(new Set(papers))
    for (let k = 1; k < sorted.length; k++) expect(sorted[k - 1]!.title.toLowerCase() <= sorted[k]!.title.toLowerCase()).toBe(true)
    expect(sorted[0]!.title).toBe('A Bag of Tricks for Few-Shot Class-Incremental Learning')
  })

  test('by a count, descending, stable for ties', () => {
    const sorted = sortPapers(papers, 'quantities', { order: 'desc' })
    const max = Math.max(...papers.map((paper) => paper.quantities.length))
    expect(sorted[0]!.quantities.length).toBe(max)
    const expected = papers
      .map((paper, index) => ({ paper, index }))
      .sort((x, y) => y.paper.quantities.length - x.paper.quantities.length || x.index - y.index)
      .map((entry) => entry.paper)
    expect(sorted).toStrictEqual(expected)
  })

  test('missing values go last in both orders; ties broken by the next key', () => {
    for (const order of ['asc', 'desc'] as const) {
      const sorted = sortPapers(papers, ['confidence', 'id'], { order })
      const firstMissing = sorted.findIndex((paper) => paper.method === null)
      expect(sorted.slice(firstMissing).every((paper) => paper.method === null)).toBe(true)
      expect(firstMissing).toBe(papers.filter((paper) => paper.method !== null).length)
      const named = sorted.slice(0, firstMissing)
      for (let k = 1; k < named.length; k++) {
        const a = named[k - 1]!
        const b = named[k]!
        const sign = order === 'asc' ? 1 : -1
        const byConfidence = sign * (a.method!.confidence - b.method!.confidence)
        expect(byConfidence < 0 || (byConfidence === 0 && (order === 'asc' ? a.id <= b.id : a.id >= b.id))).toBe(true)
      }
    }
  })

  test('strings: case-insensitive code-unit order, ties by case, then input order; mixed keys sort as strings', () => {
    const make = (id: string, title: string): Paper => ({ ...(papers[0] as Paper), id, title })
    const list = [make('1', 'beta'), make('2', 'Alpha'), make('3', 'alpha'), make('4', 'Beta'), make('5', 'école'), make('6', 'alpha')]
    expect(ids(sortPapers(list, 'title'))).toStrictEqual(['2', '3', '6', '4', '1', '5'])
    expect(ids(sortPapers(list, 'title', { order: 'desc' }))).toStrictEqual(['5', '1', '4', '3', '6', '2'])
    expect(ids(sortPapers(list, (paper) => (paper.id === '1' ? 10 : paper.id === '2' ? 9 : paper.id === '3' ? null : paper.title)))).toStrictEqual([
      '1', // "10" < "9" < "alpha" … as strings
      '2',
      '6',
      '4',
      '5',
      '3',
    ])
  })

  test('by a function', () => {
    const longest = sortPapers(papers, (paper) => paper.abstract.length, { order: 'desc' })[0]
    expect(longest!.abstract.length).toBe(Math.max(...papers.map((paper) => paper.abstract.length)))
  })

  test('rejects unknown keys and orders', () => {
    expect(() => sortPapers(papers, 'year' as never)).toThrowError(
      'Expected sort key (`id`, `title`, `publishedAt`, `upvotes`, `method`, `confidence`, `names`, `links`, `quantities`), not `year`',
    )
    expect(() => sortPapers(papers, 'id', { order: 'up' as never })).toThrowError('Expected sort order (`asc`, `desc`), not `up`')
    expect(() => sortPapers(papers, [])).toThrowError('Expected at least one sort key, not an array')
  })
})

describe('groupPapers', () => {
  test('by GitHub owner: one group per owner (case-insensitive), papers in each of their groups', () => {
    const groups = groupPapers(papers, 'githubOwner')
    expect(ids(groups.get('NVlabs') ?? [])).toStrictEqual([SPADE])
    expect(ids(groups.get('taki0112') ?? [])).toStrictEqual([UGATIT])
    expect(ids(groups.get('znxlwm') ?? [])).toStrictEqual([UGATIT])
    const folded = new Set(papers.flatMap(ownersIn).map((owner) => owner.toLowerCase()))
    expect(groups.size).toBe(folded.size)
    for (const [owner, members] of groups) expect(members).toStrictEqual(filterPapers(papers, byGithubOwner(owner)))
  })

  test('by GitHub repository', () => {
    const groups = groupPapers(papers, 'githubRepo')
    expect(ids(groups.get('NVlabs/SPADE') ?? [])).toStrictEqual([SPADE])
    for (const [repo, members] of groups) expect(members).toStrictEqual(filterPapers(papers, byGithubRepo(repo)))
  })

  test('by code, link kind and unit agree with the predicates', () => {
    const byCodeGroups = groupPapers(papers, 'code')
    for (const [status, members] of byCodeGroups) expect(members).toStrictEqual(filterPapers(papers, byCode(status as 'none')))
    expect([...byCodeGroups.values()].reduce((sum, members) => sum + members.length, 0)).toBe(235)
    for (const [kind, members] of groupPapers(papers, 'linkKind')) expect(members).toStrictEqual(filterPapers(papers, byLinkKind(kind as 'other')))
    for (const [unit, members] of groupPapers(papers, 'unit')) expect(members).toStrictEqual(filterPapers(papers, byQuantity({ unit: unit as 'times' })))
  })

  test('by a function; papers without a key are left out; groups in first-seen order', () => {
    const groups = groupPapers(papers, (paper) => (paper.method === null ? null : paper.method.name[0]!.toUpperCase()))
    expect([...groups.keys()][0]).toBe('X')
    expect([...groups.values()].flat().length).toBe(papers.filter((paper) => paper.method !== null).length)
    expect(groupPapers(papers, 'year').size).toBe(0) // the HF text listing gives no dates
  })

  test('rejects unknown keys', () => {
    expect(() => groupPapers(papers, 'owner' as never)).toThrowError(
      'Expected group key (`githubOwner`, `githubRepo`, `code`, `linkKind`, `unit`, `method`, `year`), not `owner`',
    )
  })
})

describe('query()', () => {
  test('where + sortBy + limit equal the composed helpers', () => {
    const composed = sortPapers(filterPapers(papers, byQuantity({ unit: 'times', min: 2 }), hasCode()), 'title').slice(0, 3)
    expect(query(papers).where(byQuantity({ unit: 'times', min: 2 })).where(hasCode()).sortBy('title').limit(3).toArray()).toStrictEqual(composed)
    // the order of the calls does not matter
    expect(query(papers).limit(3).sortBy('title').where(hasCode(), byQuantity({ unit: 'times', min: 2 })).toArray()).toStrictEqual(composed)
  })

  test('is immutable and lazy', () => {
    const base = query(papers)
    const narrowed = base.where(hasCode())
    expect(base.count()).toBe(235)
    expect(narrowed.count()).toBe(filterPapers(papers, hasCode()).length)
    let calls = 0
    const counted = base.where(() => ++calls > 0)
    expect(calls).toBe(0)
    counted.count()
    expect(calls).toBe(235)
  })

  test('skip, limit, first, iteration, groupBy', () => {
    const withCode = filterPapers(papers, hasCode())
    expect(query(papers).where(hasCode()).skip(2).limit(3).toArray()).toStrictEqual(withCode.slice(2, 5))
    expect(query(papers).where(hasCode()).first()).toBe(withCode[0])
    expect(query(papers).where(byMethod('no such name')).first()).toBeUndefined()
    expect([...query(papers).where(hasCode()).limit(2)]).toStrictEqual(withCode.slice(0, 2))
    expect(query(papers).where(byGithubOwner('NVlabs')).groupBy('githubRepo')).toStrictEqual(new Map([['NVlabs/SPADE', [findById(papers, SPADE)]]]))
    expect(query(papers).limit(0).toArray()).toStrictEqual([])
  })

  test('hits without search have score null', () => {
    expect(query(papers).where(byGithubOwner('NVlabs')).hits()).toStrictEqual([{ paper: findById(papers, SPADE), score: null, terms: [], match: {} }])
  })

  test('rejects bad arguments', () => {
    expect(() => query('papers' as never)).toThrowError(new InvalidArgumentError('Expected an array of papers, not `papers`'))
    expect(() => query(papers).limit(-1)).toThrowError('Expected non-negative integer, not `-1`')
    expect(() => query(papers).skip(1.5)).toThrowError('Expected non-negative integer, not `1.5`')
    expect(() => query(papers).where(3 as never)).toThrowError('Expected predicate function, not `3`')
  })
})
