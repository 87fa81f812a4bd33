/**
 * Parser for the text of a copied Hugging Face Papers page (`format: 'hf-text'`).
 *
 * A copied page is a sequence of lines: page chrome ("Subscribe", "Daily Papers", …), then per
 * entry a title and an abstract (or a one-sentence summary), with optional per-entry furniture
 * (an upvote count, "N authors", an organisation line, "·", a date, a "GitHub 11.3k" badge).
 * Titles and abstracts may be hard-wrapped.
 *
 * How lines are grouped (no list of known titles is involved):
 * 1. Each line is classified: blank, chrome, furniture, garbage (no words), or text.
 * 2. Consecutive text lines are joined into paragraphs when the second continues the first:
 *    greedy-wrap "the next word would not have fitted" test against the estimated wrap width,
 *    a line that starts in lower case after one without closing punctuation, or a line
 *    ending in a hyphen, comma or function word.
 * 3. Paragraphs are title-like (short, no closing period) or abstract-like (long, or a sentence
 *    ending in a period). A title followed by an abstract makes a record; two title-like
 *    paragraphs with nothing between them are one wrapped title.
 * 4. Whatever cannot be placed becomes a {@link ParseIssue} with its line.
 *
 * @module
 */
import type { ListingRecord, ParseIssue } from '../schema.js'

/** Page chrome of huggingface.co/papers, matched case-insensitively as a whole line or glued prefix. */
const CHROME = [
  'Get trending papers in your email inbox once a day!',
  'Get trending papers in your email inbox!',
  'by AK and the research community',
  'Daily / Weekly / Monthly',
  'Trending Papers',
  'Daily Papers',
  'Subscribe',
  'Daily',
  'Weekly',
  'Monthly',
]
const CHROME_LINE = new Set(CHROME.map((c) => c.toLowerCase()))
/** Chrome strings long enough to strip when glued to the start of the first title ("SubscribeXDoc: …"). */
const GLUED_CHROME = CHROME.filter((c) => !['Daily', 'Weekly', 'Monthly'].includes(c))

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/** "May 29", "Feb 27, 2025", "Published on Feb 27, 2025", "May 292" (a comment count glued on). */
const DATE_LINE =
  /^(?:(?:published|submitted)\s+on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,6})(?:,\s*(\d{4})\d{0,5})?$/i
const UPVOTES_LINE = /^(?:\d{1,7}|-)$/
const AUTHORS_LINE = /^(?:[·•]\s*)?\d{1,5}\s+authors?$/i
const DOT_LINE = /^[·•]+$/
const STARS_LINE = /^github\s*\d+(?:\.\d+)?\s*[km]?$/i
const SUBMITTED_BY_LINE = /^submitted\s+by\s+\S.{0,80}$/i
/** Furniture after which a short line is the entry's organisation. */
const ORGANISATION_AFTER = new Set<FurnitureKind>(['authors', 'dot'])

/** Words a hard-wrapped line can end with only when the sentence continues on the next line. */
const CONTINUING_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'for', 'with', 'to', 'in', 'on', 'at', 'by', 'from', 'via', 'as',
  'into', 'over', 'under', 'between', 'that', 'which', 'is', 'are', 'we', 'our', 'its', 'their', 'this',
])

type FurnitureKind = 'upvotes' | 'authors' | 'dot' | 'date' | 'stars' | 'submitted-by' | 'organisation'

type Line =
  | { kind: 'blank'; line: number }
  | { kind: 'chrome'; line: number }
  | { kind: 'garbage'; line: number; text: string }
  | { kind: 'furniture'; line: number; furniture: FurnitureKind; upvotes?: number | null; date?: string }
  | { kind: 'text'; line: number; text: string }

interface Paragraph {
  kind: 'paragraph'
  line: number
  lines: string[]
  text: string
  role: 'title' | 'abstract'
}

type Item = Paragraph | Extract<Line, { kind: 'furniture' | 'blank' | 'chrome' | 'garbage' }>

/** Options of {@link parseHfText}. */
export interface ParseHfTextOptions {
  /** File name recorded in each record's `origin.file` (optional). */
  file?: string | undefined
  /** 1-based number of the first line of `input` (default `1`), for inputs read in pieces. */
  firstLine?: number | undefined
}

/** Result of {@link parseHfText}. */
export interface ParseHfTextResult {
  records: ListingRecord[]
  issues: ParseIssue[]
}

