import { InvalidArgumentError, describeValue } from '../../errors.js'
import type { CoinedName, Span } from '../../schema.js'
import { findDefinitions, type Definition } from '../abbreviations/index.js'
import { maskLatex } from '../text/latex.js'
import { splitSentences, type SentenceSpan } from '../text/sentences.js'
import { findWord, fold, lex, type Lexeme } from './lexer.js'
import { VERSION, abstractRules, colonPrefix, isTopicDefinition, placeholderRule, titleAgrees, titleRule, type Context, type Evidence, type Located, type NameMessage, type NameRule } from './rules.js'

export type { NameMessage, NameRule } from './rules.js'

/** Input of {@link extractNames}: a paper's title and abstract. */
export interface NamesInput {
  title: string
  abstract: string
}

/** Result of {@link analyzeNames}: the names, and messages about candidates the rules doubted or dropped. */
export interface NamesAnalysis {
  names: CoinedName[]
  messages: NameMessage[]
}

/** How much a rule is trusted on its own, before agreement raises it. */
const RULE_RANK: Record<NameRule, number> = {
  'title-prefix': 0,
  abbreviation: 1,
  'cue-named': 2,
  'cue-propose': 3,
  'cue-appositive': 3,
  'cue-our': 4,
  'title-suffix': 5,
  'latex-placeholder': 6,
}

/**
 * Find the names a paper coins for its contribution (method, model, dataset, benchmark), primary first.
 *
 * Heuristic, from strongest to weakest evidence: the title's part before a colon when it is a name (`XDoc:`,
 * `lmgame-Bench:`; not a phrase such as `Cache Me If You Must:`, decided with compromise's tags, nor a topic
 * that opens with a preposition, question word or comparative, `Beyond Pass@1:`, `Towards …:`); a short form
 * the abstract defines where it introduces its contribution (`we introduce Adaptive Feature Transfer (AFT)`), or
 * whose long form is the title; cue phrases (`we propose X`, `called X`, `named X`, `dubbed X`, `we term this X`, `which
 * we call X`, `our method, X`, `we propose a … strategy, X,`, `we propose a novel Panel-of-Peers learning
 * framework`); LaTeX placeholders (`\sysname`) stand for the name the title gives. A name must look like one (an
 * inner capital, capitals, digits: `AdaPT`, `SPARQ`, `SageAttention2`) or be capitalised where it is introduced
 * (a leading gerund too when an appositive says what it is: `we propose Thinking Intervention, a novel
 * paradigm`); a lower-case description counts only when the title spells it (`spatially-adaptive
 * normalization` → `Channel-Adaptive Normalization`) or when it is one coinage-shaped token with such an
 * appositive (`we suggest short-m@k, a … method`; a metric such as `pass@1` never is). A defined short
 * form is preferred over its long form; the title's spelling over the abstract's. Evidence for the same name
 * from several rules, and agreement between title and abstract, raise its confidence. A title name that is only
 * the abstract's topic (its short form defined in a problem statement: `Open Volumetric Segmentation (OVS) has
 * long been …`) ranks after a name the abstract coins with a cue. Names of other work
 * (`known as LoRA`, a name used before it is introduced, `based on X`) and generic descriptions (`a novel
 * framework`) give nothing.
 *
 * Limits: a title that is itself a name without a colon (`Layer Normalization`) gives nothing unless the
 * abstract defines a short form for it; names introduced without a cue (`X achieves …` only) are missed.
 *
 * @param input - `{ title, abstract }`: strings as stored in a Paper (LaTeX leftovers tolerated).
 * @returns Coined names, primary first: `{ name, longForm, rule, confidence, spans }`; `rule` is the strongest
 *   rule that found the name (`title-prefix`, `abbreviation`, `cue-named`, `cue-propose`, `cue-our`,
 *   `title-suffix`), `confidence` is 0..1, `spans` index into `title` / `abstract` (UTF-16, end exclusive) and
 *   cover every place the name, its long form or a placeholder for it was found as evidence.
 * @throws {InvalidArgumentError} When `input` is not an object with string `title` and `abstract`:
 *   ``Expected `title` to be a string, not `42` ``.
 * @see Schwartz & Hearst (2003) for the definitions (via {@link extractAbbreviations}); compromise for tags.
 * @example
 * extractNames({ title: 'XDoc: Unified Pre-training', abstract: 'We propose XDoc, a unified model.' })
 * //=> [{ name: 'XDoc', longForm: null, rule: 'title-prefix', confidence: 0.99,
 * //      spans: [{ field: 'title', start: 0, end: 4 }, { field: 'abstract', start: 11, end: 15 }] }]
 */
