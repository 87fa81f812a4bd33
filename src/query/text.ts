/**
 * Internal helpers: argument checks and text matchers shared by the query modules.
 *
 * @module
 * @internal
 */
import { InvalidArgumentError, describeValue } from '../errors.js'
import type { Paper } from '../schema.js'
import type { TextPattern } from './types.js'

/** Throw unless `value` is an array (of papers). @internal */
export function assertPapers(value: unknown): asserts value is readonly Paper[] {
  if (!Array.isArray(value)) throw new InvalidArgumentError(`Expected an array of papers, not ${describeValue(value)}`)
}

/** Throw unless `value` is a string or a RegExp. @internal */
export function assertPattern(value: unknown, what = 'string or RegExp'): asserts value is TextPattern {
  if (typeof value !== 'string' && !(value instanceof RegExp)) {
    throw new InvalidArgumentError(`Expected ${what}, not ${describeValue(value)}`)
  }
}

/** Throw unless `value` is a function. @internal */
export function assertFunction(value: unknown, what = 'function'): asserts value is (...args: never[]) => unknown {
  if (typeof value !== 'function') throw new InvalidArgumentError(`Expected ${what}, not ${describeValue(value)}`)
}

/** Throw unless every value is one of `allowed`. @internal */
export function assertOneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): asserts value is T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`Expected ${what} (${allowed.map((a) => `\`${a}\``).join(', ')}), not ${describeValue(value)}`)
  }
}

/** A RegExp without the stateful `g`/`y` flags, so `test` does not depend on `lastIndex`. @internal */
export function statelessRegExp(pattern: RegExp): RegExp {
  return pattern.global || pattern.sticky ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : pattern
}

/**
 * A matcher for a pattern: a string matches case-insensitively as a substring (or, with
 * `whole`, as the whole value), a RegExp is tested as given. @internal
 */
export function textMatcher(pattern: TextPattern, whole = false): (value: string) => boolean {
  if (pattern instanceof RegExp) {
    const re = statelessRegExp(pattern)
    return (value) => re.test(value)
  }
  if (whole) {
    const needle = pattern.toLowerCase()
    return (value) => value.length === needle.length && value.toLowerCase() === needle
  }
  // A case-insensitive literal RegExp scans without allocating a lowercased copy of each value.
  const literal = new RegExp(pattern.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), 'i')
  return (value) => literal.test(value)
}
