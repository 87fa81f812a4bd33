/**
 * The noun a number counts or measures, read from the words right after it (`8 layers`,
 * `36.7% parameters`, `1.35x speedup`, `<1% accuracy loss`, `16T high-quality tokens` → `tokens`).
 *
 * A shallow noun-phrase reader without a tagger: it skips a hyphenated count (`439-problem
 * benchmark` → `benchmark`, as `8-bit matrix multiplication`) and a few leading modifiers (`total`,
 * `distinct`, `-ly` adverbs, `-ed` participles, hyphenated adjectives such as `real-world`), then
 * takes up to three noun-like words (`pass@1` is one) and stops at a function word, a preposition,
 * a frequent verb (`demonstrate`), a verb form, an adverb (`newly`), punctuation, a hyphen used as a
 * dash (`masks-an average` → `masks`), a comparative (`8.7x faster` has no noun) or after a plural
 * head. A lone adjective (`16x16 spatial.`) is no noun. Limits: it cannot tell a
 * capitalised modifier from a head (`12 Earth observation tasks` gives the whole compound), and
 * it reads only to the right (`an accuracy of 75.2%` has no noun).
 *
 * @module
 */

/** Function words, auxiliaries and frequent verbs: a noun phrase does not start or continue with them. */
const STOP = new Set(
  (
    'a an the and or but nor of in on at to for from by with without within into onto over under than as per via ' +
    'across among amongst between through throughout during after before while when where which who whom whose that this ' +
    'these those it its is are was were be been being has have had can could will would may might must shall should ' +
    'do does did not no only also even just respectively ie eg etc vs versus up down out off about around against ' +
    'toward towards upon like such so yet both all each every any some most other same then there here whereas ' +
    'whilst although though since until unless if whether because due thus hence therefore however still again ' +
    'further furthermore overall compared respective we our they their you your he she his her i me us ' +
    'them one ones show shows showed shown achieve achieves achieved reach reaches reached yield yields yielded obtain ' +
    'obtains obtained outperform outperforms outperformed surpass surpasses require requires required use uses ' +
    'improve improves improved reduce reduces reduced increased remain remains led ' +
    'make makes made get gets got take takes took give gives gave ran become becomes became provide provides ' +
    'enable enables allow allows bring brings attain attains attained ' +
    'exceed exceeds exceeded dropped lowers accelerate accelerates ' +
    'trained train trains evaluated tested measured found observed reported achieving using maintaining keeping ' +
    'reducing improving outperforming showing yielding making leading resulting including requiring allowing ' +
    'enabling providing having being surpassing obtaining reaching running taking exceeding compared comparing ' +
    'while whereas namely i.e e.g respectively alone only ' +
    // prepositions (`+19.1 inside the agent`)
    'inside outside beyond despite behind along amid below above beneath near except besides alongside underneath ' +
    'atop unlike ' +
    // verbs that report what the counted things do (`models from 70M to 7B demonstrate …`)
    'demonstrate demonstrates demonstrated exhibit exhibits exhibited perform performs performed indicate indicates ' +
    'reveal reveals revealed suggest suggests confirm confirms rival rivals struggle struggles fail fails failed ' +
    'generalize generalizes generalise generalises deliver delivers retain retains preserve preserves produce ' +
    'produces generate generates contain contains comprise comprises involve involves lack lacks converge converges ' +
    'operate operates beat beats consume consumes outperforms'
  ).split(/\s+/),
)

/** Determiners: a word followed by one is a verb, not the noun of the number. */
const DETERMINER = new Set('a an the these those its their our'.split(' '))

/** Comparatives: `8.7x faster`, `50times smaller`, `14x smaller embedding size` report no counted thing. */
const COMPARATIVE = new Set(
  (
    'faster slower smaller larger bigger fewer more less higher lower better worse greater longer shorter cheaper ' +
    'deeper wider narrower quicker lighter heavier stronger weaker richer closer further farther'
  ).split(/\s+/),
)

/** Leading modifiers skipped before the noun (`16T high-quality tokens`, `6.6x total training costs`). */
const MODIFIER = new Set(
  (
    'total distinct different various diverse additional extra new novel commercial public popular standard common ' +
    'widely primary core critical key main major unique separate individual consecutive independent challenging ' +
    'large small tiny huge massive full entire whole average mean overall typical representative existing ' +
    'real-world well-known high-quality large-scale small-scale fine-grained state-of-the-art open-source ' +
    'publicly available representative downstream'
  ).split(/\s+/),
)

/**
 * Nouns a number usually measures directly; when another noun follows (`162M parameter models`,
 * `162M-parameter models`, `2x speedup kernel`, `1 epoch tuning`) the number measures this one, not the
 * compound.
 */
