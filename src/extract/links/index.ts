import { LinkifyIt } from 'linkify-it'
import type { CodeStatus, Link } from '../../schema.js'

const linkify = new LinkifyIt()

/**
 * Every URL in `text`, typed.
 *
 * First version: linkify-it matches, trailing `.` trimmed. (Replaced by the links issue.)
 *
 * @param text - Plain text.
 * @returns Links in order; `span.field` is `'text'`.
 */
export function extractLinks(text: string): Link[] {
  const matches = linkify.match(text) ?? []
  return matches.map((m) => {
    const raw = m.raw.replace(/[.,;:]+$/, '')
    const gh = /^https?:\/\/(?:www\.)?github\.com\/([^/\s]+)(?:\/([^/\s]+))?/.exec(raw)
    return {
      text: raw,
      url: raw,
      kind: gh ? 'github' : 'other',
      github: gh?.[1] ? { owner: gh[1], repo: gh[2] ?? null, path: null } : null,
      rule: 'linkify',
      confidence: 0.9,
      span: { field: 'text', start: m.index, end: m.index + raw.length },
    } satisfies Link
  })
}

/**
 * What the text says about code: `available`, `promised` or `none`.
 *
 * First version: any link → available. (Replaced by the links issue.)
 *
 * @param text - Title and abstract.
 * @param links - Links found in it.
 */
export function detectCodeStatus(_text: string, links: readonly Link[]): CodeStatus {
  return links.length > 0 ? 'available' : 'none'
}
