/**
 * Word shapes and small closed word classes the name rules rely on. None of these are names: they are the
 * function words, generic head nouns and modifier suffixes that tell a coined name from a description.
 *
 * @module
 */
import { shape } from '../abbreviations/short-form.js'

/** Suffixes that make a hyphenated word a modifier (`LLM-based`, `task-aware`), not a name. */
const MODIFIER_SUFFIX =
  /-(?:based|like|aware|free|wise|level|style|driven|guided|specific|agnostic|efficient|centric|oriented|enhanced|augmented|only|scale|sized?|dependent|independent|invariant|equivariant|shot|tuned|trained|friendly|ready|compatible|intensive|bound|type|step|stage|order|ary|fold|time|term|grained|resolution|precision|rank|bit|layer|head|domain|modal|task|view|centred|centered|inspired|assisted|powered|conditioned|induced|informed|preserving|constrained|sparse|dense)$/i

/**
 * Generic head nouns: what a coined name is a name *of* (`a new method called X`, `the X model`). A phrase
 * made of these and adjectives is a description, not a name.
 */
export const HEAD_NOUNS = new Set([
  'method', 'methods', 'approach', 'approaches', 'framework', 'frameworks', 'model', 'models', 'algorithm',
  'algorithms', 'architecture', 'architectures', 'module', 'modules', 'network', 'networks', 'mechanism',
  'technique', 'techniques', 'strategy', 'strategies', 'scheme', 'schemes', 'paradigm', 'pipeline', 'system',
  'systems', 'library', 'toolkit', 'toolbox', 'benchmark', 'benchmarks', 'dataset', 'datasets', 'suite', 'layer',
  'layers', 'block', 'blocks', 'optimizer', 'optimiser', 'loss', 'objective', 'metric', 'score', 'function',
  'operator', 'policy', 'procedure', 'protocol', 'estimator', 'regularizer', 'regulariser', 'variant', 'variants',
  'family', 'formulation', 'recipe', 'solution', 'tool', 'engine', 'agent', 'encoder', 'decoder', 'unit', 'units',
  'cell', 'kernel', 'head', 'adapter', 'adaptor', 'design', 'platform', 'corpus', 'task', 'challenge', 'language',
  'compiler', 'simulator', 'environment', 'interface', 'service', 'index', 'representation', 'embedding', 'prior',
  'criterion', 'rule', 'heuristic', 'process', 'paradigm', 'setting', 'protocol', 'test', 'testbed', 'test bed',
])

/** Lower-case words that may sit inside a capitalised name (`Mixture of Experts`, `Learning to Rank`). */
export const NAME_JOINERS = new Set(['of', 'for', 'and', 'with', 'on', 'in', 'to', 'via', 'by', 'the', 'a', '&'])

/** Words after which a name being read has ended (`we propose X which …`, `called X to …`). */
export const NAME_STOPPERS = new Set([
  'which', 'that', 'to', 'for', 'as', 'and', 'with', 'in', 'on', 'is', 'are', 'was', 'were', 'by', 'from',
  'where', 'whereby', 'who', 'whose', 'using', 'via', 'at', 'into', 'through', 'respectively', 'here', 'herein',
  'or', 'can', 'could', 'will', 'would', 'may', 'might', 'should', 'achieves', 'enables', 'allows', 'improves',
  'learns', 'uses', 'has', 'have', 'based', 'built', 'inspired', 'designed', 'trained', 'tailored', 'than',
])

/** A metric at a cut-off: one word, `@`, a number or one letter (`pass@1`, `Recall@10`, `maj@k`). */
const METRIC_AT = /^\p{L}+@(?:\d+|\p{L})$/u

/**
 * Whether a token that starts in lower case is shaped like a coinage on its own: a compound with `@`, digits
 * or a capital after the hyphen (`short-m@k`, `best-of-n@4`, `mix3-tune`, `delta-Diffusion`) that is not a
 * metric at a cut-off (`pass@1`). Plain lower-case words and hyphenated descriptions (`self-distillation`) are not.
 */
