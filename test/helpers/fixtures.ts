import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A positive fixture case: the input line, the expected value (parsed JSON) and its line number. */
export interface FixtureCase<T> {
  input: string
  expected: T
  line: number
}

const fixtures = join(import.meta.dirname, '..', 'fixtures')

/**
 * Read `test/fixtures/<dir>/positive.txt`: `%` lines are comments, an input line is followed by `=> JSON`.
 */
export function readPositive<T>(dir: string, file = 'positive.txt'): Array<FixtureCase<T>> {
  const lines = readFileSync(join(fixtures, dir, file), 'utf8').split('\n')
  const cases: Array<FixtureCase<T>> = []
  let pending: { input: string; line: number } | null = null
  lines.forEach((text, index) => {
    if (text.startsWith('%') || text.trim() === '') return
    if (text.startsWith('=> ')) {
      if (!pending) throw new Error(`${dir}/${file}:${index + 1}: expected value without an input line`)
      cases.push({ input: pending.input, expected: JSON.parse(text.slice(3)) as T, line: pending.line })
      pending = null
      return
    }
    if (pending) throw new Error(`${dir}/${file}:${pending.line}: input line without an expected value`)
    pending = { input: text, line: index + 1 }
  })
  if (pending) throw new Error(`${dir}/${file}: last input line has no expected value`)
  return cases
}

/** Read `test/fixtures/<dir>/negative.txt`: every non-comment line is an input. */
export function readNegative(dir: string, file = 'negative.txt'): Array<{ input: string; line: number }> {
  return readFileSync(join(fixtures, dir, file), 'utf8')
    .split('\n')
    .map((input, index) => ({ input, line: index + 1 }))
    .filter(({ input }) => input.trim() !== '' && !input.startsWith('%'))
}

/** The named cases of ../shared/cases/handed.jsonl. */
export function handedCases(): Array<{ id: string; input: string; expected: Record<string, unknown> }> {
  const path = join(import.meta.dirname, '..', '..', '..', 'shared', 'cases', 'handed.jsonl')
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; input: string; expected: Record<string, unknown> })
}
