/**
 * Typed errors papermeta throws for broken contracts (never for bad *content*: that becomes
 * a {@link ParseIssue} or an empty result).
 *
 * @module
 */

/** Brand shared by every copy of papermeta (`Symbol.for`), used by `instanceof` across copies. */
const BRAND = Symbol.for('papermeta.error.chain')

/**
 * Base class of every error papermeta throws. `code` is a stable snake_case identifier.
 *
 * @example
 * try { parseListing(text, { format: 'csv' as never }) }
 * catch (error) { if (isPapermetaError(error)) console.error(error.code) } //=> 'unknown_format'
 */
export class PapermetaError extends Error {
  /** Stable, snake_case identifier of the error, e.g. `'unknown_format'`. */
  readonly code: string

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'PapermetaError'
    this.code = code
  }

  /**
   * `instanceof` also recognises errors thrown by another copy of this class: each CommonJS
   * entry (`papermeta/extract`, `papermeta`) carries its own copy, and a bundle may carry two.
   * An error matches a class when the class's name is in the error's chain of class names.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true
    const chain = (value as { [BRAND]?: unknown } | null)?.[BRAND]
    return Array.isArray(chain) && chain.includes(this.name)
  }

  /** Class names from this error's class up to PapermetaError (the brand checked by `instanceof`). */
  get [BRAND](): string[] {
    const names: string[] = []
    for (let proto = Object.getPrototypeOf(this); proto && proto !== Error.prototype; proto = Object.getPrototypeOf(proto)) {
      names.push((proto.constructor as { name: string }).name)
    }
    return names
  }
}

/**
 * A function got an argument of the wrong type or an option it does not know
 * (e.g. `parseListing(42)`, `{ format: 'csv' }`). Message form: ``Expected string, not `42` ``.
 *
 * @example
 * try { extractLinks(42 as never) } catch (error) { (error as InvalidArgumentError).message }
 * //=> 'Expected string, not `42`'
 */
export class InvalidArgumentError extends PapermetaError {
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(options?.code ?? 'invalid_argument', message, options)
    this.name = 'InvalidArgumentError'
  }
}

/**
 * Data failed schema validation where valid data is a contract (e.g. generating the bundled
 * dataset). `issues` lists each problem with its path.
 *
 * @example
 * new ValidationError('Expected every paper to match the Paper schema', [{ path: [0, 'title'], message: 'Required' }]).code
 * //=> 'validation_failed'
 */
export class ValidationError extends PapermetaError {
  /** The problems found, each with a path into the data and a message. */
  readonly issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>

  constructor(message: string, issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>) {
    super('validation_failed', message)
    this.name = 'ValidationError'
    this.issues = issues
  }
}

/**
 * Whether `value` is an error thrown by papermeta (any subclass). Works across copies of the
 * library (checks `name`/`code`, not only `instanceof`).
 *
 * @example
 * isPapermetaError(new InvalidArgumentError('Expected string, not `42`')) //=> true
 */
export function isPapermetaError(value: unknown): value is PapermetaError {
  return value instanceof PapermetaError
}

/** Describe a value for an error message: ``Expected string, not `42` ``. @internal */
export function describeValue(value: unknown): string {
  if (value === null) return '`null`'
  if (value === undefined) return '`undefined`'
  if (typeof value === 'string') return `\`${value.length > 40 ? `${value.slice(0, 40)}…` : value}\``
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `\`${String(value)}\``
  if (Array.isArray(value)) return 'an array'
  return `\`${typeof value}\``
}

/** Throw unless `value` is a string. @internal */
export function assertString(value: unknown, what = 'string'): asserts value is string {
  if (typeof value !== 'string') {
    throw new InvalidArgumentError(`Expected ${what}, not ${describeValue(value)}`)
  }
}
