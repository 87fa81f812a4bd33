import type { ListingFormat } from '../schema.js'

/**
 * Guess the format of a listing from its first non-blank characters.
 *
 * `<` → arXiv Atom; `[` → HF API JSON; `{` → JSON Lines (arXiv OAI when the first object has
 * `id` and `update_date` or `versions`); anything else → a copied HF page (`hf-text`).
 *
 * @param input - The listing text.
 * @returns The detected {@link ListingFormat}.
 */
export function detectFormat(input: string): ListingFormat {
  const head = input.replace(/^\uFEFF/, '').trimStart().slice(0, 4096)
  if (head.startsWith('<')) return 'arxiv-atom'
  if (head.startsWith('[')) return 'hf-api'
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0] ?? ''
    return /"update_date"\s*:|"versions"\s*:/.test(firstLine) && /"id"\s*:/.test(firstLine) ? 'arxiv-oai' : 'jsonl'
  }
  return 'hf-text'
}
