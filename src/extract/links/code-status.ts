/**
 * Code status of a paper from its text: `available`, `promised` or `none`.
 *
 * @module
 */
import type { CodeStatus, Link } from '../../schema.js'
import { splitSentences } from '../text/sentences.js'

/**
 * arXiv's listing replaces URLs in abstracts by "this https URL" (also seen: "{this URL}"): no link,
 * but a link was there.
 */
export const URL_PLACEHOLDER = /\bthis\s+(?:(?:https?|ftp)\s+)?URL\b/gi

/** Code itself: source, implementation, repository, software. */
const CODE_NOUN =
  /\b(?:(?:source\s+)?codes?|code\s*base|implementations?|repo(?:sitory|sitories)?|software|toolkits?|librar(?:y|ies)|packages?|scripts?|github)\b/i

/** What comes with code: models, weights, data, a project page or demo, "all resources". */
const ARTIFACT_NOUN =
  /\b(?:models?|weights|checkpoints?|data(?:sets?)?|benchmarks?|demos?|project(?:\s+page)?|website|resources|materials|artifacts|everything|pipelines?|framework|tools?|samples|corpus|corpora|instances|annotations|collections?|suites?|trajector(?:y|ies))\b/i

/**
 * Future release: "will be (made publicly) available/released", "we will release/open-source",
 * "plan to release", "upon acceptance", "coming soon". Group 1 is set for the weak verbs
 * ("will be shared/provided/hosted/published"), which count only for code ("the encoder will be
 * shared across tasks" is no promise). Windows are bounded, so the scan is linear.
 */
const PROMISE =
  /\b(?:will|shall)\b[^.;!?]{1,80}?\b(?:available|release[sd]?|open[- ]?sourc\w*|open[- ]?releas\w*|public(?:ly)?|accessible|upload\w*|(shared|provided|hosted|online|published))\b|\b(?:plan|intend|aim|hope|are\s+going)\s+to\s+(?:\w+\s+){0,2}?(?:release|open[- ]?source|share|publish|make)\b|\bcommit(?:ted)?\s+to\s+(?:releasing|open[- ]?sourcing|sharing|publishing|making)\b|\bupon\s+(?:the\s+)?(?:acceptance|publication)\b|\b(?:after|following)\s+(?:the\s+|a\s+|its\s+)?(?:\w+\s+){0,2}?(?:acceptance|publication|review)\b|\bcoming\s+soon\b|\b(?:to|soon)[- ]be[- ](?:(?:made|publicly|openly|freely|fully)[- ])*(?:released|available|open[- ]?sourced)\b|\bforthcoming\b/i

/**
 * Present availability with a copula: "is/are/has been (made publicly) available/released/
 * open-sourced/public". Group 1 is set for the weak participles (shared, provided, hosted,
 * published), which count only for code ("weights are shared" is about the method).
 */
const AVAILABLE_COPULA =
  /\b(?:is|are|has\s+been|have\s+been|was|were|been)\s+(?:now\s+|also\s+|made\s+|fully\s+|freely\s+|publicly\s+|openly\s+)*(?:available|released|open[- ]?sourced?|public|accessible|online|(shared|provided|hosted|published))\b/gi

/** Present availability said with a verb that needs code as its object or subject. */
const AVAILABLE_CODE_VERB =
  /\bcan\s+be\s+(?:found|accessed|downloaded|obtained)\b|\bopen[- ]?sourced\s+(?:at|on|in|via|under)\b|\bis\s+open[- ]?source\b|^\s*(?:source\s+)?(?:code|project\s+page|github|implementation)s?\s*:/i

/**
 * "we release/open-source/publish …" (also "we are releasing", "we collect, curate and release",
 * "by releasing …") — group 1 is the verb, group 2 what follows, where the released thing is named.
 */
const WE_RELEASE =
  /(?:\bwe\s+(?:have\s+|also\s+|further\s+|publicly\s+|fully\s+|are\s+|now\s+)*(?:(?:\w+,?\s+){1,4}?and\s+)?|(?:\b(?:by|in)|\((?:[ivx]{1,4}|\d)\))\s+(?=releasing|open[- ]?sourcing|publishing))(release[sd]?|releasing|open[- ]?sourc(?:e[ds]?|ing)|publish(?:ed|ing)?)\b([^.;!?]{0,60})/i

/** A name in a released noun phrase: a word with two capitals (`RLM`, `RelayLogs`), before any clause. */
const RELEASED_NAME = /^[^,;:]{0,40}?\b\p{Lu}[\p{L}\p{N}]*\p{Lu}/u

/**
 * "We introduce/present/release X, an (easy-to-use) open-source toolkit/library/model" (also "This study introduces X,
 * …", "…, our first open-source … model"): group 1 is the head noun
 * of the appositive that calls the paper's artifact open source.
 */
