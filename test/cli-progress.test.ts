import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

// The progress bar: on stderr, only when stderr is a terminal and the input is large (>= 1 MiB).
// A pseudo-terminal comes from util-linux `script -qec "…" /dev/null`; the command redirects its
// data away, so what `script` records is the terminal's stderr.
const root = join(import.meta.dirname, '..')
const cli = join(root, 'dist/cli.js')
const tmp = mkdtempSync(join(tmpdir(), 'papermeta-progress-'))
const big = join(tmp, 'big.jsonl')
const small = join(root, 'test/fixtures/listings/arxiv-oai.jsonl')
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

beforeAll(() => {
  // ~1.5 MB of real JSON Lines: the first lines of the HF daily sample corpus.
  const lines = readFileSync(join(root, '..', 'shared', 'corpora', 'hf-daily-sample-dev.jsonl'), 'utf8').split('\n')
  let text = ''
  for (const line of lines) {
    if (text.length > 1.5 * 1024 * 1024) break
    if (line) text += `${line}\n`
  }
  writeFileSync(big, text)
})

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`
/** Run a shell command under a pseudo-terminal; returns what the terminal showed. */
function underTerminal(command: string): string {
  return execFileSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, TERM: 'xterm' }, maxBuffer: 16 * 1024 * 1024 })
}
const BAR = /papermeta parse \|[█░]+\| \d+% \| [\d.]+\/[\d.]+ MB \| \d+ papers \| \d+ issues \|/

describe('progress bar', () => {
  test('util-linux script is available', () => {
    expect(spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout).toMatch(/util-linux/)
    expect(statSync(big).size).toBeGreaterThan(1024 * 1024)
  })

  test('a large input with stderr on a terminal: the bar is drawn on stderr, stdout is pure data', () => {
    const out = join(tmp, 'tty.json')
    const screen = underTerminal(`${quote(process.execPath)} ${quote(cli)} parse ${quote(big)} > ${quote(out)}`)
    expect(screen).toMatch(BAR)
    expect(screen).toContain('100%')
    expect(screen).toMatch(/papermeta: \d+ paper\(s\); read .*big\.jsonl as jsonl \(detected\); 0 error\(s\), 0 warning\(s\)/)
    const papers = JSON.parse(readFileSync(out, 'utf8')) as unknown[]
    expect(papers.length).toBeGreaterThan(500)
  })

  test('--out with a terminal: same bar; --no-progress: no bar', () => {
    const out = join(tmp, 'out.json')
    const screen = underTerminal(`${quote(process.execPath)} ${quote(cli)} parse ${quote(big)} --out ${quote(out)}`)
    expect(screen).toMatch(BAR)
    const quiet = underTerminal(`${quote(process.execPath)} ${quote(cli)} parse ${quote(big)} --no-progress > /dev/null`)
    expect(quiet).not.toMatch(/papermeta parse \|/)
    expect(quiet).toMatch(/papermeta: \d+ paper\(s\)/)
  })

  test('a small input on a terminal: no bar', () => {
    const screen = underTerminal(`${quote(process.execPath)} ${quote(cli)} parse ${quote(small)} > /dev/null`)
    expect(screen).not.toMatch(/papermeta parse \|/)
    expect(screen).toMatch(/papermeta: 4 paper\(s\); read .*arxiv-oai\.jsonl as arxiv-oai \(detected\)/)
  })

  test('stdin of unknown size on a terminal: bytes read instead of a bar', () => {
    const screen = underTerminal(`cat ${quote(big)} | ${quote(process.execPath)} ${quote(cli)} parse > /dev/null`)
    expect(screen).toMatch(/papermeta parse [\d.]+ MB read \| \d+ papers \| \d+ issues \| <stdin>/)
  })

  test('stderr not a terminal: no bar, no escape codes; stdout holds only the JSON', () => {
    const result = spawnSync(process.execPath, [cli, 'parse', big], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout.startsWith('[\n{')).toBe(true)
    expect(result.stdout.endsWith('}\n]\n')).toBe(true)
    expect(result.stdout).not.toMatch(/\u001b\[|█|░/)
    expect((JSON.parse(result.stdout) as unknown[]).length).toBeGreaterThan(500)
  })
})