export function extractNames(input: NamesInput): CoinedName[] {
  return analyzeNames(input).names
}

/**
 * {@link extractNames} with its messages: title prefixes not taken as names (and why), LaTeX placeholders
 * (resolved or not), candidates dropped as someone else's.
 *
 * @param input - `{ title, abstract }`.
 * @returns `{ names, messages }`; each message has `ruleId`, `reason`, `field`, `start`, `end`, `severity`.
 * @throws {InvalidArgumentError} As {@link extractNames}.
 * @example
 * analyzeNames({ title: 'Scaling Caches', abstract: 'We introduce \\sysname, a cache.' }).messages[0]?.ruleId
 * //=> 'latex-placeholder'
 */
export function analyzeNames(input: NamesInput): NamesAnalysis {
  if (input === null || typeof input !== 'object') throw new InvalidArgumentError(`Expected an object with \`title\` and \`abstract\`, not ${describeValue(input)}`)
  const { title, abstract } = input
  if (typeof title !== 'string') throw new InvalidArgumentError(`Expected \`title\` to be a string, not ${describeValue(title)}`)
  if (typeof abstract !== 'string') throw new InvalidArgumentError(`Expected \`abstract\` to be a string, not ${describeValue(abstract)}`)
  const maskedTitle = maskLatex(title)
  const maskedAbstract = maskLatex(abstract)
  const sentences = splitSentences(abstract)
  const ctx: Context = {
    title,
    abstract,
    maskedTitle,
    maskedAbstract,
    lexemes: lexCandidates(maskedAbstract, sentences),
    sentences,
    definitions: findDefinitions(abstract, maskedAbstract),
    foldedTitle: fold(maskedTitle),
    messages: [],
  }
  const evidence = [...titleRule(ctx), ...abstractRules(ctx)]
  const placeholders = [...evidence.filter((e) => e.placeholder), ...placeholderRule(ctx)]
  const names = assemble(ctx, evidence.filter((e) => !e.placeholder), placeholders)
  return { names, messages: ctx.messages }
}

/**
 * Words of the sentences a rule could read (a cue word or a LaTeX macro in them), in text order; other
 * sentences are not split into words at all (a cheap pre-check keeps the extractor fast).
 */
function lexCandidates(masked: string, sentences: readonly SentenceSpan[]): Lexeme[] {
  const out: Lexeme[] = []
  for (const s of sentences) {
    const body = masked.slice(s.start, s.end)
    if (!CANDIDATE.test(body)) continue
    for (const l of lex(body, s.start)) out.push(l)
  }
  return out
}

/** A sentence some rule may read: a contribution verb, a naming word, `our`/`the proposed`, or a macro. */
const CANDIDATE =
  /\\[A-Z]|\b(?:propos|introduc|suggest|present|develop|design|build|built|creat|devis|establish|construct|contribut|releas|unveil|put|curat|call|nam|term|dub|coin|denot|nicknam|codenam|our)/i

/** A group of evidence for one name. */
interface Group {
  key: string
  evidence: Evidence[]
  definition: Definition | null
}

