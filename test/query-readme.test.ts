// The README's Query section shows real output: every `expression` followed by `//=> value`
// in its ```js blocks is evaluated here against the bundled dataset and compared with the value.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { papers } from '../src/data.js'
import * as papermeta from '../src/index.js'

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
const section = /^## Query\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? ''
const blocks = [...section.matchAll(/^```js\n([\s\S]*?)^```/gm)].map((match) => match[1] as string)

type Example = { code: string; expected: string }
const examples: Example[] = []
for (const block of blocks) {
  let pending: string[] = []
  for (const line of block.split('\n')) {
    const trimmed = line.trim()
    if (trimmed.startsWith('//=>')) {
      examples.push({ code: pending.join('\n'), expected: trimmed.slice(4).trim() })
      pending = []
    } else if (trimmed !== '' && !trimmed.startsWith('//') && !trimmed.startsWith('import ')) {
      pending.push(line)
    }
  }
  expect(pending, 'code after the last //=> line').toStrictEqual([])
}

const scope = { ...papermeta, papers }
const evaluate = (expression: string): unknown =>
  new Function(...Object.keys(scope), `return (${expression})`)(...Object.values(scope)) as unknown

describe('README Query examples', () => {
  test('the section has examples', () => {
    expect(blocks.length).toBeGreaterThan(0)
    expect(examples.length).toBeGreaterThanOrEqual(10)
  })

  test.each(examples.map((example) => [example.code.split('\n')[0]!.slice(0, 70), example] as const))('%s', (_name, example) => {
    expect(evaluate(example.code)).toStrictEqual(evaluate(example.expected))
  })
})
