/**
 * compromise part-of-speech tags, asked only about short candidate phrases (a title prefix, a capitalised
 * phrase after a cue). Tagging a whole abstract costs ~13 ms; a phrase of a few words ~0.1 ms, and results
 * are cached.
 *
 * @module
 */
import { compromise } from '../../_lib/compromise.js'

/** A term of a tagged phrase: its text and compromise's tags. */
export interface TaggedTerm {
  text: string
  tags: ReadonlySet<string>
}

const cache = new Map<string, TaggedTerm[]>()
const CACHE_LIMIT = 5000

/**
 * Tag a short phrase with compromise (cached).
 *
 * @param phrase - A few words (a title prefix, a candidate name).
 * @returns One entry per term, in order.
 */
export function tagPhrase(phrase: string): TaggedTerm[] {
  const hit = cache.get(phrase)
  if (hit) return hit
  const terms: TaggedTerm[] = []
  const json = compromise()(phrase).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>
  for (const sentence of json) for (const term of sentence.terms) terms.push({ text: term.text, tags: new Set(term.tags) })
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(phrase, terms)
  return terms
}

/**
 * Why a phrase does not read as a name (a noun phrase), or null when it does.
 *
 * @param phrase - A few words.
 * @param allowLeadingVerb - Accept a leading gerund or verb (`Thinking Intervention`): set where the text
 *   itself says the phrase names something (`we propose Thinking Intervention, a novel paradigm`).
 */
export function notANounPhrase(phrase: string, allowLeadingVerb = false): string | null {
  const terms = tagPhrase(phrase)
  if (terms.length === 0) return 'no words'
  for (const [index, term] of terms.entries()) {
    const tags = term.tags
    if (tags.has('Pronoun')) return `pronoun \`${term.text}\``
    if (tags.has('Copula')) return `verb \`${term.text}\``
    if (tags.has('Modal')) return `modal verb \`${term.text}\``
    if (tags.has('QuestionWord')) return `question word \`${term.text}\``
    if (tags.has('Negative')) return `negation \`${term.text}\``
    if (tags.has('Conjunction') && !/^(?:and|&)$/i.test(term.text)) return `conjunction \`${term.text}\``
    if (tags.has('Determiner') && index > 0) return `determiner \`${term.text}\``
    // A leading participle reads as an adjective (`Gated DeltaNet`, `Masked Autoencoders`); a gerund or a
    // present-tense verb starts a phrase (`Navigating Scaling Laws`, `Cache It If You Can`).
    const participle = tags.has('PastTense') || tags.has('Participle')
    if (index === 0 && !participle && !allowLeadingVerb && (tags.has('Gerund') || (tags.has('Verb') && !tags.has('Noun') && !tags.has('Adjective')))) {
      return `starts with the verb \`${term.text}\``
    }
    if (/[?!]$/.test(term.text)) return 'a question or exclamation'
  }
  const last = terms[terms.length - 1] as TaggedTerm
  const verbAllowed = allowLeadingVerb && (last.tags.has('Gerund') || (terms.length === 1 && last.tags.has('Verb')))
  if (!(last.tags.has('Noun') || last.tags.has('Acronym') || last.tags.has('Value') || last.tags.has('Adjective') || verbAllowed)) {
    return `ends with \`${last.text}\`, not a noun`
  }
  return null
}
