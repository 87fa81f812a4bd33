import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import * as z from 'zod'
import { parsePapers } from '../src/extract/parse-papers.js'
import { PaperSchema, type Paper } from '../src/schema.js'

// These tests run the built binary (dist/cli.js, built by the global setup) as a subprocess.
const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist/cli.js')
const fixture = (name: string) => join(root, 'test/fixtures/listings', name)
const hfApi = join(root, '..', 'shared', 'corpora', 'hf-api', '2025-07-18.json')
const tmp = mkdtempSync(join(tmpdir(), 'papermeta-cli-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, input: input ?? '', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

const papersOf = (json: string) => z.array(PaperSchema).parse(JSON.parse(json))

/** RFC 4180 reader for checking the CSV output. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}

describe('papermeta parse', () => {
  test('a file: one JSON array of Paper records on stdout, the same as parsePapers, nothing on stderr', () => {
    const { code, stdout, stderr } = run(['parse', hfApi])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const papers = papersOf(stdout)
    expect(papers).toHaveLength(10)
    expect(papers).toEqual(parsePapers(readFileSync(hfApi, 'utf8'), { file: hfApi }).papers)
    expect(papers.find((paper) => paper.id === '2507.13348')?.curated).toEqual({ githubRepo: 'https://github.com/dvlab-research/VisionThink', projectPage: null, agrees: true })
  })

  test('stdin (no file, and `-`): origin has no file', () => {
    const text = readFileSync(fixture('arxiv-oai.jsonl'), 'utf8')
    for (const args of [['parse'], ['parse', '-']]) {
      const { code, stdout, stderr } = run(args, text)
      expect(code).toBe(0)
      expect(stderr).toBe('')
      const papers = papersOf(stdout)
      expect(papers.map((paper) => paper.id)).toEqual(['2611.04217', '2610.11873', 'cs/0112017', '2609.00042'])
      expect(papers[0]?.origin).toEqual({ format: 'arxiv-oai', line: 1 })
    }
  })

  test('--output jsonl: one Paper per line', () => {
    const { code, stdout } = run(['parse', fixture('arxiv-atom.xml'), '--output', 'jsonl'])
    expect(code).toBe(0)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines.map((line) => PaperSchema.parse(JSON.parse(line)).arxivId)).toEqual(['2611.04217', '2610.11873', 'cs/0112017'])
    expect(stdout.endsWith('\n')).toBe(true)
  })

  test('--output csv: a header and one RFC 4180 row per paper (commas, quotes, ampersands kept)', () => {
    const { code, stdout } = run(['parse', fixture('arxiv-atom.xml'), '-o', 'csv'])
    expect(code).toBe(0)
    const rows = readCsv(stdout)
    expect(rows[0]).toEqual([
      'id', 'title', 'method', 'code', 'links', 'github', 'quantities', 'arxivId', 'authors', 'publishedAt', 'upvotes',
      'curatedGithubRepo', 'curatedProjectPage', 'curatedAgrees', 'format', 'file', 'line', 'abstract',
    ])
    expect(rows).toHaveLength(4)
    const header = rows[0] as string[]
    const first = Object.fromEntries(header.map((name, i) => [name, rows[1]?.[i]]))
    expect(first).toMatchObject({
      id: '2611.04217',
      title: 'WarpKV: Query-Aware Cache Eviction for Long-Context Decoding with Bounded Memory',
      links: 'https://github.com/acme-lab/warp-kv',
      github: 'acme-lab/warp-kv',
      authors: 'Mara Lindqvist | Tobias Ferreira | Li Wen',
      format: 'arxiv-atom',
      file: fixture('arxiv-atom.xml'),
      line: '10',
    })
    expect(rows[2]?.[1]).toBe('Sparse Routing & Dense Recall: A Study of Mixture-of-Depths in Vision Transformers')
    expect(rows[2]?.[header.indexOf('abstract')]).toContain('(René Dupont helped with the figures).')
  })

  test('--out FILE writes the file, stdout stays empty', () => {
    const out = join(tmp, 'papers.json')
    const { code, stdout, stderr } = run(['parse', fixture('arxiv-atom.xml'), '--out', out])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(stderr).toBe('')
    expect(papersOf(readFileSync(out, 'utf8')).map((paper) => paper.id)).toEqual(['2611.04217', '2610.11873', 'cs/0112017'])
  })

  test('--records writes listing records without extraction; --format forces a reader', () => {
    const { code, stdout } = run(['parse', fixture('arxiv-oai.jsonl'), '--records', '--output', 'jsonl', '--format', 'jsonl'])
    expect(code).toBe(0)
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { origin: { format: string }; method?: unknown })
    expect(records).toHaveLength(4)
    expect(records[0]?.origin.format).toBe('jsonl')
    expect(records[0]).not.toHaveProperty('method')
  })

  test('a file with broken records: exit 1, good records on stdout, each problem on stderr with file:line:column', () => {
    const file = fixture('arxiv-oai-broken.jsonl')
    const { code, stdout, stderr } = run(['parse', file])
    expect(code).toBe(1)
    expect(papersOf(stdout).map((paper) => paper.id)).toEqual(['2611.04217', '2611.00004', 'cs/0112017'])
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      `${file}:2:42: error: Malformed JSON: Expected ',' or '}' after property value, found \`"abstract":"Missing…\`; the line was skipped [malformed_json]`,
      `${file}:4:46: error: Expected \`abstract\` to be a string, not \`42\`; the entry was skipped [wrong_type]`,
      `${file}:5:1: error: Expected \`title\` with the title, found no such field; the entry was skipped [missing_title]`,
      `${file}:6:1: error: Expected a JSON object for each paper, not an array; the entry was skipped [wrong_type]`,
      `${file}:7:71: warning: Expected \`update_date\` to be a date, not \`yesterday\`; the field was ignored [invalid_date]`,
      `${file}:7:97: warning: Expected \`authors\` to be a list of names, not \`17\`; the field was ignored [wrong_type]`,
      `${file}:9:121: error: Expected the line to be complete JSON, found the end of the input (Unterminated string); the input looks truncated and the line was skipped [truncated_input]`,
    ])
  })

  test('warnings alone keep exit 0; --max-issues caps what is printed', () => {
    const file = join(tmp, 'warn.jsonl')
    writeFileSync(file, '{"title":"A","abstract":"B","upvotes":-1}\n{"title":"C","abstract":"D","date":"never"}\n')
    const warn = run(['parse', file])
    expect(warn.code).toBe(0)
    expect(warn.stderr.split('\n').filter(Boolean)).toHaveLength(2)
    const capped = run(['parse', fixture('arxiv-oai-broken.jsonl'), '--max-issues', '2'])
    expect(capped.code).toBe(1)
    const lines = capped.stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('papermeta: 5 more issue(s) not shown (--max-issues 0 shows all)')
  })

  test('several files, one missing: exit 1, the others parsed, ids unique across files', () => {
    const missing = join(tmp, 'nope.json')
    const { code, stdout, stderr } = run(['parse', fixture('arxiv-atom.xml'), missing, fixture('arxiv-oai.jsonl')])
    expect(code).toBe(1)
    expect(stderr).toBe(`papermeta: error: cannot read ${missing}: no such file or directory, stat '${missing}'\n`)
    const ids = papersOf(stdout).map((paper) => paper.id)
    expect(ids).toEqual(['2611.04217', '2610.11873', 'cs/0112017', '2611.04217-2', '2610.11873-2', 'cs/0112017-2', '2609.00042'])
  })

  test('a reader that goes away (| head) ends the run quietly', () => {
    const big = join(root, '..', 'shared', 'corpora', 'hf-daily-sample-dev.jsonl')
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" parse "${big}" --output jsonl | head -n 2 > /dev/null; echo "exit=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
    })
    expect(result.stdout.trim()).toBe('exit=0')
    expect(result.stderr).toBe('')
  })
})

describe('usage: --help, bad flags, exit 2', () => {
  test.each([
    [[], 'Usage: papermeta [options] [command]'],
    [['parse'], 'Usage: papermeta parse [options] [files...]'],
    [['query'], 'Usage: papermeta query [options]'],
    [['stats'], 'Usage: papermeta stats [options]'],
    [['eval'], 'Usage: papermeta eval [options]'],
  ])('%j --help', (command, usage) => {
    const { code, stdout, stderr } = run([...command, '--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout.startsWith(usage)).toBe(true)
  })

  test('parse --help lists the formats, outputs and exit codes', () => {
    const { stdout } = run(['parse', '--help'])
    for (const text of ['--format <format>', '"arxiv-oai"', '--output <type>', '"csv"', '--out <file>', '--no-progress', 'Exit codes: 0 ok, 1 the input had problems']) {
      expect(stdout).toContain(text)
    }
  })

  test.each([
    [['parse', '--bogus'], "error: unknown option '--bogus'"],
    [['parse', '--format', 'csv'], "error: option '-f, --format <format>' argument 'csv' is invalid. Allowed choices are auto, hf-text, hf-api, arxiv-atom, arxiv-oai, jsonl."],
    [['parse', '--output', 'xml'], "error: option '-o, --output <type>' argument 'xml' is invalid."],
    [['query', '--limit', '0'], "error: option '--limit <n>' argument '0' is invalid. Expected an integer >= 1 for --limit, not `0`."],
    [['eval'], "error: required option '--gold <file>' not specified"],
    [['frobnicate'], "error: unknown command 'frobnicate'"],
    [['parse', '--out', join(tmpdir(), 'no-such-dir-papermeta', 'x.json'), fixture('arxiv-atom.xml')], 'papermeta: error: cannot write'],
  ])('%j → exit 2', (args, message) => {
    const { code, stdout, stderr } = run(args)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain(message)
  })

  test('no arguments: help on stderr, exit 2', () => {
    const { code, stdout, stderr } = run([])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain('Commands:')
  })

  test('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    expect(run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
  })
})

describe('papermeta query and stats', () => {
  const bundled = JSON.parse(readFileSync(join(root, 'data/papers.json'), 'utf8')) as Paper[]

  test('the bundled dataset by default: --method, --has-code', () => {
    const { code, stdout, stderr } = run(['query', '--method', 'XDOC'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const want = bundled.filter((paper) => [paper.method?.name, ...paper.names.map((n) => n.name)].some((name) => name?.toLowerCase().includes('xdoc')))
    expect(want.length).toBeGreaterThan(0)
    expect(papersOf(stdout).map((paper) => paper.id)).toEqual(want.map((paper) => paper.id))
    const withCode = papersOf(run(['query', '--has-code']).stdout)
    expect(withCode.length).toBe(bundled.filter((paper) => paper.code === 'available').length)
  })

  test('--search ranks, --limit cuts, --output table and jsonl', () => {
    const ranked = papersOf(run(['query', '--search', 'adaptive pruning', '--limit', '3']).stdout)
    expect(ranked).toHaveLength(3)
    for (const paper of ranked) expect(`${paper.title} ${paper.abstract}`.toLowerCase()).toMatch(/adaptive|pruning/)
    const table = run(['query', '--method', 'xdoc', '--output', 'table'])
    expect(table.code).toBe(0)
    expect(table.stdout.split('\n')[0]).toMatch(/^id\s+code\s+method\s+title$/)
    expect(table.stdout).toContain('XDoc: Unified Pre-training for Cross-Format Document Understanding')
    const jsonl = run(['query', '--has-code', '--limit', '2', '--output', 'jsonl']).stdout.trimEnd().split('\n')
    expect(jsonl).toHaveLength(2)
  })

  test('--data: a file written by parse; broken entries skipped with exit 1', () => {
    const out = join(tmp, 'mine.jsonl')
    expect(run(['parse', fixture('arxiv-atom.xml'), '--output', 'jsonl', '--out', out]).code).toBe(0)
    const mine = run(['query', '--data', out, '--has-code'])
    expect(mine.code).toBe(0)
    const written = readFileSync(out, 'utf8').trimEnd().split('\n').map((line) => PaperSchema.parse(JSON.parse(line)))
    const withCode = papersOf(mine.stdout).map((paper) => paper.id)
    expect(withCode).toEqual(written.filter((paper) => paper.code === 'available').map((paper) => paper.id))
    expect(withCode).toContain('2611.04217')
    const broken = join(tmp, 'broken.jsonl')
    writeFileSync(broken, `${readFileSync(out, 'utf8')}{"title":"not a paper"}\n{oops\n`)
    const result = run(['query', '--data', broken])
    expect(result.code).toBe(1)
    expect(papersOf(result.stdout)).toHaveLength(3)
    expect(result.stderr).toContain(`papermeta: error: ${broken}:5:2: Malformed JSON: Expected property name or '}'; the entry was skipped`)
    expect(result.stderr).toMatch(new RegExp(`papermeta: error: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4: Expected a Paper record \\(as written by \`papermeta parse\`\\): .* at \`id\`; the entry was skipped`))
    const missing = run(['query', '--data', join(tmp, 'absent.json')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('cannot read')
  })

  test('--data - reads the papers piped on stdin (parse | query, parse | stats); nothing piped is exit 1', () => {
    const parsed = run(['parse', fixture('arxiv-atom.xml'), '--output', 'jsonl'])
    expect(parsed.code).toBe(0)
    const written = parsed.stdout.trimEnd().split('\n').map((line) => PaperSchema.parse(JSON.parse(line)))
    const piped = run(['query', '--data', '-', '--has-code'], parsed.stdout)
    expect(piped.code).toBe(0)
    expect(piped.stderr).toBe('')
    expect(papersOf(piped.stdout).map((paper) => paper.id)).toEqual(written.filter((paper) => paper.code === 'available').map((paper) => paper.id))
    const stats = run(['stats', '--data', '-'], parsed.stdout)
    expect(stats.code).toBe(0)
    expect(stats.stdout).toMatch(new RegExp(`^source\\s+<stdin>\npapers\\s+${written.length}\n`))
    const empty = run(['query', '--data', '-'], '')
    expect(empty.code).toBe(1)
    expect(empty.stderr).toBe('papermeta: error: <stdin>: Expected Paper records, found none\n')
  })

  test('stats: text and JSON over the bundled dataset', () => {
    const text = run(['stats'])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^source\s+the bundled dataset\npapers\s+235\n/)
    const json = JSON.parse(run(['stats', '--output', 'json']).stdout) as { papers: number; code: { available: number; promised: number; none: number }; withMethod: number }
    expect(json.papers).toBe(235)
    expect(json.code.available + json.code.promised + json.code.none).toBe(235)
    expect(json.withMethod).toBe(bundled.filter((paper) => paper.method).length)
  })
})