const INTRODUCED_OPEN =
  /\b(?:[Ww]e\s+(?:introduce|present|release|build|develop|propose|provide)|(?:paper|work|study|report|article)\s+(?:introduces|presents|proposes))\s+[^.;,]{1,40},\s+(?:an?|our)\s+(?:[\w-]+\s+){0,3}?open[- ]?source\s+(?:[\w-]+\s+){0,3}?(toolkits?|librar(?:y|ies)|framework|package|platform|software|system|models?|suite|benchmark|dataset)\b/

/** "We make all models (openly) available": a present release said with `make <own noun phrase> available`; group 1 the phrase. */
const WE_MAKE_AVAILABLE =
  /\bwe\s+(?:also\s+|now\s+)?make\s+((?:all|our|the|these|both|its|their)\s+(?:[\w-]+,?\s+){0,5}?)(?:publicly\s+|openly\s+|freely\s+|fully\s+)*(?:available|accessible|public|open[- ]?source)\b/i

/** Where the subject of a clause starts: after `;`, `:`, `(` or a subordinator ("given that …"). */
const CLAUSE_START = /(?:[;:(]|\b(?:that|which|where|whereas|while|when|although|because|since|if)\b)(?![^;:(]*(?:[;:(]|\b(?:that|which|where|whereas|while|when|although|because|since|if)\b))/i

/** A list item or an addition: "…, and data", "…, as well as checkpoints". */
const LIST_CONTINUATION = /^\s*(?:and|or|as\s+well\s+as|along\s+with|plus)\b/i

/**
 * The subject before `index`: the words back to the start of their clause (`;`, `:`, `(`, a
 * subordinator such as "given that"), and back over commas only within a list ("The model, code,
 * and data of X are …"), not over an introductory phrase ("In the absence of labels, data are …").
 * At most 120 characters.
 */
function subjectBefore(s: string, index: number): string {
  const before = s.slice(Math.max(0, index - 120), index)
  const cut = CLAUSE_START.exec(before)
  const clause = cut ? before.slice(cut.index + cut[0].length) : before
  const parts = clause.split(',').filter((part) => part.trim() !== '')
  let first = parts.length - 1
  let inList = false
  while (first > 0) {
    const current = parts[first] ?? ''
    const isItem = inList && current.trim().split(/\s+/).length <= 3
    if (!LIST_CONTINUATION.test(current) && !isItem) break
    inList = true
    first--
  }
  const subject = parts.slice(Math.max(0, first)).join(',')
  return subject
}

/** A subject that ends in a coined name: "Qwen2-Audio is open-sourced", "OLMoTrace is publicly available". */
const NAMED_SUBJECT = /(?:^|\s)(?!(?:This|That|It|These|Those|They|Which|Everything|All)\b)\p{Lu}[\p{L}\p{N}.+-]*\s*$/u

/** A subject that is a name, not a pronoun ("Orbit-T2 will be released", not "We will release …"). */
const PROMISED_NAME = /(?:^|\s)(?!(?:This|That|It|These|Those|They|Which|Everything|All|We|Our|I)\b)\p{Lu}[\p{L}\p{N}.+-]*\s*$/u

/** "we will (publicly) release/open-source OrbitBench": a future release of something the text names. */
const WE_WILL_RELEASE_NAME = /\b[Ww]e\s+(?:will|shall)\s+(?:also\s+|publicly\s+|fully\s+|further\s+)*(?:release|open[- ]?source|publish)\s+(?:the\s+|our\s+)?\p{Lu}/u

/** Determiners of a paper's own artifacts: "our models", "the dataset", "all data". */
const OWN = /\b(?:our|the|all|its|their|this|these)\b/i

/** "we provide/share/make (the|our|a) … code" — the verb alone is too common ("we provide a proof"). */
const WE_PROVIDE_CODE =
  /\bwe\s+(?:also\s+)?(?:provide|share|make|offer|include)\s+(?:(?:the|our|an?|all|full|public|open[- ]source|reference|official|accompanying|complete)\s+)*(?:(?:source\s+)?code|codes|implementations?|code\s*base|software|toolkit|library|package)\b/i

/** Where sentence `s` first says "code is/are available/released" (a copula with code as subject), or -1. */
function codeAvailableAt(s: string): number {
  AVAILABLE_COPULA.lastIndex = 0
  for (let m = AVAILABLE_COPULA.exec(s); m; m = AVAILABLE_COPULA.exec(s)) {
    if (CODE_NOUN.test(subjectBefore(s, m.index))) return m.index
  }
  return -1
}

/**
 * Whether sentence `s` says that code (level 2) or models, data or a page (level 1) are available
 * now; 0 when it does not.
 */
function availableNow(s: string): Level {
  let level: Level = 0
  AVAILABLE_COPULA.lastIndex = 0
  for (let m = AVAILABLE_COPULA.exec(s); m; m = AVAILABLE_COPULA.exec(s)) {
    const subject = subjectBefore(s, m.index)
    if (CODE_NOUN.test(subject)) return 2
    if (m[1] !== undefined) continue
    if ((ARTIFACT_NOUN.test(subject) && OWN.test(subject)) || NAMED_SUBJECT.test(subject)) level = 1
  }
  if (CODE_NOUN.test(s) && (AVAILABLE_CODE_VERB.test(s) || WE_PROVIDE_CODE.test(s))) return 2
  const released = WE_RELEASE.exec(s)
  if (released) {
    const what = released[2] ?? ''
    if (CODE_NOUN.test(what)) return 2
    // "We open-source X" is a release whatever X is; "we release X" needs X to be an artifact or a name.
    // "we release a new state-of-the-art RLM": a name with two capitals in the released noun phrase.
    if (/^open/i.test(released[1] ?? '') || ARTIFACT_NOUN.test(what) || /^\s*(?:the\s+|our\s+)?\p{Lu}/u.test(what) || RELEASED_NAME.test(what)) level = 1
  }
  const made = WE_MAKE_AVAILABLE.exec(s)
  if (made && CODE_NOUN.test(made[1] ?? '')) return 2
  if (made && ARTIFACT_NOUN.test(made[1] ?? '')) level = 1
  // "We introduce Relayer, an easy-to-use open-source scheduling toolkit": the paper's own artifact is open source.
  const open = INTRODUCED_OPEN.exec(s)
  if (open) return CODE_NOUN.test(open[1] ?? '') ? 2 : (Math.max(level, 1) as Level)
  return level
}

/**
 * Cheap gate: a sentence without any of these stems, a label (see {@link mayHaveCue}) or a link can
 * say nothing about code, so the cue regexes above run only on the few sentences that have one.
 */
const CUE_GATE = /availab|releas|sourc|publi|shar|provid|host|access|online|upload|soon|accept|forthcom|found|download|obtain|offer|includ|make|made|URL/i

/** Whether sentence `s` passes {@link CUE_GATE}, or opens with a label (`Code:`, a colon within 31 characters). */
function mayHaveCue(s: string): boolean {
  const colon = s.indexOf(':')
  return (colon >= 0 && colon <= 30) || CUE_GATE.test(s)
}

/** Link kinds that are code or a project's own page. */
const CODE_KINDS = new Set(['github', 'gitlab', 'huggingface', 'project-page', 'shortlink'])

type Level = 0 | 1 | 2 // none, artifact (models, data, page), code

/**
 * Code status of `text` given its links (spans into `text`); see `detectCodeStatus` for the
 * heuristic.
 *
 * @param text - Title and abstract (or any text).
 * @param links - Links with spans into `text`.
 */
export function codeStatus(text: string, links: readonly Link[]): CodeStatus {
  let availableLevel: Level = 0
  let promisedLevel: Level = 0
  let givenWithCodeLink = false
  const ordered = [...links].sort((a, b) => a.span.start - b.span.start)
  let next = 0
  for (const sentence of splitSentences(text)) {
    const s = text.slice(sentence.start, sentence.end)
    const inside: Link[] = []
    while (next < ordered.length && (ordered[next]?.span.start ?? 0) < sentence.end) {
      const link = ordered[next++]
      if (link && link.span.start >= sentence.start) inside.push(link)
    }
    if (inside.length === 0 && !mayHaveCue(s)) continue
    URL_PLACEHOLDER.lastIndex = 0
    const placeholder = URL_PLACEHOLDER.test(s)
    const codeLink = inside.some((l) => CODE_KINDS.has(l.kind)) || placeholder
    const repoLink = inside.some((l) => l.kind === 'github' || l.kind === 'gitlab')
    const otherLink = inside.some((l) => !CODE_KINDS.has(l.kind))
    const code = CODE_NOUN.test(s)
    const artifact = ARTIFACT_NOUN.test(s)
    const promise = PROMISE.exec(s)
    // "Orbit-T2 will be released", "we will release OrbitBench": a name released later is the paper's artifact.
    const namedPromise =
      promise !== null && promise[1] === undefined && (PROMISED_NAME.test(subjectBefore(s, promise.index)) || WE_WILL_RELEASE_NAME.test(s))
    if (promise && (code || codeLink || otherLink || (artifact && promise[1] === undefined) || namedPromise)) {
      // "Our code is available at …, and the models will be released": code now, the rest later.
      const codeNow = codeAvailableAt(s)
      if (codeNow >= 0 && codeNow < promise.index) {
        availableLevel = 2
        promisedLevel = Math.max(promisedLevel, 1) as Level
        if (repoLink) givenWithCodeLink = true
        continue
      }
      promisedLevel = Math.max(promisedLevel, code || repoLink ? 2 : 1) as Level
      continue
    }
    const said = availableNow(s)
    if (said > 0 || codeLink || (otherLink && (code || artifact))) {
      availableLevel = Math.max(availableLevel, said, code || repoLink ? 2 : 1) as Level
      if (repoLink) givenWithCodeLink = true
    }
  }
  if (promisedLevel === 2 && availableLevel === 2) return givenWithCodeLink ? 'available' : 'promised'
  if (promisedLevel > availableLevel) return 'promised'
  if (availableLevel > 0) return 'available'
  return 'none'
}
