/**
 * Comparators around a number. Symbol comparators (`<1%`, `~85%`, `$\sim$3x`, `\sim 3\times`, `≈`) are
 * part of the quantity's text; word comparators (`up to`, `more than`, `about`, `at least`) set the
 * comparator but stay outside the text; a trailing `or less` / `or more` does the same.
 *
 * Every lookup reads a bounded window next to the number, so the cost per number is constant.
 *
 * @module
 */
import type { Comparator } from '../../schema.js'

/** A symbol comparator ending right before a number (optionally one space between). */
const SYMBOL_BEFORE =
  /(?:\$ ?\\(?:sim|approx|simeq|lesssim|gtrsim|leq?|geq?|textless|textgreater) ?\$|\$ ?[<>] ?\$|\\(?:sim|approx|simeq|lesssim|gtrsim|leq?|geq?|textless|textgreater|textasciitilde)|<=|>=|[≤≥<>≲≳≈≃∼]|(?<![\p{L}\p{N}])~)[ \u00a0]?$/u

/** Last characters of the symbol comparators (`\\sim`, `$\\sim$`, `<`, `\\leq`, `approx`, …). */
const SYMBOL_LAST = new Set(['$', '<', '>', '=', '~', '∼', '≈', '≃', '≤', '≥', '≲', '≳', 'm', 'x', 'e', 'q', 's', 'd'])

/** `sim` / `approx` left glued to a number after a LaTeX backslash was lost (`(sim5%)`). */
const LOST_BACKSLASH_BEFORE = /(?<![\p{L}\\])(?:sim|approx)$/u

/** A word comparator ending right before a number's text. */
const WORD_BEFORE =
  /(?<!\p{L})(up to|at most|no more than|not more than|no greater than|more than|greater than|larger than|higher than|in excess of|over|above|exceeding|at least|no less than|not less than|no fewer than|less than|fewer than|lower than|smaller than|under|below|within|about|around|approximately|approx\.?|roughly|nearly|almost|circa)[ \u00a0]+$/iu

/** A comparator word after a number (`6.3% or less`). */
const WORD_AFTER = /^[ \u00a0]+or (less|fewer|lower|below|smaller|more|greater|higher|above|larger)(?!\p{L})/iu

/** Words that also introduce a setting rather than a bound (`under 4-bit quantization`). */
const SETTING_WORDS = new Set(['under', 'below', 'over', 'above', 'within'])

/** Map a symbol to its comparator. */
function symbolComparator(symbol: string): Comparator {
  const s = symbol.replace(/[$\s]/g, '')
  if (/^(?:<=|≤|\\leq?)$/.test(s)) return '<='
  if (/^(?:>=|≥|\\geq?|\\gtrsim|≳)$/.test(s)) return '>='
  if (/^(?:<|\\textless)$/.test(s)) return '<'
  if (/^(?:\\lesssim|≲)$/.test(s)) return '<='
  if (/^(?:>|\\textgreater)$/.test(s)) return '>'
  return '~'
}

/** Map a comparator word (lower-cased) to its comparator. */
function wordComparator(word: string): Comparator {
  switch (word.replace(/\s+/g, ' ')) {
    case 'up to':
    case 'at most':
    case 'no more than':
    case 'not more than':
    case 'no greater than':
    case 'within':
      return '<='
    case 'more than':
    case 'greater than':
    case 'larger than':
    case 'higher than':
    case 'in excess of':
    case 'over':
    case 'above':
    case 'exceeding':
      return '>'
    case 'at least':
    case 'no less than':
    case 'not less than':
    case 'no fewer than':
      return '>='
    case 'less than':
    case 'fewer than':
    case 'lower than':
    case 'smaller than':
    case 'under':
    case 'below':
      return '<'
    default:
      return '~'
  }
}

/**
 * A symbol comparator (or a lost-backslash `sim`) right before `at`.
 *
 * @param text - The whole text.
 * @param at - Where the number (or its sign / `x` prefix) starts.
 * @returns The comparator and where its symbol starts, or null.
 */
export function symbolBefore(text: string, at: number): { comparator: Comparator; start: number } | null {
  // Cheap reject: a comparator ends with one of these characters (then maybe one space).
  let k = at - 1
  if (text.charAt(k) === ' ' || text.charAt(k) === '\u00a0') k--
  if (!SYMBOL_LAST.has(text.charAt(k))) return null
  const from = Math.max(0, at - 20)
  const window = text.slice(from, at)
  const lost = LOST_BACKSLASH_BEFORE.exec(window)
  if (lost) return { comparator: '~', start: from + lost.index }
  const m = SYMBOL_BEFORE.exec(window)
  if (!m) return null
  return { comparator: symbolComparator(m[0]), start: from + m.index }
}

/**
 * A word comparator right before `at` (outside the quantity's text).
 *
 * @param text - The whole text.
 * @param at - Where the quantity's text starts.
 * @param adjective - The quantity is a hyphenated adjective (`4-bit`): `under`/`over` then name a setting.
 * @returns The comparator, or null.
 */
export function wordBefore(text: string, at: number, adjective: boolean): Comparator | null {
  // Cheap reject: a comparator word ends in a letter or `.` (`approx.`) followed by a space.
  const space = text.charAt(at - 1)
  if (space !== ' ' && space !== '\u00a0') return null
  if (!/[\p{L}.]/u.test(text.charAt(at - 2))) return null
  const window = text.slice(Math.max(0, at - 24), at)
  const m = WORD_BEFORE.exec(window)
  if (!m?.[1]) return null
  const word = m[1].toLowerCase()
  if (adjective && SETTING_WORDS.has(word)) return null
  return wordComparator(word)
}

/**
 * A comparator after the quantity: `or less` / `or more` (outside the text), or a glued `+` (`100+`,
 * inside the text).
 *
 * @returns The comparator and, for `+`, the new end of the text; null when none.
 */
export function after(text: string, end: number): { comparator: Comparator; end: number } | null {
  const c = text.charCodeAt(end)
  if (c !== 0x2b && c !== 0x20 && c !== 0xa0) return null
  if (c === 0x2b /* + */ && !/[\p{N}\p{L}]/u.test(text.charAt(end + 1))) return { comparator: '>=', end: end + 1 }
  if (text.charAt(end + 1) !== 'o' && text.charAt(end + 1) !== 'O') return null
  const m = WORD_AFTER.exec(text.slice(end, end + 24))
  if (!m?.[1]) return null
  return { comparator: /^(?:less|fewer|lower|below|smaller)$/i.test(m[1]) ? '<=' : '>=', end }
}