function assemble(ctx: Context, evidence: Evidence[], placeholders: Evidence[]): CoinedName[] {
  // Map long forms to the short forms that abbreviate them: a title prefix `Deep Recall Transformer` and a
  // definition `Deep Recall Transformer (DRT)` are one name, `DRT`.
  const longToShort = new Map<string, Definition>()
  for (const e of evidence) if (e.definition) longToShort.set(fold(e.definition.long), e.definition)
  const groups = new Map<string, Group>()
  for (const e of evidence) {
    // A title name with a version (`Quiet Decoding 1:`) is the defined long form (`Quiet Decoding (QD)`).
    const mapped = e.definition ?? longToShort.get(fold(e.text)) ?? (e.rule === 'title-prefix' ? longToShort.get(fold(withoutVersion(e.text))) : undefined) ?? null
    const key = fold(mapped ? mapped.short : e.text)
    const group = groups.get(key) ?? { key, evidence: [], definition: null }
    group.evidence.push(e)
    if (mapped && !group.definition) group.definition = mapped
    groups.set(key, group)
  }
  const list = [...groups.values()]
  // Placeholders stand for the title's name.
  const titleGroup = list.find((g) => g.evidence.some((e) => e.rule === 'title-prefix'))
  const placeholderStarts = new Set<number>()
  const uniquePlaceholders = placeholders.filter((p) => !placeholderStarts.has(p.start) && placeholderStarts.add(p.start))
  if (uniquePlaceholders.length > 0) {
    const macro = uniquePlaceholders[0] as Evidence
    if (titleGroup) {
      const name = surface(ctx, titleGroup)
      for (const p of uniquePlaceholders) titleGroup.evidence.push({ ...p, strength: 0.6 })
      ctx.messages.push({
        ruleId: 'latex-placeholder',
        reason: `LaTeX placeholder \`${macro.text}\` stands for \`${name}\`, the name the title gives`,
        field: 'abstract',
        start: macro.start,
        end: macro.end,
        severity: 'info',
        actual: macro.text,
        expected: [name],
      })
    } else {
      ctx.messages.push({
        ruleId: 'latex-placeholder',
        reason: `Unexpected LaTeX placeholder \`${macro.text}\`: the title gives no name it could stand for`,
        field: 'abstract',
        start: macro.start,
        end: macro.end,
        severity: 'warning',
        actual: macro.text,
        expected: null,
      })
    }
  }
  // A title's name that is only the abstract's topic (`Open Volumetric Segmentation (OVS) has long been …`) gives
  // way to a name the abstract coins with a cue (`we introduce the VolSeg-2M benchmark`).
  const topics = new Set(list.filter((g) => isTopic(ctx, g)))
  const coined = topics.size > 0 && list.some((g) => !topics.has(g) && g.evidence.some((e) => CUE_RULES.has(e.rule) && e.strength >= 0.7))
  const ranked = list
    .map((group) => ({
      group,
      rank: coined && topics.has(group) ? TOPIC_RANK : rankOf(ctx, group),
      order: group.evidence.reduce((min, e) => Math.min(min, orderOf(e)), Infinity),
    }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
  return ranked.map(({ group }) => toCoinedName(ctx, group))
}

/** A name without its trailing version number (`Quiet Decoding 1` → `Quiet Decoding`). */
function withoutVersion(name: string): string {
  const space = name.lastIndexOf(' ')
  return space > 0 && VERSION.test(name.slice(space + 1)) ? name.slice(0, space).trimEnd() : name
}

/** Rules that read a cue phrase of the abstract (a contribution verb, explicit naming, `our X`). */
const CUE_RULES = new Set<NameRule>(['cue-named', 'cue-propose', 'cue-appositive', 'cue-our'])

/** Rank of a topic name when the abstract coins another name: after the abstract's own names. */
const TOPIC_RANK = 3.5

/**
 * Whether a group is the paper's topic rather than its contribution: a title name (or the whole title) whose
 * short form the abstract defines in a problem statement (see `isTopicDefinition`), with no cue phrase
 * introducing it anywhere.
 */
function isTopic(ctx: Context, group: Group): boolean {
  const d = group.definition
  if (!d || group.evidence.some((e) => CUE_RULES.has(e.rule) || (e.rule === 'abbreviation' && e.strength >= 0.8))) return false
  return group.evidence.some((e) => e.field === 'title' || e.strength < 0.8) && isTopicDefinition(ctx, d)
}

function orderOf(e: Evidence): number {
  return e.field === 'title' ? -1 : e.start
}

/**
 * 0: the title's own name (its prefix); 1: the name or its long form is the whole title (or prefix);
 * 2: the title contains it; 3: the abstract only.
 */
function rankOf(ctx: Context, group: Group): number {
  if (group.evidence.some((e) => e.rule === 'title-prefix')) return 0
  const whole = new Set([ctx.foldedTitle, fold(colonPrefix(ctx.maskedTitle) ?? '')])
  const d = group.definition
  const phrases = [...group.evidence.map((e) => e.text), ...(d ? [d.short, d.long] : [])]
  if (phrases.some((p) => whole.has(fold(p)))) return 1
  if (group.evidence.some((e) => e.field === 'title') || phrases.some((p) => titleAgrees(ctx, p))) return 2
  return 3
}

/** The name as written: the title's spelling when the title has it, else the short form, else the first mention. */
function surface(ctx: Context, group: Group): string {
  const d = group.definition
  const wanted = d ? d.short : (group.evidence.find((e) => e.rule === 'title-prefix') ?? group.evidence[0])?.text ?? ''
  const inTitle = findInTitle(ctx, wanted)
  return inTitle ?? wanted
}

function findInTitle(ctx: Context, name: string): string | null {
  const at = findWord(ctx.maskedTitle, name, true)
  return at >= 0 ? ctx.title.slice(at, at + name.length) : null
}

function toCoinedName(ctx: Context, group: Group): CoinedName {
  const evidence = [...group.evidence].sort((a, b) => RULE_RANK[a.rule] - RULE_RANK[b.rule] || b.strength - a.strength)
  const best = evidence[0] as Evidence
  const rules = new Set(group.evidence.filter((e) => !e.placeholder).map((e) => e.rule))
  const fields = new Set(group.evidence.map((e) => e.field))
  let confidence = group.evidence.reduce((max, e) => Math.max(max, e.strength), 0)
  confidence += 0.08 * (rules.size - 1)
  if (fields.size > 1 || (rankOf(ctx, group) <= 2 && !fields.has('title'))) confidence += 0.1
  if (group.evidence.some((e) => e.placeholder)) confidence += 0.04
  confidence = Math.round(Math.min(0.99, confidence) * 100) / 100
  const spans: Span[] = []
  const seen = new Set<string>()
  const add = (l: Located | null): void => {
    const key = l ? `${l.field}:${l.start}:${l.end}` : ''
    if (l && !seen.has(key)) {
      seen.add(key)
      spans.push({ field: l.field, start: l.start, end: l.end })
    }
  }
  for (const e of [...group.evidence].sort((a, b) => orderOf(a) - orderOf(b) || a.start - b.start)) {
    add(e)
    add(e.longForm)
  }
  spans.sort((a, b) => (a.field === b.field ? a.start - b.start || a.end - b.end : a.field === 'title' ? -1 : 1))
  return { name: surface(ctx, group), longForm: longFormOf(ctx, group), rule: best.rule, confidence, spans }
}

/** The long form: the definition's, widened to a word the short form shares (`Fast GRN` = `Fast Gated Residual Norm`). */
function longFormOf(ctx: Context, group: Group): string | null {
  const d = group.definition
  if (!d) return null
  const shared = /^(\p{Lu}\p{Ll}+) /u.exec(d.short)?.[1]
  if (shared) {
    const before = ctx.abstract.slice(Math.max(0, d.longStart - shared.length - 1), d.longStart)
    if (before === `${shared} `) return ctx.abstract.slice(d.longStart - shared.length - 1, d.longEnd)
  }
  return d.long
}
