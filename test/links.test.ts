import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { InvalidArgumentError } from '../src/errors.js'
import { classifyUrl, extractLinks, githubRepoSlug, parseGithubUrl } from '../src/extract/links/index.js'
import { LinkSchema } from '../src/schema.js'

/** `[url, kind, "owner/repo" | null]` of every link, the shape the gold scores. */
const scored = (text: string) =>
  extractLinks(text).map((l) => [l.url, l.kind, l.github?.repo ? `${l.github.owner}/${l.github.repo}` : null])
const urls = (text: string) => extractLinks(text).map((l) => l.url)

/** Every link's span gives back its `text`, and the record is schema-valid. */
function checkSpans(text: string): void {
  for (const link of extractLinks(text)) {
    expect(text.slice(link.span.start, link.span.end)).toBe(link.text)
    expect(LinkSchema.parse(link)).toEqual(link)
  }
}

interface HandedCase {
  id: string
  input: string
  expected: {
    urls?: string[]
    repos?: Array<{ url: string; github?: string | null; text?: string }>
    maxMillis?: number
  }
}
const handed = new Map(
  readFileSync(join(import.meta.dirname, '../../shared/cases/handed.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as HandedCase)
    .map((c) => [c.id, c]),
)

describe('handed cases (../shared/cases/handed.jsonl)', () => {
  const ids = [...handed.keys()].filter((id) => id.startsWith('url-'))
  ids.push('github-slug-dotgit-and-pages-repo', 'redos-url-regex-dotted-digits')

  test('the url-* cases are all there', () => {
    expect(ids).toEqual(expect.arrayContaining(['url-trailing-period-arxiv', 'url-period-before-close-paren', 'url-keep-as-written', 'url-fuzzy-filename-tld', 'url-inner-spaces', 'url-latex-escaped-underscore']))
  })

  test.each(ids)('%s', (id) => {
    const c = handed.get(id)
    if (!c) throw new Error(`missing handed case ${id}`)
    const started = performance.now()
    const links = extractLinks(c.input)
    const ms = performance.now() - started
    if (c.expected.urls) expect(links.map((l) => l.url)).toEqual(c.expected.urls)
    if (c.expected.repos) {
      expect(links.map((l) => l.url)).toEqual(c.expected.repos.map((r) => r.url))
      c.expected.repos.forEach((repo, i) => {
        const link = links[i]
        if (repo.github !== undefined) expect(link?.github?.repo ? `${link.github.owner}/${link.github.repo}` : null).toBe(repo.github)
        if (repo.text !== undefined) expect(link?.text).toBe(repo.text)
      })
    }
    // A budget for one call on this machine class, tested 20× generous (speed: see the benchmark).
    if (c.expected.maxMillis) expect(ms).toBeLessThan(20 * c.expected.maxMillis)
    checkSpans(c.input)
  })
})

describe('clean-up: what the address keeps and drops', () => {
  test('sentence punctuation and unbalanced closing brackets are dropped, balanced ones kept', () => {
    expect(urls('Sources: https://gitlab.com/orbit-lab/relay-net.')).toEqual(['https://gitlab.com/orbit-lab/relay-net'])
    expect(urls('(implementation: https://github.com/orbit-lab/relay-net).')).toEqual(['https://github.com/orbit-lab/relay-net'])
    expect(urls('See https://github.com/orbit-lab/relay-net...')).toEqual(['https://github.com/orbit-lab/relay-net'])
    expect(urls('Mirrors: https://github.com/orbit-lab/relay-net; https://gitlab.com/orbit-lab/relay-net, too!')).toEqual([
      'https://github.com/orbit-lab/relay-net',
      'https://gitlab.com/orbit-lab/relay-net',
    ])
    expect(urls('the wiki page https://wiki.orbit-lab.org/Relay_(network).')).toEqual(['https://wiki.orbit-lab.org/Relay_(network)'])
    expect(urls('"https://github.com/orbit-lab/relay-net"')).toEqual(['https://github.com/orbit-lab/relay-net'])
    expect(urls('[Code](https://github.com/orbit-lab/relay-net).')).toEqual(['https://github.com/orbit-lab/relay-net'])
  })

  test('scheme, www., case, query, fragment and a trailing slash are kept as written', () => {
    expect(urls('Visit HTTPS://WWW.Orbit-Lab.org/Relay/?v=2#top.')).toEqual(['HTTPS://WWW.Orbit-Lab.org/Relay/?v=2#top'])
    expect(urls('Mirror: ftp://ftp.orbit-lab.org/pub/relay.tar.gz.')).toEqual(['ftp://ftp.orbit-lab.org/pub/relay.tar.gz'])
  })

  test('LaTeX: \\url{…}, \\href{…}{…}, escapes and tildes are undone; the span covers the wrapper', () => {
    const text = 'Code: \\url{https://github.com/orbit-lab/relay\\_net}; page \\href{https://orbit-lab.github.io/relay/}{project page}.'
    const links = extractLinks(text)
    expect(links.map((l) => [l.text, l.url, l.rule])).toEqual([
      ['\\url{https://github.com/orbit-lab/relay\\_net}', 'https://github.com/orbit-lab/relay_net', 'latex-url'],
      ['\\href{https://orbit-lab.github.io/relay/}{project page}', 'https://orbit-lab.github.io/relay/', 'latex-href'],
    ])
    expect(urls('at https://www.cs.orbit.edu/$\\sim$kim/relay/ and https://orbit.org/\\~{}kim/ and https://orbit.org/a\\%20b'))
      .toEqual(['https://www.cs.orbit.edu/~kim/relay/', 'https://orbit.org/~kim/', 'https://orbit.org/a%20b'])
    checkSpans(text)
  })

  test('a display copy of the address (arXiv-stripped \\href, markdown) is one link, not two', () => {
    const text = 'Code: https://github.com/orbit-lab/relay{github.com/orbit-lab/relay}. Also [https://orbit.ai/r](https://orbit.ai/r).'
    const links = extractLinks(text)
    expect(links.map((l) => [l.text, l.url])).toEqual([
      ['https://github.com/orbit-lab/relay{github.com/orbit-lab/relay}', 'https://github.com/orbit-lab/relay'],
      ['[https://orbit.ai/r](https://orbit.ai/r)', 'https://orbit.ai/r'],
    ])
    expect(urls('at https://github.com/orbit-lab/relay{\\color{blue}{https://github.com/orbit-lab/relay}}.')).toEqual(['https://github.com/orbit-lab/relay'])
    // A display text that is not an address belongs to the link's surface.
    expect(extractLinks('at https://github.com/orbit-lab/relay{GitHub}.').map((l) => l.text)).toEqual(['https://github.com/orbit-lab/relay{GitHub}'])
    checkSpans(text)
  })

  test('schemes glued to a word, after a LaTeX tilde, comma-joined, or damaged', () => {
    expect(urls('built on Relayhttps://github.com/orbit-lab/relay and at~https://orbit-lab.github.io/relay.')).toEqual([
      'https://github.com/orbit-lab/relay',
      'https://orbit-lab.github.io/relay',
    ])
    expect(urls('mirrors https://github.com/a-lab/x,https://github.com/b-lab/y')).toEqual(['https://github.com/a-lab/x', 'https://github.com/b-lab/y'])
    const damaged = 'Samples at https:/orbit-lab.github.io/relay/. Code at https: //github.com/orbit-lab/relay.'
    expect(extractLinks(damaged).map((l) => [l.text, l.url, l.rule])).toEqual([
      ['https:/orbit-lab.github.io/relay/', 'https://orbit-lab.github.io/relay/', 'scheme-repaired'],
      ['https: //github.com/orbit-lab/relay', 'https://github.com/orbit-lab/relay', 'scheme-repaired'],
    ])
    checkSpans(damaged)
  })
})

describe('repair: addresses broken by a line wrap or a stray space', () => {
  test('a host cut after a dot is rejoined', () => {
    const text = 'Code: https://github.\ncom/orbit-lab/relay-net and https://orbit-lab.github. io/relay/.'
    expect(extractLinks(text).map((l) => [l.text, l.url, l.rule])).toEqual([
      ['https://github.\ncom/orbit-lab/relay-net', 'https://github.com/orbit-lab/relay-net', 'rejoined-break'],
      ['https://orbit-lab.github. io/relay/', 'https://orbit-lab.github.io/relay/', 'rejoined-break'],
    ])
    checkSpans(text)
  })

  test('a path cut after a hyphen, an underscore or a slash is rejoined when the next token continues it', () => {
    expect(urls('at https://github.com/orbit-lab/long-\ncontext-relay.')).toEqual(['https://github.com/orbit-lab/long-context-relay'])
    expect(urls('at https://github.com/orbit-lab/relay_\nnet.')).toEqual(['https://github.com/orbit-lab/relay_net'])
    expect(urls('at https://github.com/orbit-lab/ relay-net/tree/main/src.')).toEqual(['https://github.com/orbit-lab/relay-net/tree/main/src'])
    expect(urls('weights: https://huggingface.co/orbit-lab/\n  relay-7b-v2.')).toEqual(['https://huggingface.co/orbit-lab/relay-7b-v2'])
    expect(urls('at https://github.com/orbit-lab\n/relay-net.')).toEqual(['https://github.com/orbit-lab/relay-net'])
    // After a code host's owner, a CamelCase name or a sentence-final word is the repository.
    expect(urls('Code: https://github.com/orbit-lab/ RelayNet.')).toEqual(['https://github.com/orbit-lab/RelayNet'])
    expect(urls('Code: https://github.com/orbit-lab/ relay. We thank')).toEqual(['https://github.com/orbit-lab/relay'])
  })

  test('an ordinary word, a label, punctuation or a new address after the break is not a continuation', () => {
    expect(urls('Weights live under https://github.com/orbit-lab/ and the demo under https://orbit.ai/demo/ now.')).toEqual([
      'https://github.com/orbit-lab/',
      'https://orbit.ai/demo/',
    ])
    expect(urls('Page: https://orbit-lab.github.io/relay/ GitHub Link: https://github.com/orbit-lab/relay')).toEqual([
      'https://orbit-lab.github.io/relay/',
      'https://github.com/orbit-lab/relay',
    ])
    expect(urls('at https://github.com/orbit-lab/relay\n, with data')).toEqual(['https://github.com/orbit-lab/relay'])
    expect(urls('Videos: https://orbit-lab.github.io/relay/ state-of-the-art 3D results.')).toEqual(['https://orbit-lab.github.io/relay/'])
    expect(urls('Videos: https://orbit-lab.github.io/relay/ more/videos here.')).toEqual(['https://orbit-lab.github.io/relay/more/videos'])
    expect(urls('see https://orbit.org. It works.')).toEqual(['https://orbit.org'])
    expect(urls('at https://github.com/orbit-lab/x-\nhttps://github.com/orbit-lab/y')).toEqual(['https://github.com/orbit-lab/x-', 'https://github.com/orbit-lab/y'])
  })
})

describe('detection: scheme-less forms, and what is not a link', () => {
  test('github.com/owner/repo, www. and static-site hosts are found without a scheme', () => {
    const text = 'Code at github.com/orbit-lab/relay, docs at www.orbit-lab.org and demos at orbit-lab.github.io.'
    expect(extractLinks(text).map((l) => [l.url, l.kind, l.rule])).toEqual([
      ['github.com/orbit-lab/relay', 'github', 'linkify-fuzzy'],
      ['www.orbit-lab.org', 'other', 'linkify-fuzzy'],
      ['orbit-lab.github.io', 'project-page', 'linkify-fuzzy'],
    ])
    checkSpans(text)
  })

  test('arXiv categories and ids, file names, version numbers, abbreviations and e-mail are not links', () => {
    expect(urls('Submitted to cs.CL and stat.ML (arXiv:2401.00001v2, old id cs.LG/0601001); see e.g. Fig.3, i.e. U.S. data.')).toEqual([])
    expect(urls('We ship relay.py, weights model.pt and run train.sh with torch.nn on v1.2.3 and 10.0.0.1.')).toEqual([])
    expect(urls('Contact kim@orbit-lab.org or Socket.io maintainers.')).toEqual([])
    expect(urls('https:// alone, and https://')).toEqual([])
  })

  test('bad input: empty text, no links, not a string', () => {
    expect(extractLinks('')).toEqual([])
    expect(extractLinks('No links here.')).toEqual([])
    expect(() => extractLinks(42 as unknown as string)).toThrow(InvalidArgumentError)
    expect(() => extractLinks(42 as unknown as string)).toThrow('Expected string, not `42`')
  })

  test('spans are UTF-16 offsets into the text passed', () => {
    const text = 'Résumé 🚀 — code: https://github.com/orbit-lab/relay.'
    const [link] = extractLinks(text)
    expect(link?.span).toEqual({ field: 'text', start: 18, end: 52 })
    expect(text.slice(18, 52)).toBe('https://github.com/orbit-lab/relay')
  })
})

describe('kinds and GitHub coordinates', () => {
  test.each([
    ['https://github.com/orbit-lab/relay', 'github'],
    ['https://gitlab.com/orbit-lab/relay', 'gitlab'],
    ['https://gitlab.inria.fr/orbit/relay', 'gitlab'],
    ['https://huggingface.co/datasets/orbit-lab/relay-bench', 'huggingface'],
    ['https://orbit-relay.hf.space', 'huggingface'],
    ['https://orbit-lab.github.io/relay/', 'project-page'],
    ['https://relay-demo.pages.dev/', 'project-page'],
    ['https://sites.google.com/view/relay-net', 'project-page'],
    ['https://www.cs.orbit.edu/~kim/relay/', 'project-page'],
    ['https://vision.orbit.ac.uk/relay', 'project-page'],
    ['https://www.orbit-lab.org/projects/relay/', 'project-page'],
    ['https://aka.ms/relay', 'shortlink'],
    ['https://bit.ly/3xRelay', 'shortlink'],
    ['https://tinyurl.com/relay-net', 'shortlink'],
    ['https://arxiv.org/abs/2401.00001', 'other'],
    ['https://zenodo.org/records/123', 'other'],
    ['https://www.orbit-lab.org/', 'other'],
  ])('%s → %s', (url, kind) => {
    expect(classifyUrl(url).kind).toBe(kind)
  })

  test('an unknown host introduced as a page is a project page', () => {
    expect(scored('Project page: https://relay-net.org/. Demos at https://orbit.ai/r.')).toEqual([
      ['https://relay-net.org/', 'project-page', null],
      ['https://orbit.ai/r', 'project-page', null],
    ])
    expect(scored('We compare on https://orbit-bench.org/leaderboard.')).toEqual([['https://orbit-bench.org/leaderboard', 'other', null]])
  })

  test('owner/repo from any URL form; repo null for an owner-only URL', () => {
    expect(parseGithubUrl('https://github.com/orbit-lab/relay/tree/main/src/')).toEqual({ owner: 'orbit-lab', repo: 'relay', path: 'tree/main/src' })
    expect(parseGithubUrl('https://github.com/orbit-lab/relay/blob/main/a.py#L3')).toEqual({ owner: 'orbit-lab', repo: 'relay', path: 'blob/main/a.py' })
    expect(parseGithubUrl('git://github.com/orbit-lab/relay.git')).toEqual({ owner: 'orbit-lab', repo: 'relay', path: null })
    expect(parseGithubUrl('www.GitHub.com/Orbit-Lab/Relay?tab=readme')).toEqual({ owner: 'Orbit-Lab', repo: 'Relay', path: null })
    expect(parseGithubUrl('https://github.com/orbit-lab/orbit-lab.github.io')).toEqual({ owner: 'orbit-lab', repo: 'orbit-lab.github.io', path: null })
    expect(parseGithubUrl('https://github.com/orbit-lab/edit.git.tools')).toEqual({ owner: 'orbit-lab', repo: 'edit.git.tools', path: null })
    expect(parseGithubUrl('https://github.com/orbit-lab/')).toEqual({ owner: 'orbit-lab', repo: null, path: null })
    expect(parseGithubUrl('https://github.com/orgs/orbit-lab/repositories')).toEqual({ owner: 'orbit-lab', repo: null, path: null })
    expect(parseGithubUrl('https://raw.githubusercontent.com/orbit-lab/relay/main/x.json')).toEqual({ owner: 'orbit-lab', repo: 'relay', path: 'main/x.json' })
    expect(parseGithubUrl('https://github.com/')).toBeNull()
    expect(parseGithubUrl('https://github.com/topics/relay')).toBeNull()
    expect(parseGithubUrl('https://notgithub.com/orbit-lab/relay')).toBeNull()
    expect(parseGithubUrl('https://orbit-lab.github.io/relay')).toBeNull()
    expect(githubRepoSlug('https://www.github.com/Orbit-Lab/Relay.git')).toBe('orbit-lab/relay')
    expect(githubRepoSlug('https://github.com/orbit-lab')).toBeNull()
  })

  test('broken contracts throw InvalidArgumentError', () => {
    expect(() => parseGithubUrl(undefined as unknown as string)).toThrow('Expected string, not `undefined`')
    expect(() => githubRepoSlug(7 as unknown as string)).toThrow(InvalidArgumentError)
    expect(() => classifyUrl(null as unknown as string)).toThrow(InvalidArgumentError)
    expect(() => classifyUrl('https://orbit.org', 3 as unknown as string)).toThrow(InvalidArgumentError)
  })
})
