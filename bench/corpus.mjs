// The benchmark corpus: the seed listing's papers (data/raw/, read with the public
// parseListing), written back out as a plain title-line / abstract-line listing and repeated.
// Every copy after the first gets a letters-only marker on each title (" (copy ab)") and one
// short sentence appended to each abstract ("This is copy ab.") so that no entry repeats: the
// parser would otherwise drop the repeats (duplicate_entry) and the extractors would see only
// the first copy.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const RAW = join(root, 'data/raw')

/** The seed papers as `{ title, abstract }`, parsed from every file of data/raw/ with the public API. */
export async function seedRecords() {
  const { parseListing } = await import('papermeta/extract')
  const records = []
  for (const name of readdirSync(RAW).filter((n) => !n.startsWith('.')).sort()) {
    const text = readFileSync(join(RAW, name), 'utf8')
    for (const r of parseListing(text).records) records.push({ title: r.title, abstract: r.abstract })
  }
  if (records.length === 0) throw new Error(`bench: parseListing found no records in ${RAW}`)
  return records
}

/** `k` written with the letters a–z only (no digits: the marker must not add quantities). */
function letters(k) {
  return k.toString(26).replace(/[0-9a-p]/g, (c) => String.fromCharCode(97 + Number.parseInt(c, 26)))
}

/** `copies` copies of the seed records, each copy's abstracts made distinct. */
export function repeatRecords(seed, copies) {
  const out = []
  for (let k = 0; k < copies; k++) {
    const titleMark = k === 0 ? '' : ` (copy ${letters(k)})`
    const abstractMark = k === 0 ? '' : ` This is copy ${letters(k)}.`
    for (const r of seed) out.push({ title: r.title + titleMark, abstract: r.abstract + abstractMark })
  }
  return out
}

/** Records as a listing: one title line, one abstract line per entry. */
export function toListing(records) {
  return records.map((r) => `${r.title}\n${r.abstract}`).join('\n')
}

export const utf8Bytes = (s) => Buffer.byteLength(s, 'utf8')

/** Number of seed copies whose listing is at least `targetBytes` long. */
export function copiesFor(seed, targetBytes) {
  return Math.max(1, Math.ceil(targetBytes / utf8Bytes(toListing(seed))))
}