export function isLowerCoinage(word: string): boolean {
  if (word.length < 3 || word.length > 40 || !/^\p{Ll}/u.test(word) || METRIC_AT.test(word) || MODIFIER_SUFFIX.test(word)) return false
  if (!/^[\p{Ll}\p{N}]+(?:[-@][\p{L}\p{N}]+)+$/u.test(word)) return false
  return word.includes('@') || /\p{N}|\p{Lu}/u.test(word)
}

/**
 * Whether a capitalised hyphen compound reads as a coined name used as a modifier (`Panel-of-Peers` in `a
 * novel Panel-of-Peers learning framework`): capitalised parts joined by a lower-case joiner (`of`, `and`, `to`,
 * `in`, `for`, `with`, `the`), or three capitalised parts or more. Two capitalised words alone are usually a
 * description (`Dual-Stream`, `Vision-Language`), and a modifier (`Task-Aware`) is not a name.
 */
export function isCompoundName(word: string): boolean {
  if (word.length > 40 || !/^\p{Lu}/u.test(word) || MODIFIER_SUFFIX.test(word)) return false
  const parts = word.split('-')
  if (parts.length < 2) return false
  let capitals = 0
  let joiners = 0
  for (const part of parts) {
    if (/^\p{Lu}[\p{L}\p{N}]*$/u.test(part)) capitals++
    else if (NAME_JOINERS.has(part)) joiners++
    else return false
  }
  return capitals >= 2 && (joiners > 0 || capitals >= 3)
}

/**
 * Whether a token has the shape of a coined name on its own: an inner capital (`XDoc`, `adaPool`, `LoRA`),
 * two or more capitals (`SPARQ`), letters with digits (`SageAttention2`, `NEVIS'22`, `Inter4K`), or a
 * capitalised hyphen compound with such a part or a one-letter part (`Trio-LLM`, `Mid-LN`, `Elastic-k`).
 * Hyphenated modifiers (`LLM-based`, `Task-aware`) and plain capitalised words (`Chimera`) are not.
 *
 * @param word - One token, without surrounding punctuation.
 */
export function isNameShaped(word: string): boolean {
  if (word.length < 2 || word.length > 40 || LOWER_WORD.test(word)) return false
  if (isModifier(word)) return false
  if (!/^[\p{L}\p{N}]/u.test(word) || !/[\p{L}\p{N}+]$/u.test(word)) return false
  // A metric at a cut-off (`pass@1`, `Recall@10`, `Hit@k`) names a measure, not a contribution.
  if (METRIC_AT.test(word)) return false
  const { upper, lower, digits } = shape(word)
  if (upper + lower < 2 && !(upper === 1 && digits > 0)) return false
  // Plain numbers with a unit-like letter (`7B`, `3D`) are sizes, not names.
  if (/^\d+(?:\.\d+)?[A-Z]{0,2}$/i.test(word)) return false
  const parts = word.split(/[-–/]/)
  for (const part of parts) {
    // An inner capital (`XDoc`, `adaPool`, `LoRA`) or an all-capital part of two letters or more (`SPARQ`, `KV`).
    if (/\p{L}\p{Lu}/u.test(part)) return true
    if (/^\p{Lu}{2,}\d*s?$/u.test(part)) return true
  }
  if (digits > 0 && upper + lower >= 2) return true
  if (parts.length > 1 && /^\p{Lu}/u.test(word)) {
    return parts.slice(1).some((p) => p.length === 1 || /\d/.test(p))
  }
  return false
}

/** A plain lower-case word (`model`, `the`): never name-shaped, the most common token by far. */
const LOWER_WORD = /^[a-z]+$/

/** Whether a token starts with a capital letter (`Chimera`, `Routeformer`, `Adaptive`). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return /^\p{Lu}/u.test(word)
}

/** A word that only modifies a head noun (`LLM-based`, `task-aware`, `two-stage`). */
export function isModifier(word: string): boolean {
  return word.includes('-') && MODIFIER_SUFFIX.test(word)
}
