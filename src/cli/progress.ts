/**
 * The progress bar of `papermeta parse` (cli-progress), on stderr only, and only when stderr is
 * a terminal and the input is large (at least {@link PROGRESS_MIN_BYTES}). With an unknown total
 * (a pipe on stdin) it shows bytes read instead of a bar, once that many bytes were read.
 *
 * @internal
 * @module
 */
import cliProgress from 'cli-progress'

/** Inputs smaller than this (1 MiB) parse without a bar. */
export const PROGRESS_MIN_BYTES = 1024 * 1024

const MB = 1024 * 1024
const mb = (bytes: number) => (bytes / MB).toFixed(1)

/** Counts bytes, records and issues; draws a bar when it should. */
export class Progress {
  private bar: cliProgress.SingleBar | null = null
  private bytes = 0
  private records = 0
  private issues = 0
  private file = ''

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean },
    private readonly total: number | null,
    private readonly enabled: boolean,
  ) {
    if (this.shouldShow()) this.start()
  }

  /** Whether the bar is on screen (issues are held back until it stops). */
  get active(): boolean {
    return this.bar !== null
  }

  private shouldShow(): boolean {
    if (!this.enabled || this.stream.isTTY !== true) return false
    return this.total === null ? this.bytes >= PROGRESS_MIN_BYTES : this.total >= PROGRESS_MIN_BYTES
  }

  private start(): void {
    const known = this.total !== null
    this.bar = new cliProgress.SingleBar(
      {
        stream: this.stream as NodeJS.WriteStream,
        format: known
          ? 'papermeta parse |{bar}| {percentage}% | {done}/{size} MB | {records} papers | {issues} issues | {file}'
          : 'papermeta parse {done} MB read | {records} papers | {issues} issues | {file}',
        barsize: 24,
        hideCursor: true,
        clearOnComplete: true,
        fps: 10,
      },
      cliProgress.Presets.shades_classic,
    )
    this.bar.start(this.total ?? 0, this.bytes, this.payload())
  }

  private payload() {
    return { done: mb(this.bytes), size: mb(this.total ?? this.bytes), records: this.records, issues: this.issues, file: this.file }
  }

  /** The file being read now. */
  setFile(name: string): void {
    this.file = name
    this.bar?.update(this.bytes, this.payload())
  }

  /** `bytes` more were read. */
  addBytes(bytes: number): void {
    this.bytes += bytes
    if (this.bar === null) {
      if (this.total === null && this.shouldShow()) this.start()
      return
    }
    this.bar.update(this.bytes, this.payload())
  }

  /** Count a record or an issue (the bar shows them at its next redraw). */
  count(kind: 'record' | 'issue'): void {
    if (kind === 'record') this.records++
    else this.issues++
    if (this.bar !== null && (this.records + this.issues) % 256 === 0) this.bar.update(this.bytes, this.payload())
  }

  /** Draw the final state and take the bar off the screen. */
  stop(): void {
    if (this.bar === null) return
    this.bar.update(this.bytes, this.payload())
    this.bar.stop()
    this.bar = null
  }
}