const MEASURED = new Set(
  (
    'parameter param speedup speed-up epoch layer step iteration shot head expert token sample frame dimension ' +
    'channel neuron bit block stage round turn class category pixel patch query'
  ).split(/\s+/),
)

/** Nouns that end like adjectives (`-ive`, `-ous`, `-ful`). */
const ADJECTIVE_LIKE_NOUNS = new Set('objective alternative derivative initiative representative executive positive negative directive incentive motive primitive archive detective handful'.split(' '))

/** Suffix of a hyphenated modifier (`pseudo-labeled`, `task-specific`, `layer-wise`). */
const HYPHEN_MODIFIER = /-(?:\p{L}+ed|quality|world|known|scale|art|resolution|level|free|aware|specific|wise|efficient|like|style|dimensional|source|grade|rich|heavy|light)$/u

/**
 * A word: letters (possibly with inner hyphens/apostrophes, `speed-up`, `hyper-parameters`, `top-1`, or a
 * metric's cut-off, `pass@1`).
 */
const WORD = /\p{L}[\p{L}\p{N}]*(?:[-'’@][\p{L}\p{N}]+)*/uy

/**
 * The part after a hyphen that starts the next clause when a hyphen stands for a dash (`361 million masks-an
 * average of …`, `12 tasks-each with …`): the word ends before that hyphen.
 */
const GLUED_CLAUSE =
  /-(?:a|an|the|this|these|that|which|each|where|while|whereas|but|roughly|approximately|nearly|almost|mostly|mainly|largely|primarily|respectively|especially|particularly|typically|namely|including)$/u

/** Nouns that end in `-ly` (an `-ly` word after the first noun is otherwise an adverb: `benchmark newly …`). */
const LY_NOUNS = new Set('family families assembly anomaly anomalies supply reply rally monopoly ally poly butterfly'.split(' '))

/** Adjective endings of a word that stands alone after a number (`16x16 spatial.`), with no head noun. */
const ADJECTIVE_ENDING = /(?:ical|tial|cial|ual|oral|ural|onal|ive|ous|ful)$/u
/** Nouns with those endings. */
const ADJECTIVE_LIKE_NOUNS_AL = new Set('potential residual individual manual ritual credential differential'.split(' '))

/** A plural-looking head ends the phrase (`datasets`, `FLOPs`, `speed-ups`; not `loss`, `corpus`, `analysis`, `bias`). */
const PLURAL_ENDING = /(?:[^isu]s|[^s]es)$/u
const SINGULAR_IN_S = /(?:^|-)(?:bias|alias|gas|lens|atlas|canvas|series|species|news)$/iu
const isPlural = (word: string): boolean => PLURAL_ENDING.test(word) && !SINGULAR_IN_S.test(word)

/** An `-ing` or `-ed` form that is a verb rather than part of the phrase when it comes after the first noun. */
const VERB_FORM = /(?:ing|ed)$/u

/**
 * Read the noun phrase that follows a quantity.
 *
 * @param text - The whole text.
 * @param at - Offset right after the quantity's text.
 * @returns The noun as written (inner spaces kept), or null.
 */
export function nounAfter(text: string, at: number): string | null {
  const span = nounSpanAfter(text, at)
  return span ? text.slice(span.start, span.end) : null
}

/**
 * Where the noun phrase after a quantity stands, with the start of its head (last) word.
 *
 * @returns UTF-16 offsets into `text`, or null when no noun follows.
 */
export function nounSpanAfter(text: string, at: number): { start: number; end: number; headStart: number } | null {
  let pos = at
  // A closing `$` of inline math (`$10^{-3}$ tolerance`).
  if (text.charCodeAt(pos) === 0x24 /* $ */) pos++
  // Hyphenated adjective (`130M-parameter model`, `16-layer network`) or one space.
  const c = text.charCodeAt(pos)
  const hyphenated = c === 0x2d
  if (c === 0x2d /* - */) pos++
  else if (c === 0x20 || c === 0xa0) pos++
  else return null
  const words: Array<{ word: string; start: number; end: number }> = []
  let p = pos
  for (let i = 0; i < 6; i++) {
    WORD.lastIndex = p
    const m = WORD.exec(text)
    if (!m) break
    // `masks-an average`: a hyphen used as a dash ends the phrase.
    const glued = GLUED_CLAUSE.exec(m[0])
    if (glued) {
      const cut = m[0].slice(0, glued.index)
      if (cut) words.push({ word: cut, start: p, end: p + cut.length })
      break
    }
    words.push({ word: m[0], start: p, end: p + m[0].length })
    p += m[0].length
    // Words of one phrase are separated by exactly one space.
    if (text.charCodeAt(p) !== 0x20) break
    p++
  }
  if (words.length === 0) return null
  // `439-problem benchmark`: the hyphenated compound is an adjective, like a unit (`8-bit matrix
  // multiplication`); the noun is the head that follows it. Alone (`a 100-task.`) it is the noun. A word the
  // number measures directly stays the noun, as it does after a space (`130M-parameter model` counts
  // parameters, like `162M parameter models`; `16-layer variant` counts layers). A capitalised word after it
  // starts a name (`8-billion-parameter Llama 3.1 model`), and a compound with digits is a name itself
  // (`122B-A10B`): then the compound stays.
  const measured = MEASURED.has(words[0]!.word.toLowerCase().replace(/s$/u, ''))
  if (hyphenated && words.length > 1 && !measured && !/\p{N}/u.test(words[0]!.word)) {
    const next = words[1]!.word
    const lower = next.toLowerCase()
    if (!STOP.has(lower) && !COMPARATIVE.has(lower) && !/\p{N}/u.test(next) && !/^\p{Lu}\p{Ll}+$/u.test(next)) words.shift()
  }
  // Skip leading modifiers, but keep at least the last word.
  let i = 0
  while (i < words.length - 1) {
    const w = words[i]!.word
    const lower = w.toLowerCase()
    const next = words[i + 1]!.word.toLowerCase()
    if (STOP.has(next) || COMPARATIVE.has(next)) break
    if (MODIFIER.has(lower) || (/ly$/u.test(lower) && !LY_NOUNS.has(lower)) || (/ed$/u.test(lower) && !STOP.has(lower)) || HYPHEN_MODIFIER.test(lower)) i++
    else break
  }
  const first = words[i]!
  const firstLower = first.word.toLowerCase()
  if (STOP.has(firstLower) || COMPARATIVE.has(firstLower) || MODIFIER.has(firstLower)) return null
  // A word followed by a determiner is a verb (`0 creates a slow dynamic`, `5% shows that`).
  const after = words[i + 1]?.word.toLowerCase()
  if (after && DETERMINER.has(after)) return null
  // The phrasal noun `speed up` (`2.92x speed up`).
  if (firstLower === 'speed' && after === 'up') return { start: first.start, end: words[i + 1]!.end, headStart: first.start }
  if (/\p{N}/u.test(first.word) && !/^\p{L}+[-@]\p{N}+$/u.test(first.word)) return null
  let last = i
  if (!isPlural(first.word) && !MEASURED.has(firstLower)) {
    for (let j = i + 1; j < words.length && j < i + 3; j++) {
      const w = words[j]!.word
      const lower = w.toLowerCase()
      // After an adjective, an `-ing` word is a noun (`16 visual reasoning tasks`).
      const gerundNoun = j === i + 1 && /ing$/u.test(lower) && ADJECTIVE_ENDING.test(firstLower) && !ADJECTIVE_LIKE_NOUNS_AL.has(firstLower)
      if (STOP.has(lower) || COMPARATIVE.has(lower) || (VERB_FORM.test(lower) && !gerundNoun)) break
      // An adverb after the noun ends the phrase (`benchmark newly curated`).
      if (/ly$/u.test(lower) && !LY_NOUNS.has(lower)) break
      if (/\p{N}/u.test(w)) break
      // A capitalised word after a lower-case one starts a name (`accuracy on ImageNet` is cut earlier; `tokens Llama`).
      if (/^\p{Lu}\p{Ll}/u.test(w) && /^\p{Ll}/u.test(words[j - 1]!.word)) break
      // A `-s` word followed by a determiner or a number is a verb (`350M model sees 1.5B tokens`).
      if (isPlural(w) && (DETERMINER.has(words[j + 1]?.word.toLowerCase() ?? '') || /^[ \u00a0]\d/u.test(text.slice(words[j]!.end, words[j]!.end + 2)))) break
      last = j
      if (isPlural(w)) break
    }
  }
  // A lone `-ed` word is a verb (`were conducted`), a lone `-ive`/`-ous`/`-ful` word an adjective
  // (`two successive and complementary processes`), not a noun.
  if (last === i && /ed$/u.test(firstLower) && !/(?:speed|seed|need|feed|bed|red)$/u.test(firstLower)) return null
  // A lone adverb (`1B to 8B consistently outperform`) is not a noun.
  if (last === i && /ly$/u.test(firstLower) && !LY_NOUNS.has(firstLower)) return null
  if (last === i && ADJECTIVE_ENDING.test(firstLower) && !ADJECTIVE_LIKE_NOUNS.has(firstLower) && !ADJECTIVE_LIKE_NOUNS_AL.has(firstLower)) return null
  return { start: first.start, end: words[last]!.end, headStart: words[last]!.start }
}
