/**
 * The rules that find coined-name evidence in a title and an abstract. Each rule returns {@link Evidence}
 * (a name, where it stands, the rule and how strong the evidence is); `index.ts` groups the evidence into
 * coined names.
 *
 * @module
 */
import type { Definition } from '../abbreviations/index.js'
import type { SentenceSpan } from '../text/sentences.js'
import { containsPhrase, findWord, fold, foldCase, lex, type Lexeme } from './lexer.js'
import { notANounPhrase } from './nlp.js'
import { HEAD_NOUNS, NAME_JOINERS, NAME_STOPPERS, isCapitalised, isCompoundName, isLowerCoinage, isModifier, isNameShaped } from './shape.js'

/** Which string a span indexes into. */
export type Field = 'title' | 'abstract'

/** Ids of the name rules (kebab-case; the `rule` of a CoinedName and the `ruleId` of messages). */
export type NameRule =
  | 'title-prefix'
  | 'title-suffix'
  | 'abbreviation'
  | 'cue-named'
  | 'cue-propose'
  | 'cue-appositive'
  | 'cue-our'
  | 'latex-placeholder'

/** A span with its text. */
export interface Located {
  text: string
  field: Field
  start: number
  end: number
}

/** One piece of evidence for a coined name. */
export interface Evidence extends Located {
  rule: NameRule
  /** Base confidence of this piece of evidence, 0..1. */
  strength: number
  /** The long form, when the evidence is a definition (or a name that is a definition's long form). */
  longForm: Located | null
  /** The short form when the evidence comes from a definition. */
  definition: Definition | null
  /** A LaTeX placeholder (`\sysname`) standing for a name given elsewhere. */
  placeholder: boolean
}

/** Something a rule wants to tell: a rejected candidate, an unresolved placeholder. */
export interface NameMessage {
  ruleId: NameRule | 'existing-name'
  reason: string
  field: Field
  start: number
  end: number
  severity: 'info' | 'warning'
  actual: string
  expected: string[] | null
}

/** Everything the rules read, computed once per paper. */
export interface Context {
  title: string
  abstract: string
  maskedTitle: string
  maskedAbstract: string
  /** Words of the candidate sentences only (see `lexCandidates`), in text order. */
  lexemes: Lexeme[]
  sentences: SentenceSpan[]
  definitions: Definition[]
  foldedTitle: string
  /** The abstract folded (see `fold`) and case-kept folded, computed when first needed. */
  foldedAbstract?: string
  caseFoldedAbstract?: string
  /** Definitions by the offset where they start (long form, or short form for `SHORT (long)`). */
  definitionStarts?: Map<number, Definition>
  /** First offset of each name in the abstract, as a whole word (-1 when absent). */
  firstUse?: Map<string, number>
  messages: NameMessage[]
}

// ---------------------------------------------------------------------------------------------------------
// Title

/** Titles of surveys and analyses, whose prefix names a field rather than a contribution. */
const SURVEY = /\b(?:survey|review|overview|tutorial|primer|perspective|position paper|empirical (?:study|analysis|evaluation)|an analysis|a study|lessons learned|revisited)\b/i

/**
 * First words of a title prefix that make it a topic or a claim rather than a name: prepositions
 * (`Beyond`, `Towards`, `On`, `Through`), question words and subordinators (`When`, `Why`, `How`, `What`,
 * `Whether`, `If`), comparatives (`Better`, `More`, `Less`). A closed class of function words, not names.
 */
const TOPIC_OPENERS = new Set(
  (
    'beyond toward towards on in at from through with without via into onto over under across between against about ' +
    'after before for of to by unlike like inside outside within among amid upon along around past versus vs ' +
    'when why how what where which who whom whose whether if as because while once unless until though although ' +
    'better more less fewer worse faster slower smaller larger bigger cheaper stronger weaker'
  ).split(' '),
)

/** Document words that follow a name in a title prefix without being part of it (`X Technical Report:`). */
const REPORT_SUFFIX = /(?<!\s)\s+(?:Tech(?:nical)? Report|Report|System Card|Model Card|White ?paper)$/i

/**
 * The part of `title` before its first colon, trimmed, when whitespace follows the colon (with `word`:
 * whitespace, then a non-space character); in a title with no colon, the part before a spaced dash
 * (`LoomNet -- …`, `X — …`); null when there is no such separator or nothing before it. This is
 * group 1 of `^\s*([^:]+?)\s*:\s` (with `word`: `…:\s+\S`) computed in one pass: that regex backtracks
 * polynomially on runs of spaces. (Before a colon with only spaces ahead of it, the regex gives the last
 * space, and so does this.)
 */
export function colonPrefix(title: string, word = false): string | null {
  const colon = title.indexOf(':')
  if (colon <= 0) return dashPrefix(title)
  let after = colon + 1
  while (after < title.length && /\s/.test(title.charAt(after))) after++
  if (after === colon + 1 || (word && after === title.length)) return null
  const before = title.slice(0, colon)
  const trimmed = before.trim()
  return trimmed === '' ? before.slice(-1) : trimmed
}

/** Spaced dashes that stand for a colon in a title (`LoomNet -- Weaving Sparse Experts`, LaTeX `--` for –). */
const TITLE_DASHES = [' -- ', ' — ', ' – ', ' --- ']

/** In a title without a colon, the part before its first spaced dash (see {@link TITLE_DASHES}), trimmed. */
function dashPrefix(title: string): string | null {
  let at = -1
  for (const dash of TITLE_DASHES) {
    const i = title.indexOf(dash)
    if (i > 0 && (at < 0 || i < at)) at = i
  }
  if (at < 0) return null
  const before = title.slice(0, at).trim()
  return before === '' ? null : before
}