/**
 * Parse the text of a copied Hugging Face Papers page into records.
 *
 * Never throws on content: every entry becomes a record or a {@link ParseIssue}.
 *
 * @param input - The copied page (BOM, CRLF, trailing whitespace and a missing final newline are fine).
 * @param options - {@link ParseHfTextOptions} (optional).
 * @returns `{ records, issues }` in input order.
 * @internal Exposed to users through `parseListing(text, { format: 'hf-text' })`.
 */
export function parseHfText(input: string, options: ParseHfTextOptions = {}): ParseHfTextResult {
  const issues: ParseIssue[] = []
  const lines = classifyLines(input, options.firstLine ?? 1)
  const items = groupParagraphs(lines)
  const records = pairEntries(items, issues, options.file)
  for (const line of lines) {
    if (line.kind === 'garbage') {
      issues.push({
        code: 'unrecognized_line',
        message: `Expected a title, an abstract or page furniture, not \`${truncate(line.text)}\`; the line was skipped`,
        line: line.line,
        column: 1,
        severity: 'warning',
      })
    }
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return { records: dedupe(records, issues), issues }
}

// ---------------------------------------------------------------------------
// 1. Lines

function classifyLines(input: string, firstLine: number): Line[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const raw = text.split(/\r\n|\r|\n/)
  // A final newline gives an empty last piece: that is not a line of its own.
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop()
  const out: Line[] = []
  let preamble = true
  for (let i = 0; i < raw.length; i++) {
    const lineNo = firstLine + i
    let value = (raw[i] ?? '').trim()
    if (value === '') {
      out.push({ kind: 'blank', line: lineNo })
      continue
    }
    if (value.length <= 60 && CHROME_LINE.has(value.toLowerCase())) {
      out.push({ kind: 'chrome', line: lineNo })
      continue
    }
    if (preamble) value = stripGluedChrome(value)
    const furniture = value.length <= 100 ? classifyFurniture(value) : null
    if (furniture) {
      out.push({ ...furniture, kind: 'furniture', line: lineNo })
      continue
    }
    // Markup (`<feed …>`, `<div>`) is not page text: an XML or HTML file given as hf-text.
    if (!looksLikeText(value) || /^<[!?/]?[a-z]/i.test(value)) {
      out.push({ kind: 'garbage', line: lineNo, text: value })
      continue
    }
    // An organisation line stands right after "N authors" (or "·") on an entry's card.
    const before = out[out.length - 1]
    if (before?.kind === 'furniture' && ORGANISATION_AFTER.has(before.furniture) && isShortName(value)) {
      out.push({ kind: 'furniture', furniture: 'organisation', line: lineNo })
      continue
    }
    preamble = false
    out.push({ kind: 'text', line: lineNo, text: value })
  }
  return out
}

function stripGluedChrome(value: string): string {
  let rest = value
  for (let changed = true; changed; ) {
    changed = false
    for (const chrome of GLUED_CHROME) {
      if (rest.length > chrome.length && rest.slice(0, chrome.length).toLowerCase() === chrome.toLowerCase()) {
        const next = rest.charAt(chrome.length)
        // Glued only when the page text continues with a new capitalised word, digit or space.
        if (/[\p{Lu}\d\s"'“(]/u.test(next)) {
          rest = rest.slice(chrome.length).trimStart()
          changed = true
        }
      }
    }
  }
  return rest
}

function classifyFurniture(value: string): { furniture: FurnitureKind; upvotes?: number | null; date?: string } | null {
  if (UPVOTES_LINE.test(value)) return { furniture: 'upvotes', upvotes: value === '-' ? null : Number(value) }
  if (AUTHORS_LINE.test(value)) return { furniture: 'authors' }
  if (DOT_LINE.test(value)) return { furniture: 'dot' }
  if (STARS_LINE.test(value)) return { furniture: 'stars' }
  if (SUBMITTED_BY_LINE.test(value) && value.split(/\s+/).length <= 6) return { furniture: 'submitted-by' }
  const date = parseDateLine(value)
  if (date) return { furniture: 'date', date }
  return null
}

/** "May 29" → "--05-29"; "Feb 27, 2025" → "2025-02-27"; a glued comment count is dropped. */
function parseDateLine(value: string): string | null {
  const match = DATE_LINE.exec(value)
  if (!match) return null
  const month = MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1
  const dayDigits = match[2] ?? ''
  const year = match[3]
  // Without a year, a comment count may be glued to the day ("May 292"): take the longest valid day.
  let day = Number(dayDigits.slice(0, 2))
  if (dayDigits.length === 1 || day > 31 || day === 0) day = Number(dayDigits.slice(0, 1))
  if (year !== undefined && dayDigits.length > 2) return null
  if (day < 1 || day > 31) return null
  const mm = String(month).padStart(2, '0')
  const dd = String(day).padStart(2, '0')
  return year ? `${year}-${mm}-${dd}` : `--${mm}-${dd}`
}

/**
 * A line of prose: mostly letters, digits and spaces, with a word of two letters or a number
 * (the last line of a wrapped abstract can be `1.3-2x.`), and (almost) no control characters or
 * U+FFFD (binary data decoded as text). Anything else is garbage.
 */
function looksLikeText(value: string): boolean {
  let wordish = 0
  let other = 0
  let letters = 0
  let digits = 0
  let control = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) {
      letters++
      wordish++
    } else if (code >= 48 && code <= 57) {
      digits++
      wordish++
    } else if (code === 32 || code === 9) wordish++
    else if (code < 32 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd) {
      // Control characters and U+FFFD (undecodable bytes) do not occur in copied prose.
      control++
      other++
    } else if (code < 128) other++
    else if (code >= 0xdc00 && code <= 0xdfff) continue // low surrogate: counted with its pair
    else if (/[\p{L}\p{N}\s]/u.test(String.fromCodePoint(value.codePointAt(i) ?? 0))) {
      wordish++
      letters++
    } else other++
  }
  if (control >= 3 || control * 50 > value.length) return false
  if (letters < 2 && digits === 0) return false
  if (letters >= 2 && !/\p{L}{2}/u.test(value) && digits === 0) return false
  return wordish >= other
}

