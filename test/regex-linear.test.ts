// The code paths whose regexes were rewritten for `npm run lint:regex` (no-super-linear-backtracking,
// no-super-linear-move) run in linear time: each gets a 1 MB input built to make its former regex
// quadratic or worse (runs of spaces before a colon that no space follows, spaces that no dash follows,
// `?` before a line break, `!` runs that no capital follows, capitals that no lower case follows), and
// still gives the result the former regex gave on small inputs. Time bounds are generous (a linear scan
// of 1 MB takes milliseconds; the former regexes took seconds at 20 kB and would take hours at 1 MB).
import { describe, expect, test } from 'vitest'
import { closeUpDashes } from '../src/extract/abbreviations/short-form.js'
import { urlHost } from '../src/extract/links/classify.js'
import { extractLinks } from '../src/extract/links/index.js'
import { colonPrefix } from '../src/extract/names/rules.js'
import { slugify } from '../src/extract/paper.js'
import { unitTail } from '../src/extract/quantities/combine.js'
import { splitSentences } from '../src/extract/text/sentences.js'
import { byGithubRepo } from '../src/query/by-link.js'

const MB = 1_000_000
const BOUND_MS = 2_000

/** Run `f`, return its result and assert it took less than the bound. */
function timed<T>(f: () => T): T {
  const t0 = performance.now()
  const result = f()
  expect(performance.now() - t0).toBeLessThan(BOUND_MS)
  return result
}

describe('rewritten regexes: same results on small inputs', () => {
  test('colonPrefix: the trimmed part before the first colon that whitespace follows', () => {
    expect(colonPrefix('XDoc: Unified Pre-training')).toBe('XDoc')
    expect(colonPrefix('  Chimera Effect  :  Emergent')).toBe('Chimera Effect')
    expect(colonPrefix('Ratio 3:2 and more: x')).toBeNull() // the first colon decides
    expect(colonPrefix(': no prefix')).toBeNull()
    expect(colonPrefix('No colon at all')).toBeNull()
    expect(colonPrefix('Trailing: ')).toBe('Trailing')
    expect(colonPrefix('Trailing: ', true)).toBeNull()
    expect(colonPrefix('Word:  x', true)).toBe('Word')
    expect(colonPrefix(' \t: x')).toBe('\t') // as the regex did: its last whitespace
  })

  test('closeUpDashes: whitespace around hyphens and en dashes removed', () => {
    expect(closeUpDashes('MI - FGSM')).toBe('MI-FGSM')
    expect(closeUpDashes('a  –  b - - c')).toBe('a-b--c')
    expect(closeUpDashes(' lead -')).toBe(' lead-')
    expect(closeUpDashes('no dash here ')).toBe('no dash here ')
  })

  test('unitTail: from the first letter after the last whitespace', () => {
    expect(unitTail('of 12 ms')).toBe('ms')
    expect(unitTail('8 GB/s')).toBe('GB/s')
    expect(unitTail('(3x)')).toBe('x)')
    expect(unitTail('12 34')).toBe('12 34')
    expect(unitTail('a\nms')).toBe('a\nms')
  })

  test('urlHost, slugify, splitSentences, byGithubRepo', () => {
    expect(urlHost('https://user@WWW.Example.org:8080/a?b#c')).toBe('example.org')
    expect(urlHost('ftp://Host.io:21')).toBe('host.io')
    expect(slugify('--Sparse Mixers--')).toBe('sparse-mixers')
    expect(splitSentences('It works!! Really. Yes?! "Quoted" start.')).toEqual([
      { start: 0, end: 10 },
      { start: 11, end: 18 },
      { start: 19, end: 24 },
      { start: 25, end: 40 },
    ])
    const paper = { links: [{ github: { owner: 'acme', repo: 'tool', path: null } }], curated: null } as never
    expect(byGithubRepo('https://github.com/acme/tool?tab=readme#top')(paper)).toBe(true)
  })
})

describe('rewritten regexes: linear on 1 MB adversarial inputs', () => {
  test('colonPrefix: 1 MB of spaces, then a colon no space follows', () => {
    expect(timed(() => colonPrefix(`${' '.repeat(MB)}x:y`))).toBeNull()
    expect(timed(() => colonPrefix(`${' '.repeat(MB)}x${' '.repeat(MB)}: y`))).toBe('x')
  })

  test('closeUpDashes: 1 MB of spaces no dash follows', () => {
    expect(timed(() => closeUpDashes(`${' '.repeat(MB)}x - y`))).toBe(`${' '.repeat(MB)}x-y`)
  })

  test('unitTail: 1 MB of letters', () => {
    expect(timed(() => unitTail(`${'a'.repeat(MB)} `))).toBe(`${'a'.repeat(MB)} `)
  })

  test('byGithubRepo: 1 MB of `?` before a line break', () => {
    const paper = { links: [], curated: null } as never
    expect(timed(() => byGithubRepo(`acme/tool${'?'.repeat(MB)}\nx`)(paper))).toBe(false)
  })

  test('splitSentences: 1 MB of `!` and of `.` that no capital follows, then a sentence', () => {
    for (const unit of ['!', '.', '?!']) {
      const text = `${unit.repeat(MB / unit.length)}x. Then a sentence.`
      const spans = timed(() => splitSentences(text))
      expect(text.slice(spans.at(-1)?.start, spans.at(-1)?.end)).toBe('Then a sentence.')
    }
  })

  test('urlHost: one 1 MB host; extractLinks: 1 MB of slashes and of capitals after a code host', () => {
    expect(timed(() => urlHost(`${'a'.repeat(MB)} `))).toBe('a'.repeat(MB))
    const slashes = timed(() => extractLinks(`See https://github.com/acme/tool${'/'.repeat(MB)} now.`))
    expect(slashes[0]?.github).toMatchObject({ owner: 'acme', repo: 'tool' })
    const capitals = timed(() => extractLinks(`Code: github.com/acme/ ${'A'.repeat(MB)}`))
    expect(capitals.map((link) => link.github?.owner)).toEqual(['acme'])
  })
})
