import type { CoinedName } from '../../schema.js'

/** Input of {@link extractNames}: a paper's title and abstract. */
export interface NamesInput {
  title: string
  abstract: string
}

/**
 * Find the names a paper coins for its contribution, primary first.
 *
 * First version: the title's part before a colon when it is one or two words.
 * (Replaced by the full extractor of the method-name issue.)
 *
 * @param input - `{ title, abstract }`.
 * @returns Coined names, primary first; spans index into `title` / `abstract`.
 */
export function extractNames(input: NamesInput): CoinedName[] {
  const match = /^([^\s:]+(?: [^\s:]+)?):\s/.exec(input.title)
  if (!match?.[1]) return []
  return [
    {
      name: match[1],
      longForm: null,
      rule: 'title-colon',
      confidence: 0.8,
      spans: [{ field: 'title', start: 0, end: match[1].length }],
    },
  ]
}