/**
 * The title's part before its first colon, when it is a name: a name-shaped token (`XDoc:`, `NEVIS'22:`), a
 * capitalised word the abstract also uses (`Chimera:`), up to four words with a name-shaped one that read as a
 * noun phrase (`Fast GRN:`), a capitalised noun phrase the abstract repeats (`Deep Recall Transformer:`), or
 * a lower-case coinage the abstract writes the same way (`lmgame-Bench:`, `i1:`). A phrase (`Cache Me If You
 * Must:`, `Navigating Scaling Laws:`, `Less is More:`) is not taken; compromise decides whether the words read
 * as a noun phrase. A prefix that opens with a preposition, question word or comparative (`Beyond Pass@1:`,
 * `Towards …:`) is a topic, not a name, unless the abstract defines it as a long form. Also the part after the
 * last colon when it is one name-shaped token (`…: Elastic-k`).
 */
export function titleRule(ctx: Context): Evidence[] {
  const out: Evidence[] = []
  const title = ctx.maskedTitle
  const colon = colonPrefix(title, true)
  if (colon) {
    let prefix = colon
    let prefixStart = title.indexOf(prefix)
    prefix = prefix.replace(REPORT_SUFFIX, '')
    // `FineWeb Datasets:` → `FineWeb` (a name and the generic noun it names).
    const generic = /^(\S+)((?:\s+[A-Z]+){1,2})$/i.exec(prefix.replace(/^(?:The|A|An)\s+/, ''))
    if (generic?.[1] && generic[2] && isNameShaped(generic[1]) && generic[2].trim().split(/\s+/).every((w) => HEAD_NOUNS.has(w.toLowerCase()))) {
      prefix = prefix.slice(0, prefix.length - generic[2].length)
    }
    // `The Chimera Effect:` → `Chimera Effect`.
    const article = /^(?:The|A|An)\s+(?=\S)/.exec(prefix)
    if (article) {
      prefix = prefix.slice(article[0].length)
      prefixStart += article[0].length
    }
    const verdict = judgeTitlePrefix(ctx, prefix)
    const located: Located = { text: ctx.title.slice(prefixStart, prefixStart + prefix.length), field: 'title', start: prefixStart, end: prefixStart + prefix.length }
    if (typeof verdict === 'number') out.push(evidence('title-prefix', located, verdict))
    else if (verdict) {
      ctx.messages.push({
        ruleId: 'title-prefix',
        reason: `Title prefix \`${located.text}\` is not taken as a name: ${verdict}`,
        ...located,
        severity: 'info',
        actual: located.text,
        expected: null,
      })
    }
  }
  const suffix = /:\s*([^\s:]+)\s*$/.exec(title)
  if (suffix?.[1] && isNameShaped(suffix[1]) && suffix.index > 0) {
    const start = title.length - suffix[0].length + suffix[0].indexOf(suffix[1])
    out.push(evidence('title-suffix', { text: ctx.title.slice(start, start + suffix[1].length), field: 'title', start, end: start + suffix[1].length }, 0.6))
  }
  return out
}

