/**
 * Output plumbing of the command line: a batching writer that respects back-pressure and stops
 * quietly when the reader goes away (`papermeta parse big.jsonl | head`), the exit codes, and
 * the way issues are printed.
 *
 * @internal
 * @module
 */
import type { ParseIssue } from '../schema.js'

/** Exit codes (design.md): 0 ok, 1 input had problems (good records still written), 2 usage. */
export const EXIT_OK = 0
export const EXIT_INPUT = 1
export const EXIT_USAGE = 2

/** A usage error of ours (not commander's): printed as `papermeta: error: …`, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** What a command needs from the process (the real one, or a test's). */
export interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; fd?: number }
}

const BATCH = 64 * 1024

/** Writes text in batches of 64 KiB, waiting for `drain`; silent after EPIPE. */
export class Output {
  private buffer = ''
  private closed = false
  private failure: Error | null = null

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      this.closed = true
      if (error.code !== 'EPIPE') this.failure = error
    })
  }

  /** Whether the reader went away (writes are dropped). */
  get isClosed(): boolean {
    return this.closed
  }

  /** A write error other than EPIPE, if one happened. */
  get error(): Error | null {
    return this.failure
  }

  async write(text: string): Promise<void> {
    if (this.closed) return
    this.buffer += text
    if (this.buffer.length >= BATCH) await this.flush()
  }

  async flush(): Promise<void> {
    const chunk = this.buffer
    this.buffer = ''
    if (chunk === '' || this.closed) return
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.off('drain', done)
          this.stream.off('error', done)
          this.stream.off('close', done)
          resolve()
        }
        this.stream.on('drain', done)
        this.stream.on('error', done)
        this.stream.on('close', done)
      })
    }
  }

  /** Flush, and end the stream when it is a file (`end: true`). */
  async close(end: boolean): Promise<void> {
    await this.flush()
    if (!end || this.closed) return
    await new Promise<void>((resolve) => {
      this.stream.once('error', () => resolve())
      this.stream.end(() => resolve())
    })
  }
}

/** `file:line:column: severity: message [code]`, the way compilers print diagnostics. */
export function formatIssue(file: string, issue: ParseIssue): string {
  const where = issue.line === null ? file : issue.column === null ? `${file}:${issue.line}` : `${file}:${issue.line}:${issue.column}`
  return `${where}: ${issue.severity}: ${issue.message} [${issue.code}]\n`
}
