import type { ListingRecord, ParseIssue } from '../schema.js'
import { parseListing, type ParseListingOptions } from './parse-listing.js'

/** An item of {@link parseListingStream}: a record or an issue. */
export type ListingStreamItem = { type: 'record'; record: ListingRecord } | { type: 'issue'; issue: ParseIssue }

/**
 * Parse a listing from an async iterable of chunks (a Node stream, a web stream reader…).
 *
 * First version: reads the whole input, then parses. (The formats issue makes it incremental.)
 *
 * @param input - Chunks of text or UTF-8 bytes.
 * @param options - As {@link parseListing}.
 * @returns Records and issues, in input order.
 */
export async function* parseListingStream(
  input: AsyncIterable<string | Uint8Array>,
  options: ParseListingOptions = {},
): AsyncGenerator<ListingStreamItem> {
  const decoder = new TextDecoder()
  let text = ''
  for await (const chunk of input) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
  text += decoder.decode()
  const { records, issues } = parseListing(text, options)
  for (const record of records) yield { type: 'record', record }
  for (const issue of issues) yield { type: 'issue', issue }
}