// ---------------------------------------------------------------------------
// 2. Paragraphs
//
// Lines between two separators (blank, chrome, furniture, garbage) form a run. Each line of a
// run is labelled: title start, title continuation, abstract start, abstract continuation. The
// labels are chosen by dynamic programming (Viterbi) over scores from local evidence:
// - does line i+1 continue line i (greedy-wrap fit test, hyphen/comma/function word at the end,
//   lower-case start after an unclosed line)?
// - titles do not end with a period and are short; abstracts end with closing punctuation;
// - a title is followed by an abstract.

const TITLE_MAX_LINES = 4
const MIN_WRAP_WIDTH = 50
const TITLE_MAX_CHARS = 300

/** DP states: 0..3 = title line k of its paragraph, 4 = abstract start, 5 = abstract continuation. */
const ABSTRACT_START = TITLE_MAX_LINES
const ABSTRACT_CONT = TITLE_MAX_LINES + 1
const STATES = TITLE_MAX_LINES + 2

function groupParagraphs(lines: Line[]): Item[] {
  const width = estimateWrapWidth(lines)
  const items: Item[] = []
  let run: Array<Extract<Line, { kind: 'text' }>> = []
  // Whether a title paragraph is still waiting for its abstract when a run starts.
  let titlePending = false
  const flush = () => {
    if (run.length === 0) return
    const paragraphs = labelRun(run, width, titlePending)
    items.push(...paragraphs)
    const last = paragraphs[paragraphs.length - 1]
    titlePending = last?.role === 'title'
    run = []
  }
  for (const line of lines) {
    if (line.kind === 'text') {
      run.push(line)
      continue
    }
    flush()
    if (line.kind === 'furniture' && line.furniture === 'upvotes') titlePending = false
    items.push(line)
  }
  flush()
  return items
}