/** A strength when the prefix is a name, else why not (or '' when a definition's long form will claim it). */
function judgeTitlePrefix(ctx: Context, prefix: string): number | string {
  if (/[,;?!"“”()]/.test(prefix)) return 'it reads as a phrase (punctuation)'
  const words = lex(prefix).filter((l) => l.kind === 'word')
  if (words.length === 0) return 'no words'
  const folded = fold(prefix)
  const isLongForm = ctx.definitions.some((d) => fold(d.long) === folded)
  if (words.length === 1) {
    const word = (words[0] as Lexeme).text
    if (isNameShaped(word)) return 0.85
    if (isCapitalised(word)) {
      // A capitalised word is a name when the abstract uses it too (`Chimera`, `Kestrel-7B`).
      const lower = ctx.maskedAbstract.toLowerCase()
      let at = lower.indexOf(word.toLowerCase())
      // As a word or the start of one (`Kestrel` in `Kestrel-7B`), not inside a longer word.
      while (at >= 0 && (/[\p{L}\p{N}]/u.test(lower.charAt(at - 1)) || /\p{Ll}/u.test(lower.charAt(at + word.length)))) at = lower.indexOf(word.toLowerCase(), at + 1)
      // A LaTeX placeholder in the abstract stands for the title's name (`Prism:` … `\ours indexes …`).
      const placeholder = /\\[A-Z]+/i.test(ctx.maskedAbstract) && placeholderRule(ctx).length > 0
      return at >= 0 || placeholder ? 0.75 : 'a single word the abstract does not use'
    }
    // A lower-case coinage (`lmgame-Bench:`, `i1:`) is a name when the abstract writes it the same way.
    if ((isLowerCoinage(word) || /^\p{Ll}{1,4}\d+$/u.test(word)) && findWord(ctx.maskedAbstract, word) >= 0) return 0.75
    return 'a lower-case word'
  }
  // A prefix that opens with a preposition, a question word or a comparative announces a topic or a claim
  // (`Beyond Pass@1:`, `Towards Faithful Agents:`, `When Do Agents Fail:`), not a name; a defined short form or a
  // cue-phrase name in the abstract then names the contribution.
  const opener = (words[0] as Lexeme).text.toLowerCase()
  if (!isLongForm && TOPIC_OPENERS.has(opener)) return `it opens with \`${(words[0] as Lexeme).text}\`, a preposition, question word or comparative`
  const last = words[words.length - 1] as Lexeme
  const versioned = words.length <= 3 && VERSION.test(last.text) && words.slice(0, -1).every((w) => isCapitalised(w.text) || isNameShaped(w.text))
  const shaped = versioned || words.some((w) => isNameShaped(w.text))
  // A survey or an analysis names its field in the prefix (`Neural Architecture Search: A Survey`).
  if (!shaped && SURVEY.test(ctx.maskedTitle)) return 'the title announces a survey or an analysis'
  if (isLongForm) return 0.7
  const phraseProblem = versioned ? null : notANounPhrase(prefix)
  // A name keeps its capitals where the abstract uses it (`Fast GRN`); a description is written in lower case
  // there (`Hierarchical SVG Tokenization:` … `a hierarchical SVG tokenization framework`).
  const usedAsName = (): boolean => {
    ctx.caseFoldedAbstract ??= foldCase(ctx.maskedAbstract)
    return containsPhrase(ctx.caseFoldedAbstract, foldCase(prefix))
  }
  // A camel-case or versioned name needs no more evidence (`MoCapAnything V2`); a phrase whose only name-like
  // word is an acronym must be written the same way in the abstract (`Fast GRN`, not `Hierarchical SVG Tokenization`).
  const camel = words.some((w) => /\p{Ll}\p{Lu}|\p{Lu}\p{Ll}+\p{Lu}/u.test(w.text))
  if (shaped && words.length <= 4 && !phraseProblem && (versioned || camel || usedAsName())) return 0.8
  if (phraseProblem) return `it reads as a phrase (${phraseProblem})`
  if (words.length > 6) return 'too long for a name'
  const capitalised = words.every((w, i) => isCapitalised(w.text) || (i > 0 && i < words.length - 1 && NAME_JOINERS.has(w.text.toLowerCase())))
  if (!capitalised) return 'not a capitalised name'
  ctx.foldedAbstract ??= fold(ctx.maskedAbstract)
  if (!containsPhrase(ctx.foldedAbstract, folded)) return 'a description the abstract does not repeat'
  if (!usedAsName()) return 'the abstract writes it in lower case, as a description'
  return 0.65
}

// ---------------------------------------------------------------------------------------------------------
// Abstract

/** Self-reference: the sentence speaks of the paper's own work. */
const SELF = /\b(?:we|our|us|this (?:paper|work|study|article|letter|report|thesis|chapter|manuscript|note|project)|the (?:present|current) (?:paper|work|study)|herein|here|the proposed|in this (?:paper|work|study))\b/i
/** Markers of other people's work in a sentence. */
const BACKGROUND = /\b(?:recent(?:ly)?|previous(?:ly)?|prior|existing|earlier|originally|has been|have been|had been|et al|popular|widely used|well-known|known as|so-called|state-of-the-art)\b/i
/** Verbs that introduce a contribution. */
const CUE_VERB =
  /\b(?:propos(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|present(?:s|ed|ing)?|develop(?:s|ed|ing)?|design(?:s|ed|ing)?|build(?:s|ing)?|built|creat(?:e|es|ed|ing)|devis(?:e|es|ed|ing)|establish(?:es|ed|ing)?|construct(?:s|ed|ing)?|contribut(?:e|es|ed)|releas(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|put(?:s|ting)? forward|curat(?:e|es|ed))\b/gi
/** Explicit naming: `called X`, `named X`, `dubbed X`, `which we call X`, `we term this method X`. */
const NAMING =
  /\b(?:(?<!so-)called|(?<!is |are |also |often |commonly |usually )named|termed|dubbed|coined|nicknamed|codenamed|denoted(?: as| by)?|(?:which|that|what) we (?:call|term|name|dub|refer to as|denote(?: as| by)?)|we (?:call|term|name|dub|denote)(?: (?:it|this|them|these|this \w+|the \w+|our \w+))?(?: as)?)\b\s*[,:]?\s*(?:as\s+)?/gi
/** A generic head noun right before a naming verb (`a … paradigm we call`, `a framework termed`). */
const HEAD_BEFORE = new RegExp(`\\b(?:${[...HEAD_NOUNS].filter((w) => /^[a-z]+$/.test(w)).join('|')})\\s+$`)
/** After a short form: an appositive that calls it new (`), a new method`, `), a novel training framework`). */
const DESCRIBED_NEW = /^\)?,\s*an?\s+(?:[\p{L}-]+\s+){0,2}(?:new|novel)\s/u
/** Word stems of {@link NAMING}. */
const NAMING_HINT = /call|nam|term|dub|coin|denot/i
/** Possessive self-reference: `Our method, X`, `our (meta) algorithm X`. */
const OUR =
  /\b[Oo]ur\s+(?:(?:own|proposed|novel|new|final|resulting|full|overall|main|meta)\s+|\(\w+\)\s+)*(?:method|approach|model|framework|algorithm|system|technique|architecture|network|solution|strategy|scheme|pipeline|module|optimi[sz]er|library|dataset|benchmark|tool|agent|layer|variant)\b\s*,?\s*/g
/** `the proposed X`, `our proposed X`. */
const PROPOSED = /\b(?:[Tt]he|[Oo]ur) (?:newly )?proposed\s+/g
/** Words that end the object of a cue: what follows is someone else's work or a clause. */
const OBJECT_END = new Set([
  'such', 'like', 'e.g', 'i.e', 'including', 'than', 'unlike', 'instead', 'similar', 'compared', 'following', 'beyond',
  'versus', 'vs', 'against', 'upon', 'from', 'using', 'based', 'built', 'inspired', 'leveraging', 'existing', 'prior',
  'previous', 'standard', 'popular', 'conventional', 'traditional', 'vanilla', 'original', 'which', 'that', 'where',
  'whereby', 'who', 'whose', 'while', 'whilst', 'because', 'since', 'although', 'though', 'if', 'when', 'extending',
  'extends', 'over', 'atop', 'on', 'onto', 'into', 'by', 'in', 'at', 'within', 'during', 'across', 'among', 'under',
  'after', 'before',
])
/** Words right after a cue verb that are not its object (`we propose here`, `we introduce for the first time`). */
const AFTER_VERB = new Set(['here', 'herein', 'hereby', 'also', 'further', 'thus', 'therefore', 'then', 'first', 'finally', 'additionally', 'now', 'newly', 'formally', 'briefly', 'instead'])
/** LaTeX commands that are formatting or mathematics, not a placeholder for a name. */
const LATEX_KNOWN = new Set([
  'times', 'sim', 'approx', 'pm', 'mp', 'cdot', 'cdots', 'ldots', 'dots', 'le', 'ge', 'leq', 'geq', 'neq', 'ne', 'll', 'gg',
  'infty', 'sum', 'prod', 'log', 'exp', 'frac', 'sqrt', 'left', 'right', 'in', 'notin', 'subset', 'mid', 'to', 'rightarrow',
  'leftarrow', 'Rightarrow', 'mapsto', 'partial', 'nabla', 'ell', 'circ', 'star', 'ast', 'prime', 'cite', 'citep', 'citet',
  'ref', 'eqref', 'label', 'footnote', 'url', 'href', 'emph', 'textbf', 'textit', 'texttt', 'mathrm', 'mathbf', 'mathcal',
  'mathbb', 'newline', 'item', 'begin', 'end', 'vspace', 'hspace', 'quad', 'qquad', 'textsuperscript', 'textsubscript',
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa', 'lambda',
  'mu', 'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega', 'Gamma', 'Delta',
  'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Phi', 'Psi', 'Omega', 'tilde', 'widetilde', 'hat', 'widehat', 'bar', 'overline',
  'vec', 'dot', 'ddot', 'mathit', 'text', 'operatorname', 'max', 'min', 'arg', 'argmax', 'argmin', 'sup', 'inf', 'lim',
  'top', 'bot', 'forall', 'exists', 'neg', 'land', 'lor', 'cup', 'cap', 'oplus', 'otimes', 'odot', 'propto', 'equiv',
  'simeq', 'cong', 'perp', 'parallel', 'langle', 'rangle', 'lfloor', 'rfloor', 'lceil', 'rceil', 'bf', 'it', 'em', 'rm',
  'tt', 'sc', 'small', 'large', 'Large', 'tiny', 'footnotesize', 'normalsize', 'noindent', 'par', 'and', 'textrm',
  'checkmark', 'dagger', 'ddagger', 'S', 'P', 'copyright', 'textregistered', 'texttrademark', 'LaTeX', 'TeX', 'o', 'O',
])

/** Whether a macro (`\sysname`) is a placeholder for a name rather than formatting or mathematics. */
export function isPlaceholderMacro(macro: string): boolean {
  return macro.length > 2 && !LATEX_KNOWN.has(macro.slice(1))
}

/** A version number written after a name: `3`, `2.0`, `V2`, `v3.3`. */
export const VERSION = /^v?\d+(?:\.\d+)*$/i

/** A name read at a position: a definition, a name-shaped or capitalised phrase, a lower-case phrase or a macro. */
interface Reading extends Located {
  kind: 'definition' | 'shaped' | 'titlecase' | 'lower' | 'macro'
  definition: Definition | null
  /** Index of the lexeme after the reading. */
  next: number
  /** Found in the noun phrase after a cue (`a … strategy, X,`, `a … library X`) rather than right after it. */
  appositive?: boolean
}

/** Find the first lexeme at or after `offset` (binary search). */
function lexemeAt(ctx: Context, offset: number): number {
  let lo = 0
  let hi = ctx.lexemes.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ctx.lexemes[mid] as Lexeme).start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The definition whose long form (or, for `SHORT (long)`, whose short form) starts at `offset`. */
function definitionAt(ctx: Context, offset: number): Definition | null {
  if (!ctx.definitionStarts) {
    ctx.definitionStarts = new Map()
    for (const d of ctx.definitions) {
      const at = d.rule === 'short-long' ? d.shortStart : d.longStart
      if (!ctx.definitionStarts.has(at)) ctx.definitionStarts.set(at, d)
    }
  }
  return ctx.definitionStarts.get(offset) ?? null
}

const located = (ctx: Context, start: number, end: number): Located => ({ text: ctx.abstract.slice(start, end), field: 'abstract', start, end })

/**
 * Read a name starting at lexeme `i` (within `limit`): a macro, a definition, a phrase of name-shaped or
 * capitalised words (inner `of`/`for`/`and` allowed) that ends at punctuation, a stop word or a head noun, or
 * a lower-case phrase up to punctuation.
 */
function readName(ctx: Context, i: number, limit: number, skipArticle: 'the' | 'any'): Reading | null {
  const L = ctx.lexemes
  let k = i
  while (k < limit && L[k]?.kind === 'punct' && /^["'`“‘]$/.test(L[k]?.text ?? '')) k++
  const first = L[k]
  if (!first || k >= limit) return null
  const article = first.text.toLowerCase()
  if (first.kind === 'word' && (article === 'the' || (skipArticle === 'any' && (article === 'a' || article === 'an')))) {
    return readName(ctx, k + 1, limit, 'the')
  }
  if (first.kind === 'macro') {
    return isPlaceholderMacro(first.text) ? { kind: 'macro', ...located(ctx, first.start, first.end), definition: null, next: k + 1 } : null
  }
  if (first.kind !== 'word') return null
  let definition = definitionAt(ctx, first.start)
  if (definition) {
    // Capitalised words the letters skipped, up to the parenthesis, belong to the long form.
    const skipped = definition.rule === 'long-short' ? /^((?:\s+\p{Lu}[\p{L}\p{N}-]*)+)\s*\($/u.exec(ctx.maskedAbstract.slice(definition.longEnd, definition.shortStart)) : null
    if (skipped?.[1]) definition = widenedLongForm(ctx, definition, definition.longStart, definition.longEnd + skipped[1].length) ?? definition
    const end = Math.max(definition.longEnd, definition.shortEnd)
    // `a Grouped Reward Shaping (GRS)-based method`: the definition modifies what is introduced.
    if (/^\)?[-‐‑]\p{L}/u.test(ctx.maskedAbstract.slice(end, end + 3))) return null
    return { kind: 'definition', ...located(ctx, first.start, end), definition, next: lexemeAt(ctx, end) }
  }
  // A phrase of name-shaped / capitalised words.
  let j = k
  const words: Lexeme[] = []
  while (j < limit && words.length < 6) {
    const t = L[j] as Lexeme
    if (t.kind !== 'word') break
    const lower = t.text.toLowerCase()
    // A capitalised modifier (`Turn-based`) belongs to a capitalised name when a capitalised word follows.
    const modifierInside = isModifier(t.text) && words.length > 0 && L[j + 1]?.kind === 'word' && isCapitalised(L[j + 1]?.text ?? '')
    if (isNameShaped(t.text) || (isCapitalised(t.text) && (!isModifier(t.text) || modifierInside))) words.push(t)
    else if (
      words.length > 0 &&
      NAME_JOINERS.has(lower) &&
      lower !== 'the' &&
      lower !== 'a' &&
      L[j + 1]?.kind === 'word' &&
      isCapitalised(L[j + 1]?.text ?? '') &&
      // `AdaClip and AMSClip` is a list of two names, `Mixture of Experts` one name.
      !(isNameShaped((words[words.length - 1] as Lexeme).text) && isNameShaped(L[j + 1]?.text ?? ''))
    )
      words.push(t)
    else break
    j++
  }
  // A version after a name (`Cosmos 3`, `MoCapAnything V2`).
  if (words.length > 0 && j < limit && L[j]?.kind === 'word' && VERSION.test(L[j]?.text ?? '') && !NAME_JOINERS.has((words[words.length - 1] as Lexeme).text)) {
    words.push(L[j] as Lexeme)
    j++
  }
  if (words.length > 0) {
    const after = L[j]
    const delimited =
      !after || j >= limit || (after.kind === 'punct' && /^[,.;:()—–"”'’]$/.test(after.text)) ||
      // A spaced hyphen used as a dash (`we introduce X - a framework`), not `X--Y` inside a name.
      (after.kind === 'punct' && after.text === '-' && /\s/.test(ctx.maskedAbstract.charAt(after.start - 1))) ||
      (after.kind === 'word' &&
        (NAME_STOPPERS.has(after.text.toLowerCase()) || HEAD_NOUNS.has(after.text.toLowerCase()) || /^\p{Ll}+(?:ed|ing)$/u.test(after.text)))
    if (!delimited) return null
    // One letter is not a name (`Task B`).
    if (words.length === 1 && (words[0] as Lexeme).text.length < 2) return null
    const start = (words[0] as Lexeme).start
    const end = (words[words.length - 1] as Lexeme).end
    // `Fast Gated Residual Norm (Fast GRN)`: a definition ends the phrase; read the definition.
    const inner = ctx.definitions.find((d) => d.rule === 'long-short' && d.longEnd === end && d.longStart >= start)
    if (inner) return { kind: 'definition', ...located(ctx, inner.longStart, inner.shortEnd), definition: inner, next: lexemeAt(ctx, inner.shortEnd) }
    // The letters align with part of the phrase, but the parenthesis closes the whole capitalised phrase.
    const closing = ctx.definitions.find(
      (d) => d.rule === 'long-short' && d.longStart >= start && d.longEnd < end && /^\s*\(\s*$/.test(ctx.maskedAbstract.slice(end, d.shortStart)),
    )
    const widened = closing ? widenedLongForm(ctx, closing, start, end) : null
    if (widened) return { kind: 'definition', ...located(ctx, start, widened.shortEnd), definition: widened, next: lexemeAt(ctx, widened.shortEnd) }
    const shaped = words.some((w) => isNameShaped(w.text))
    return { kind: shaped ? 'shaped' : 'titlecase', ...located(ctx, start, end), definition: null, next: j }
  }
  // A lower-case phrase up to punctuation (a name only when the title agrees).
  const lowers: Lexeme[] = []
  while (j < limit && lowers.length < 6) {
    const t = L[j] as Lexeme
    if (t.kind !== 'word' || NAME_STOPPERS.has(t.text.toLowerCase())) break
    lowers.push(t)
    j++
  }
  if (lowers.length === 0) return null
  return { kind: 'lower', ...located(ctx, (lowers[0] as Lexeme).start, (lowers[lowers.length - 1] as Lexeme).end), definition: null, next: j }
}

/**
 * A definition whose long form is widened to `start … end`, the whole capitalised phrase its parenthesis closes
 * (`Nimble Expert Speculative Decoding (NEST)`, where the letters align with `Nimble Expert Speculative`); null
 * when the phrase ends in a generic head noun (`Sparse Token Routing Framework (STR)`: `Framework` stays out).
 */
function widenedLongForm(ctx: Context, d: Definition, start: number, end: number): Definition | null {
  const last = ctx.maskedAbstract.slice(start, end).trim().split(/\s+/).pop() ?? ''
  if (HEAD_NOUNS.has(last.toLowerCase())) return null
  return { ...d, long: ctx.abstract.slice(start, end), longStart: start, longEnd: end }
}

/** Scan the object of a cue verb from lexeme `i` for the name it introduces. */
function readObject(ctx: Context, i: number, limit: number): Reading | null {
  const L = ctx.lexemes
  let k = i
  // `we propose here`, `we introduce, for the first time,`, `in this paper`.
  for (;;) {
    const t = L[k]
    if (!t || k >= limit) return null
    const lower = t.text.toLowerCase()
    if (t.kind === 'word' && AFTER_VERB.has(lower)) k++
    else if (t.kind === 'punct' && t.text === ',') k++
    else if (lower === 'in' && /^(?:this|the present)$/i.test(L[k + 1]?.text ?? '')) k += 3
    else if (lower === 'for' && L[k + 1]?.text === 'the' && L[k + 2]?.text === 'first') k += 4
    else break
  }
  const head = L[k] as Lexeme
  const headLower = head.text.toLowerCase()
  if (headLower === 'to' || headLower === 'how' || OBJECT_END.has(headLower)) return null
  const indefinite = headLower === 'a' || headLower === 'an'
  const definite = headLower === 'the'
  if (!indefinite) {
    const direct = readName(ctx, k, limit, 'the')
    if (direct && direct.kind !== 'lower') return direct
    if (direct?.kind === 'lower' && (titleAgrees(ctx, direct.text) || lowerCoinage(ctx, direct))) return direct
  }
  // Scan the noun phrase for a definition, an appositive or a name after its head noun.
  let defsAllowed = true
  let headSeen = false
  for (let j = k; j < limit && j < k + 30; j++) {
    const t = L[j] as Lexeme
    // `a novel layer-mixing decoding method for VLMs (ReMix),`: a name-shaped word in parentheses that
    // no long form spells, closing a noun phrase with a generic head noun, names what is introduced.
    if (t.kind === 'punct' && t.text === '(' && headSeen) {
      const inner = L[j + 1]
      if (inner?.kind === 'word' && L[j + 2]?.text === ')' && j + 2 < limit && isNameShaped(inner.text) && !/\p{Lu}s$/u.test(inner.text) && !ctx.definitions.some((d) => d.shortStart === inner.start)) {
        return { kind: 'shaped', ...located(ctx, inner.start, inner.end), definition: null, next: j + 3, appositive: true }
      }
    }
    if (t.kind === 'punct' && /^[.;!?(]$/.test(t.text)) return null
    if (t.kind === 'macro') return isPlaceholderMacro(t.text) ? readName(ctx, j, limit, 'the') : null
    if (t.kind !== 'word') continue
    const lower = t.text.toLowerCase()
    if (OBJECT_END.has(lower) && j > k) return null
    if (lower === 'to' && j > k) return null
    if (HEAD_NOUNS.has(lower)) headSeen = true
    // `a taxonomy, encompassing A, B and C`: a participle after a comma starts a clause.
    if (L[j - 1]?.text === ',' && /^\p{Ll}+(?:ing|ed)$/u.test(t.text)) return null
    // After `for` or `of` the phrase names what the contribution is for (`a framework for large language
    // models (LLMs)`): a definition there is not the contribution.
    if (lower === 'for' || lower === 'of') defsAllowed = false
    if (defsAllowed && definitionAt(ctx, t.start)) return readName(ctx, j, limit, 'the')
    const prev = L[j - 1]
    // `a lightweight library TUNEX`, not `testbeds and benchmark Kestrel-8B` (a verb after `and`).
    const beforePrev = L[j - 2]
    const prevHead = prev?.kind === 'word' && /^\p{Ll}/u.test(prev.text) && HEAD_NOUNS.has(prev.text) && !(beforePrev && /^(?:and|or|,)$/i.test(beforePrev.text))
    const appositive = prev?.kind === 'punct' && (prev.text === ',' || prev.text === ':') && j > k + 1
    // `a novel Panel-of-Peers learning framework`: a capitalised hyphen compound used as a modifier of the head
    // noun, early in an indefinite noun phrase, names the contribution.
    if (indefinite && !appositive && j <= k + 4 && isCompoundName(t.text) && headNounFollows(ctx, j + 1, limit)) {
      const reading = readName(ctx, j, limit, 'the')
      if (reading && reading.kind !== 'lower' && reading.next === j + 1) return { ...reading, appositive: true }
    }
    if (isNameShaped(t.text)) {
      const next = L[j + 1]
      const nextHead = next?.kind === 'word' && HEAD_NOUNS.has(next.text.toLowerCase())
      if (appositive || prevHead || (definite && nextHead && j <= k + 2)) {
        const reading = readName(ctx, j, limit, 'the')
        if (reading) return { ...reading, appositive: true }
      }
      continue
    }
    if ((appositive || prevHead) && isCapitalised(t.text)) {
      const reading = readName(ctx, j, limit, 'the')
      if (reading && startsList(ctx, reading)) return null
      if (reading && reading.kind !== 'lower') return { ...reading, appositive: true }
    }
  }
  return null
}

/**
 * Whether the lexeme at `i` starts an appositive that says what the preceding phrase is: `, a/an` and, within
 * a few words and before other punctuation, a generic head noun (`, a novel paradigm`, `, an inference-time
 * approach`, `, a simple yet effective method`) or a noun phrase closed by a preposition or relative pronoun
 * (`, a training-free guidance for …`).
 */
function describedAfter(ctx: Context, i: number): boolean {
  const L = ctx.lexemes
  if (L[i]?.text !== ',' || !/^(?:a|an)$/i.test(L[i + 1]?.text ?? '')) return false
  for (let j = i + 2; j < i + 9 && j < L.length; j++) {
    const t = L[j] as Lexeme
    if (t.kind !== 'word') {
      if (t.text === ',') continue
      return false
    }
    if (HEAD_NOUNS.has(t.text.toLowerCase())) return true
    // `, a training-free guidance for …`: the noun phrase ended before a preposition or relative pronoun.
    if (NAME_STOPPERS.has(t.text.toLowerCase()) && t.text !== 'and') return j > i + 2
  }
  return false
}

/** A reading that is one lower-case coinage (`short-m@k`) described by an appositive (`, a … method`). */
function lowerCoinage(ctx: Context, reading: Reading): boolean {
  return reading.next === lexemeAt(ctx, reading.end) && !reading.text.includes(' ') && isLowerCoinage(reading.text) && describedAfter(ctx, reading.next)
}

/** Whether a generic head noun follows lexeme `i`, after at most two lower-case words (`learning framework`). */
function headNounFollows(ctx: Context, i: number, limit: number): boolean {
  const L = ctx.lexemes
  for (let j = i; j < limit && j < i + 3; j++) {
    const t = L[j] as Lexeme
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) return false
    if (HEAD_NOUNS.has(t.text)) return true
  }
  return false
}

/** Whether a phrase (or its long form) stands in the title. */
export function titleAgrees(ctx: Context, phrase: string): boolean {
  return containsPhrase(ctx.foldedTitle, fold(phrase))
}

function evidence(rule: NameRule, where: Located, strength: number, extra: Partial<Evidence> = {}): Evidence {
  return { rule, ...where, strength, longForm: null, definition: null, placeholder: false, ...extra }
}

/** Whether a reading is the first item of an enumeration (`a taxonomy: Atomic Generation, Conditional …`). */
function startsList(ctx: Context, reading: Reading): boolean {
  const L = ctx.lexemes
  const comma = L[reading.next]
  const after = L[reading.next + 1]
  return comma?.text === ',' && after?.kind === 'word' && (isCapitalised(after.text) || isNameShaped(after.text)) && !/^(?:A|An|The|Which|That)$/.test(after.text)
}

/**
 * Whether a capitalised word is written capitalised elsewhere in the abstract: once inside a sentence
 * (after a comma or a word), or twice at any place.
 */
function reusedAsName(ctx: Context, reading: Reading): boolean {
  const text = ctx.maskedAbstract
  let uses = 0
  for (let at = findWord(text, reading.text); at >= 0; at = findWord(text, reading.text, false, at + 1)) {
    if (at === reading.start) continue
    uses++
    const before = text.slice(Math.max(0, at - 3), at).trimEnd()
    if (before !== '' && !/[.!?:]$/.test(before)) return true
  }
  return uses >= 2
}

/** Turn a reading into evidence for `rule`, or null when it is not a name. */
function fromReading(ctx: Context, reading: Reading, rule: NameRule, strong: boolean): Evidence | null {
  if (reading.kind !== 'definition' && reading.kind !== 'macro' && startsList(ctx, reading)) return null
  switch (reading.kind) {
    case 'macro':
      return evidence('latex-placeholder', reading, 0.5, { placeholder: true })
    case 'definition': {
      const d = reading.definition as Definition
      return evidence('abbreviation', located(ctx, d.shortStart, d.shortEnd), 0.8, {
        definition: d,
        longForm: located(ctx, d.longStart, d.longEnd),
      })
    }
    case 'shaped':
      return evidence(rule, reading, strong ? 0.8 : 0.75)
    case 'titlecase': {
      // `we propose Thinking Intervention, a novel paradigm`: the appositive says the phrase names something,
      // so a leading gerund is part of the name rather than a verb.
      // A single word the tagger reads as a verb or adjective (`we propose Bridge to …`) is still a name when
      // the abstract keeps using it capitalised (`Trained once, Bridge scales …`).
      if (notANounPhrase(reading.text, describedAfter(ctx, reading.next)) && !(!reading.text.includes(' ') && reusedAsName(ctx, reading))) return null
      // One capitalised word after a cue is a proper name (`we propose Routeformer,`); a longer phrase must
      // also be repeated or agree with the title to be more than a capitalised description.
      return evidence(rule, reading, strong ? 0.7 : 0.65)
    }
    case 'lower': {
      // A lower-case phrase is a name only when the title spells it and the sentence says what it is
      // (`we propose channel-adaptive normalization, a simple layer`), not `we propose natural language as …`.
      const L = ctx.lexemes
      const appositive = L[reading.next]?.text === ',' && /^(?:a|an|the)$/i.test(L[reading.next + 1]?.text ?? '')
      if (appositive && titleAgrees(ctx, reading.text)) return evidence(rule, reading, 0.6)
      // A lower-case coinage with `@` or digits, said to be a method (`we suggest short-m@k, a simple voting method`).
      return lowerCoinage(ctx, reading) ? evidence(rule, reading, 0.65) : null
    }
  }
}

/**
 * Cue phrases and definitions in the abstract, sentence by sentence: explicit naming (`called X`, `named X`,
 * `dubbed X`, `we term this X`, `which we call X`), the object of a contribution verb in a sentence that
 * speaks of the paper's own work (`we propose X`, `we suggest short-m@k, a … method`, `this paper presents the
 * X model`, `we propose a … strategy, X, which`, `we propose a novel Panel-of-Peers learning framework`),
 * `our method, X`, `the proposed X`; definitions (`long form (SHORT)`) count when one of these
 * introduces them, or when their long form is the whole title. A name the abstract used before, outside such
 * a sentence, is someone else's and is dropped.
 */
export function abstractRules(ctx: Context): Evidence[] {
  const out: Evidence[] = []
  const prefix = colonPrefix(ctx.title)
  const wholeTitle = new Set([ctx.foldedTitle, prefix ? fold(prefix) : ctx.foldedTitle])
  const titleDefinitions = SURVEY.test(ctx.maskedTitle) ? [] : ctx.definitions.filter((d) => wholeTitle.has(fold(d.long)))
  for (const sentence of ctx.sentences) {
    const found: Evidence[] = []
    const seen = new Set<string>()
    const push = (e: Evidence | null): void => {
      if (!e || seen.has(`${e.start}:${e.end}`)) return
      seen.add(`${e.start}:${e.end}`)
      found.push(e)
    }
    // Only sentences with a cue word were split into words (see `lexCandidates`): in the others no rule can
    // read a name, so their cue phrases are not even looked for.
    const limit = lexemeAt(ctx, sentence.end)
    if (lexemeAt(ctx, sentence.start) < limit) readCues(ctx, sentence, limit, push)
    // A definition whose long form is the whole title (or its prefix) is the paper's, cue or not.
    for (const d of titleDefinitions) {
      if (d.longStart < sentence.start || d.longStart >= sentence.end) continue
      push(evidence('abbreviation', located(ctx, d.shortStart, d.shortEnd), 0.7, { definition: d, longForm: located(ctx, d.longStart, d.longEnd) }))
    }
    for (const e of found) {
      if (!e.placeholder && usedBefore(ctx, e, sentence.start)) {
        ctx.messages.push({
          ruleId: 'existing-name',
          reason: `\`${e.text}\` is not taken as coined here: the abstract uses it before it is introduced`,
          field: 'abstract',
          start: e.start,
          end: e.end,
          severity: 'info',
          actual: e.text,
          expected: null,
        })
        continue
      }
      out.push(e)
    }
  }
  return out
}

/**
 * The cue phrases of one sentence (see {@link abstractRules}): explicit naming, contribution verbs after a
 * self-reference, `our method, X`, `the proposed X`. Evidence goes to `push`; `limit` is the index of the first
 * lexeme after the sentence.
 */
function readCues(ctx: Context, sentence: SentenceSpan, limit: number, push: (e: Evidence | null) => void): void {
  const body = ctx.maskedAbstract.slice(sentence.start, sentence.end)
  const selfAt = SELF.exec(body)?.index ?? -1
  let background: boolean | undefined
  // Explicit naming (a cheap test first: most sentences have none of these words).
  NAMING.lastIndex = NAMING_HINT.test(body) ? 0 : body.length
  for (let m = NAMING.exec(body); m; m = NAMING.exec(body)) {
    if (/\bknown as$/i.test(body.slice(0, m.index + 1).trimEnd())) continue
    let at = lexemeAt(ctx, sentence.start + m.index + m[0].length)
    // `we term this method X`, `we call this new layer X`: skip the description before the name.
    if (/\b(?:this|these|it|them|the|our)\s*$/i.test(m[0])) {
      for (let k = at; k < limit && k < at + 3; k++) {
        const t = ctx.lexemes[k] as Lexeme
        if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text)) break
        if (HEAD_NOUNS.has(t.text.toLowerCase())) {
          at = k + 1
          break
        }
      }
    }
    const reading = readName(ctx, at, limit, 'any')
    if (!reading) continue
    background ??= BACKGROUND.test(body)
    if (selfAt < 0 && background && reading.kind !== 'definition' && reading.kind !== 'macro') continue
    if (selfAt < 0 && (reading.kind === 'lower' || reading.kind === 'titlecase') && reading.text.split(' ').length === 1 && !isNameShaped(reading.text)) continue
    // `a lightweight paradigm we call quiet replay`: a lower-case name right after a head noun and a
    // naming verb, which the title spells, names the contribution (not `…, which we refer to as …`).
    if (reading.kind === 'lower' && HEAD_BEFORE.test(body.slice(Math.max(0, m.index - 24), m.index)) && titleAgrees(ctx, reading.text)) {
      push(evidence('cue-named', reading, 0.6))
      continue
    }
    push(fromReading(ctx, reading, 'cue-named', true))
    // `called AdaClip and AMSClip respectively`
    const L = ctx.lexemes
    if (L[reading.next]?.text === 'and') {
      const second = readName(ctx, reading.next + 1, limit, 'the')
      if (second && (second.kind === 'shaped' || second.kind === 'definition')) push(fromReading(ctx, second, 'cue-named', true))
    }
  }
  // Contribution verbs.
  if (selfAt >= 0) {
    CUE_VERB.lastIndex = 0
    for (let m = CUE_VERB.exec(body); m; m = CUE_VERB.exec(body)) {
      if (m.index < selfAt) continue
      const before = body.slice(Math.max(0, m.index - 24), m.index)
      // Passive or someone else's (`has been proposed`, `recently introduced`); `we first build` is ours.
      if (/\b(?:been|be|being|was|were|is|are)\s+(?:\w+ly\s+)?$/i.test(before)) continue
      if (/\b(?:recently|previously|originally|first|widely|commonly)\s+$/i.test(before) && !/\bwe\s+\w+\s+$/i.test(before)) continue
      if (/\b(?:the|our)\s+(?:newly\s+)?$/i.test(before)) continue
      const verb = m[0].toLowerCase()
      // A past participle is a cue only after `we` (`we proposed`, `we have developed`), not after a noun
      // (`a matrix constructed by …`); a gerund only where it continues the sentence (`, introducing`).
      if (/(?:ed|built)$/.test(verb) && !/\b(?:we|I|have|has)\s+(?:\w+ly\s+|also\s+|then\s+|further\s+)?$/i.test(before)) continue
      if (/ing$/.test(verb) && /(?:\b(?:of|for|to|the|in)|s)\s+$/i.test(before)) continue
      const at = lexemeAt(ctx, sentence.start + m.index + m[0].length)
      const reading = readObject(ctx, at, limit)
      if (reading) push(fromReading(ctx, reading, reading.appositive ? 'cue-appositive' : 'cue-propose', false))
    }
    // `… Selective Memory Erasure (SME), a new method designed to …`: a definition the sentence describes as
    // new, after a self-reference.
    for (const d of ctx.definitions) {
      if (d.rule !== 'long-short' || d.longStart < sentence.start + selfAt || d.shortEnd > sentence.end) continue
      if (!DESCRIBED_NEW.test(ctx.maskedAbstract.slice(d.shortEnd, d.shortEnd + 60))) continue
      push(evidence('abbreviation', located(ctx, d.shortStart, d.shortEnd), 0.8, { definition: d, longForm: located(ctx, d.longStart, d.longEnd) }))
    }
    for (const pattern of [OUR, PROPOSED]) {
      pattern.lastIndex = 0
      for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
        const at = lexemeAt(ctx, sentence.start + m.index + m[0].length)
        const reading = readName(ctx, at, limit, 'the')
        if (reading && reading.kind !== 'lower' && reading.kind !== 'titlecase') push(fromReading(ctx, reading, 'cue-our', false))
        else if (reading?.kind === 'titlecase' && pattern === OUR) push(fromReading(ctx, reading, 'cue-our', false))
      }
    }
  }
}

/**
 * Whether a definition states the paper's topic rather than its contribution: it stands in a sentence that
 * does not speak of the paper's own work before it, and no contribution verb introduces it (`Open volumetric
 * segmentation (OVS) has long been limited by …`). Such a short form names the task the paper addresses.
 */
export function isTopicDefinition(ctx: Context, d: Definition): boolean {
  const at = Math.min(d.longStart, d.shortStart)
  const sentence = ctx.sentences.find((s) => s.start <= at && at < s.end)
  if (!sentence) return false
  const before = ctx.maskedAbstract.slice(sentence.start, at)
  CUE_VERB.lastIndex = 0
  const cue = CUE_VERB.test(before)
  CUE_VERB.lastIndex = 0
  return !cue && !SELF.test(before) && !NAMED_BEFORE.test(before)
}

/** A naming word before a definition (`a benchmark called Open Volumetric Segmentation (OVS)`). */
const NAMED_BEFORE = /\b(?:called|named|termed|dubbed|coined|denoted)\b/i

/** Whether the abstract uses the name before `before` (it is then someone else's), unless the title has it. */
function usedBefore(ctx: Context, e: Evidence, before: number): boolean {
  if (e.definition || titleAgrees(ctx, e.text)) return false
  ctx.firstUse ??= new Map()
  let at = ctx.firstUse.get(e.text)
  if (at === undefined) {
    at = findWord(ctx.maskedAbstract, e.text)
    ctx.firstUse.set(e.text, at)
  }
  return at >= 0 && at < before
}

/** Every LaTeX placeholder macro in the abstract used as a word (`\sysname cuts …`). */
export function placeholderRule(ctx: Context): Evidence[] {
  const out: Evidence[] = []
  const macro = /\\[A-Z]+/gi
  for (let m = macro.exec(ctx.maskedAbstract); m; m = macro.exec(ctx.maskedAbstract)) {
    if (!isPlaceholderMacro(m[0]) || ctx.maskedAbstract.charAt(m.index + m[0].length) === '{') continue
    out.push(evidence('latex-placeholder', located(ctx, m.index, m.index + m[0].length), 0.5, { placeholder: true }))
  }
  return out
}

