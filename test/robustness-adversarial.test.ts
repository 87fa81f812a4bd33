// Adversarial inputs: 1 MB of junk for every extractor (and extractPaper), a 10 MB single line for
// the listing parser, each followed by a real item that any sane implementation finds. Every run
// happens in its own process on the BUILT package (test/helpers/adversarial.mjs), so that a
// catastrophic regex is killed instead of blocking the suite. The bounds are generous (20x a
// budget: 0.5 s per MB for extraction, 3 s per 10 MB for parsing): speed is the benchmark's
// business, these tests only catch super-linear blow-ups (a quadratic scan of 1 MB takes hours).
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const root = join(import.meta.dirname, '..')
const helper = join(root, 'test/helpers/adversarial.mjs')

/** Bound on the call itself (ms), measured inside the child. */
const EXTRACT_BOUND_MS = 10_000
const PARSE_BOUND_MS = 60_000
/** Extra time the child gets for starting node, importing the package and building the junk. */
const STARTUP_MS = 30_000

interface Outcome {
  target: string
  junk: string
  chars: number
  ms: number
  items: number
  found: boolean
}

function runCase(target: string, junk: string, boundMs: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [helper, target, junk],
      { cwd: root, timeout: boundMs + STARTUP_MS, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.killed ? `did not finish within ${(boundMs + STARTUP_MS) / 1000} s (killed)` : `${error.message}\n${stderr}`
          reject(new Error(`${target} on ${junk}: ${why}`))
          return
        }
        resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Outcome)
      },
    )
  })
}

const JUNK_1MB = ['dot-joined-digits', 'huge-token', 'huge-mixed-token', 'brackets', 'open-parens', 'backslashes', 'dot-run', 'spaces', 'url-run']
/** What each target must still find after the junk (see the helper). */
const EXTRACTORS: Record<string, string> = {
  links: 'https://github.com/acme/tool as a github link (acme/tool)',
  quantities: '36.7% (value 36.7, unit percent)',
  abbreviations: 'AdaPT defined as "Adaptive Precision Training"',
  names: 'XDoc from the title "XDoc: Unified Pre-training for …"',
  paper: 'method XDoc, the github link and 36.7%',
}

describe.concurrent('1 MB adversarial input, then a real item: every extractor finishes in bounded time and finds the item', () => {
  for (const [target, item] of Object.entries(EXTRACTORS)) {
    for (const junk of JUNK_1MB) {
      test(`${target} after ${junk}: finds ${item}`, { timeout: EXTRACT_BOUND_MS + STARTUP_MS + 10_000 }, async () => {
        const outcome = await runCase(target, junk, EXTRACT_BOUND_MS)
        expect(outcome.chars).toBe(1_000_000)
        expect(outcome.ms, `${target} took ${Math.round(outcome.ms)} ms on 1 MB of ${junk}`).toBeLessThan(EXTRACT_BOUND_MS)
        expect(outcome.found, `${target} missed the real item after ${junk} (${outcome.items} items found)`).toBe(true)
      })
    }
  }
})

// One at a time: each holds 10 MB strings and a full core.
describe('10 MB single line, then a real entry: the listing parser finishes in bounded time and reads the entry', () => {
  const cases: Array<[string, string]> = [
    ['parse-hf-text', 'prose-line'],
    ['parse-hf-text', 'huge-token'],
    ['parse-hf-text', 'huge-mixed-token'],
    ['parse-hf-text', 'brackets'],
    ['parse-hf-text', 'dot-joined-digits'],
    ['parse-jsonl', 'prose-line'],
    ['parse-jsonl', 'huge-token'],
  ]
  for (const [target, junk] of cases) {
    test(`${target}: ${junk} line, then an entry titled "XDoc: …"`, { timeout: PARSE_BOUND_MS + STARTUP_MS + 10_000 }, async () => {
      const outcome = await runCase(target, junk, PARSE_BOUND_MS)
      expect(outcome.chars).toBe(10_000_000)
      expect(outcome.ms, `${target} took ${Math.round(outcome.ms)} ms on a 10 MB ${junk} line`).toBeLessThan(PARSE_BOUND_MS)
      expect(outcome.found, `${target} lost the entry after a 10 MB ${junk} line (${outcome.items} records)`).toBe(true)
    })
  }
})
