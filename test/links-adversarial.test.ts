// 1 MB adversarial inputs: every step of extractLinks and detectCodeStatus is linear, so each input
// finishes far below the bound (measured: tens of milliseconds; a quadratic step would take
// minutes), and the real URL placed after the junk is still found. Real timings: the benchmark.
import { describe, expect, test } from 'vitest'
import { detectCodeStatus, extractLinks } from '../src/extract/links/index.js'

const MB = 1 << 20
/** A generous bound per 1 MB input: 20× a 100 ms budget. */
const BOUND_MS = 2000
/** Inputs that are tens of thousands of links: 20× a budget of 100 ms + 5 µs per link. */
const DENSE_BOUND_MS = 20 * (100 + 70_000 * 0.005)
const TAIL = ' Code is available at https://github.com/orbit-lab/relay.'

const inputs: Array<[string, string]> = [
  ['dot-joined digits', Array.from({ length: MB / 4 }, (_, i) => String(i % 1000)).join('.').slice(0, MB)],
  ['one 1 MB token', 'x'.repeat(MB)],
  ['one 1 MB token of host-like labels', 'ab.'.repeat(MB / 3)],
  ['one 1 MB token of .com labels', 'a.com'.repeat(MB / 5)],
  ['100k opening brackets', '('.repeat(100_000)],
  ['100k bracket pairs nested', '('.repeat(100_000) + ')'.repeat(100_000)],
  ['100k square brackets and braces', '[{'.repeat(100_000)],
  ['repeated backslashes', '\\'.repeat(MB)],
  ['repeated LaTeX escapes', '\\_'.repeat(MB / 2)],
  ['an address with a 1 MB path', `https://orbit.org/${'a'.repeat(MB)}`],
  ['an address with 100k brackets', `https://orbit.org/${'('.repeat(100_000)}`],
  ['damaged schemes', 'https:/'.repeat(MB / 7)],
  ['future-tense words', 'will '.repeat(MB / 5)],
]

/** Junk made of ~50k–70k addresses, each one a repair candidate. */
const dense: Array<[string, string]> = [
  ['hosts cut after a dot', 'https://orbit. '.repeat(MB / 15)],
  ['paths cut after a hyphen', 'https://orbit.org/a-\n'.repeat(MB / 21)],
  ['scheme-less addresses', 'orbit.org/a '.repeat(MB / 12)],
]

function check(junk: string, bound: number): void {
  const text = junk + TAIL
  const started = performance.now()
  const links = extractLinks(text)
  const status = detectCodeStatus(text, links)
  const ms = performance.now() - started
  expect(ms).toBeLessThan(bound)
  expect(links.at(-1)?.url).toBe('https://github.com/orbit-lab/relay')
  expect(links.at(-1)?.span.end).toBe(text.length - 1)
  expect(status).not.toBe('none')
}

describe('1 MB adversarial inputs', () => {
  test.each(inputs)('%s: linear time, and the real URL after it is found', (_name, junk) => check(junk, BOUND_MS))
  test.each(dense)('%s: linear time, and the real URL after them is found', (_name, junk) => check(junk, DENSE_BOUND_MS))
})