function labelRun(run: Array<Extract<Line, { kind: 'text' }>>, width: number, titlePending: boolean): Paragraph[] {
  const n = run.length
  const text = run.map((line) => line.text)
  const link: Array<'fit' | 'text' | null> = text.map((value, i) => (i + 1 < n ? continues(value, text[i + 1] ?? '', width) : null))
  const closed = text.map((value) => CLOSED.test(value))
  // Title paragraph length when line i is title line k: sum of the k+1 lines ending at i.
  const titleChars = (i: number, k: number) => {
    let sum = 0
    for (let j = i - k; j <= i; j++) sum += (text[j]?.length ?? 0) + 1
    return sum
  }

  const NEG = Number.NEGATIVE_INFINITY
  // score[i * STATES + state], back[i * STATES + state]: flat typed arrays, no per-line allocation.
  const score = new Float64Array(n * STATES).fill(NEG)
  const back = new Int8Array(n * STATES).fill(-1)
  const startsLower = (i: number) => /^\p{Ll}/u.test(text[i] ?? '')

  // Score of ending a paragraph with line i in role title/abstract.
  const endTitle = (i: number) => (/\.["')\]]?$/.test(text[i] ?? '') ? -3 : 0)
  // A one-line abstract that is short and unclosed is more likely a stray title.
  const endAbstract = (i: number, single: boolean) =>
    closed[i] ? 1 : single && (text[i]?.length ?? 0) < 80 ? -3.5 : -1.5
  // A line break after a closed sentence before a capital is weak evidence either way.
  const weakFit = (i: number) => link[i - 1] === 'fit' && closed[i - 1] === true
  // Score of a break (new paragraph) between line i-1 and i.
  const breakScore = (i: number) =>
    link[i - 1] === 'text' ? -3 : link[i - 1] === 'fit' ? (weakFit(i) ? -0.5 : -2.5) : 0
  const joinScore = (i: number, abstract: boolean) =>
    link[i - 1] === 'text' ? 3 : link[i - 1] === 'fit' ? (weakFit(i) ? 0.5 : 2.5) : abstract ? -4 : -1
  // Titles carry no URLs; abstracts often end with one ("Code: https://…").
  const hasUrl = text.map((value) => /\bhttps?:\/\/|\bwww\.|\bgithub\.com\//i.test(value))
  const urlInTitle = (i: number) => (hasUrl[i] ? -4 : 0)
  // Title Case evidence: a line whose content words are capitalised reads as a title.
  const caps = text.map(capitalRatio)
  const titleCase = (i: number) => {
    const ratio = caps[i]
    return ratio === null || ratio === undefined ? 0 : ratio >= 0.6 ? 1 : ratio < 0.3 ? -1 : 0
  }
  // "Name: …" at the start of a line is how many titles begin, and few abstract lines do.
  const namePrefix = text.map((value) => /^\p{Lu}[\p{L}\p{N}+\-]*:\s+\p{Lu}/u.test(value))
  const abstractLine = (i: number) => ((caps[i] ?? 0) >= 0.75 ? -2 : 0) + (namePrefix[i] ? -1.5 : 0)
  // Titles are short: a soft prior against long ones, a hard one beyond TITLE_MAX_CHARS.
  const titleLength = (chars: number) => (chars > TITLE_MAX_CHARS ? -20 : chars > 150 ? -(chars - 150) / 50 : 0)
  // Continuing a Title Case title with a line that is not Title Case.
  const titleMismatch = (i: number, k: number) => ((caps[i - k] ?? 0) >= 0.6 && (caps[i] ?? 1) < 0.3 ? -2 : 0)
  // A title followed by its abstract is the structure we expect.
  const entry = (i: number) => (closed[i] || (text[i]?.length ?? 0) >= 50 ? 2 : 0)

  for (let i = 0; i < n; i++) {
    const row = i * STATES
    const set = (state: number, value: number, prev: number) => {
      if (value > (score[row + state] ?? NEG)) {
        score[row + state] = value
        back[row + state] = prev
      }
    }
    const titleStart =
      (startsLower(i) ? -1 : 0) + titleCase(i) + (namePrefix[i] ? 1.5 : 0) + urlInTitle(i) + titleLength(titleChars(i, 0))
    if (i === 0) {
      set(0, (titlePending ? -2 : 0) + titleStart, -1)
      set(ABSTRACT_START, (titlePending ? entry(i) : -8) + abstractLine(i), -1)
      continue
    }
    const prevRow = (i - 1) * STATES
    for (let p = 0; p < STATES; p++) {
      const base = score[prevRow + p] ?? NEG
      if (base === NEG) continue
      const prevIsTitle = p < TITLE_MAX_LINES
      // Continue the paragraph.
      if (prevIsTitle && p + 1 < TITLE_MAX_LINES) {
        const k = p + 1
        const lengthDelta = titleLength(titleChars(i, k)) - titleLength(titleChars(i - 1, p))
        set(k, base + joinScore(i, false) + lengthDelta + titleMismatch(i, k) + urlInTitle(i), p)
      }
      if (!prevIsTitle) set(ABSTRACT_CONT, base + joinScore(i, true) + abstractLine(i), p)
      // Start a new paragraph: close the previous one first.
      const close = prevIsTitle ? endTitle(i - 1) : endAbstract(i - 1, p === ABSTRACT_START)
      const brk = breakScore(i)
      if (prevIsTitle) {
        set(ABSTRACT_START, base + close + brk + entry(i) + abstractLine(i), p)
        set(0, base + close + brk - 8 + titleStart, p)
      } else {
        set(0, base + close + brk + titleStart, p)
      }
    }
  }
  // Close the last paragraph.
  const lastRow = (n - 1) * STATES
  let best = -1
  let bestScore = NEG
  for (let p = 0; p < STATES; p++) {
    const base = score[lastRow + p] ?? NEG
    if (base === NEG) continue
    const total = base + (p < TITLE_MAX_LINES ? endTitle(n - 1) : endAbstract(n - 1, p === ABSTRACT_START))
    if (total > bestScore) {
      bestScore = total
      best = p
    }
  }
  const labels = new Array<number>(n).fill(0)
  for (let i = n - 1, state = best; i >= 0; i--) {
    labels[i] = state
    state = back[i * STATES + state] ?? -1
  }

  const paragraphs: Paragraph[] = []
  for (let i = 0; i < n; i++) {
    const label = labels[i] ?? 0
    const line = run[i] as Extract<Line, { kind: 'text' }>
    if (label === 0 || label === ABSTRACT_START) {
      paragraphs.push({ kind: 'paragraph', line: line.line, lines: [line.text], text: '', role: label === 0 ? 'title' : 'abstract' })
    } else {
      paragraphs[paragraphs.length - 1]?.lines.push(line.text)
    }
  }
  for (const paragraph of paragraphs) paragraph.text = paragraph.lines.join(' ')
  return paragraphs
}

/** The last word of a line, lower-cased ('' when it ends in punctuation); scans back from the end. */
function lastWordOf(line: string): string {
  let start = line.length
  // Continuing words are short: look at most 12 characters back.
  while (start > 0 && line.length - start <= 12 && /\p{L}/u.test(line.charAt(start - 1))) start--
  if (start > 0 && /\p{L}/u.test(line.charAt(start - 1))) return ''
  return line.slice(start).toLowerCase()
}

/** Share of capitalised content words (4+ letters, the first word excluded); null when too few. */
function capitalRatio(line: string): number | null {
  if (line.length > TITLE_MAX_CHARS) return null
  const words = line.split(/\s+/).slice(1).filter((word) => /^["'(“]?\p{L}[\p{L}\p{N}'’-]{3,}/u.test(word))
  if (words.length < 3) return null
  let capitalised = 0
  for (const word of words) if (/^["'(“]?\p{Lu}/u.test(word)) capitalised++
  return capitalised / words.length
}

/** A line that closes a sentence. */
const CLOSED = /[.!?]["')\]]?$/

/**
 * The width a listing was hard-wrapped at, or `Infinity` when it was not wrapped (more than a
 * few lines longer than 200 characters means paragraphs are kept on one line).
 */
function estimateWrapWidth(lines: Line[]): number {
  const lengths: number[] = []
  let long = 0
  let count = 0
  for (const line of lines) {
    if (line.kind !== 'text') continue
    count++
    if (line.text.length > 200) long++
    // Single-word lines (a long URL) say nothing about the width.
    else if (line.text.includes(' ')) lengths.push(line.text.length)
  }
  if (count < 3 || long / count > 0.05 || lengths.length === 0) return Number.POSITIVE_INFINITY
  lengths.sort((a, b) => a - b)
  // Greedy wrapping fills most lines close to the width: take a high percentile, so a few
  // overlong lines (a URL that could not be broken) do not inflate it.
  const width = lengths[Math.floor((lengths.length - 1) * 0.95)] ?? 0
  // Nobody hard-wraps prose narrower than this: short lines then mean short paragraphs.
  return width < MIN_WRAP_WIDTH ? Number.POSITIVE_INFINITY : width
}

/** Whether `next` continues the paragraph of `previous`, and by which evidence. */
function continues(previous: string, next: string, width: number): 'fit' | 'text' | null {
  const firstWord = next.split(/\s/, 1)[0] ?? next
  const last = previous.charAt(previous.length - 1)
  if ('-‐–,;/'.includes(last) && !(last === '-' && previous.charAt(previous.length - 2) === '-')) return 'text'
  if (CONTINUING_WORDS.has(lastWordOf(previous)) && previous.includes(' ')) return 'text'
  // A line starting in lower case continues a sentence that has not been closed.
  if (/^\p{Ll}/u.test(next) && !/[.!?:]["')\]]?$/.test(previous)) return 'text'
  // Greedy wrapping: the next line's first word did not fit on the previous line.
  if (Number.isFinite(width) && previous.length + 1 + firstWord.length > width) return 'fit'
  return null
}

// ---------------------------------------------------------------------------
// 3. Entries

interface Pending {
  title: Paragraph
  upvotes: number | null
  date: string | null
}

function pairEntries(items: Item[], issues: ParseIssue[], file: string | undefined): ListingRecord[] {
  const records: ListingRecord[] = []
  let pending: Pending | null = null
  let nextUpvotes: number | null = null
  let nextDate: string | null = null
  let previous: Item | null = null

  const flushMissingAbstract = () => {
    if (!pending) return
    // A lone sentence closed by a period is prose without its title; anything else a title without abstract.
    const prose = /\.["')\]]?$/.test(pending.title.text)
    issues.push({
      code: prose ? 'missing_title' : 'missing_abstract',
      message: prose
        ? `Expected a title before the text \`${truncate(pending.title.text)}\`, found none; no record was made`
        : `Expected an abstract after the title \`${truncate(pending.title.text)}\`, found none; no record was made`,
      line: pending.title.line,
      column: 1,
      severity: 'error',
    })
    pending = null
  }

  for (const item of items) {
    const before = previous
    previous = item
    if (item.kind === 'blank' || item.kind === 'chrome' || item.kind === 'garbage') continue
    if (item.kind === 'furniture') {
      if (item.furniture === 'upvotes') {
        if (pending) pending.upvotes = item.upvotes ?? null
        else nextUpvotes = item.upvotes ?? null
      } else if (item.furniture === 'date' && item.date) {
        if (pending) pending.date = item.date
        else nextDate = item.date
      }
      continue
    }
    if (item.role === 'title') {
      if (pending) {
        // A wrapped title whose two parts were not joined by the line test: nothing stands between them.
        if (before === pending.title && pending.title.text.length + item.text.length < 300) {
          pending.title.lines.push(...item.lines)
          pending.title.text = `${pending.title.text} ${item.text}`
          continue
        }
        flushMissingAbstract()
      }
      pending = { title: item, upvotes: nextUpvotes, date: nextDate }
      nextUpvotes = null
      nextDate = null
      continue
    }
    // Abstract-like paragraph.
    if (!pending) {
      issues.push({
        code: 'missing_title',
        message: `Expected a title before the text \`${truncate(item.text)}\`, found none; no record was made`,
        line: item.line,
        column: 1,
        severity: 'error',
      })
      continue
    }
    const entry: Pending = pending
    records.push({
      title: entry.title.text,
      abstract: item.text,
      origin: file === undefined ? { format: 'hf-text', line: entry.title.line } : { format: 'hf-text', line: entry.title.line, file },
      arxivId: null,
      authors: [],
      publishedAt: entry.date,
      upvotes: entry.upvotes,
      curated: null,
    })
    pending = null
  }
  flushMissingAbstract()
  return records
}

/** A short line that names something (an organisation), not a sentence. */
function isShortName(text: string): boolean {
  return text.length <= 60 && text.split(/\s+/).length <= 6 && !text.includes(':') && !CLOSED.test(text)
}

function dedupe(records: ListingRecord[], issues: ParseIssue[]): ListingRecord[] {
  const seen = new Map<string, ListingRecord>()
  const titles = new Map<string, ListingRecord>()
  const out: ListingRecord[] = []
  for (const record of records) {
    const titleKey = record.title.toLowerCase()
    const key = `${titleKey}\n${record.abstract}`
    const first = seen.get(key)
    if (first) {
      issues.push({
        code: 'duplicate_entry',
        message: `Expected each entry once, found \`${truncate(record.title)}\` again (first at line ${first.origin.line}); kept the first`,
        line: record.origin.line,
        column: 1,
        severity: 'warning',
      })
      continue
    }
    const sameTitle = titles.get(titleKey)
    if (sameTitle) {
      issues.push({
        code: 'duplicate_title',
        message: `Expected distinct titles, found \`${truncate(record.title)}\` again (first at line ${sameTitle.origin.line}) with a different abstract; kept both`,
        line: record.origin.line,
        column: 1,
        severity: 'warning',
      })
    }
    seen.set(key, record)
    if (!sameTitle) titles.set(titleKey, record)
    out.push(record)
  }
  issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  return out
}

function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
