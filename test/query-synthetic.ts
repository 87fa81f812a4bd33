// Synthetic Paper records for the query tests (100k papers, correctness at scale). Deterministic: every property is a simple function of the index `i`,
// so a test can compute the expected matches independently of the helpers (see the comments).
// Shapes are schema-valid Paper records (test/query-scale.test.ts checks a sample with PaperSchema).
import type { CodeStatus, Link, Paper, Quantity, Span } from '../src/schema.js'

// 64 words for titles and abstracts; a paper's words are picked by index arithmetic.
const WORDS = (
  'adaptive layer attention pruning sparse token merging expert routing quantization distillation ' +
  'transformer convolution diffusion retrieval memory cache speculative decoding low-rank adapter ' +
  'normalization activation gradient optimizer schedule curriculum contrastive masked vision language ' +
  'speech graph temporal spatial depth width early exit skip mixture dense federated continual robust ' +
  'efficient scalable lightweight hierarchical recurrent kernel'
).split(' ')

const CODE: CodeStatus[] = ['available', 'promised', 'none']
const span = (field: Span['field'], start: number, end: number): Span => ({ field, start, end })

/**
 * The i-th synthetic paper. Properties (all decidable from `i` alone):
 * - `method.name`: `LoRA-${i}` when i % 7 === 0, else `Syn${i}`; a second name `KV${i}` when i % 11 === 0.
 * - `code`: ['available', 'promised', 'none'][i % 3].
 * - links: i % 5 === 0 → github.com/Owner${i % 13}/repo${i % 17} (kind github);
 *          i % 5 === 1 → https://p${i}.github.io/ (kind project-page); else none.
 * - quantities: i % 4 === 0 → `${i % 10}x` (unit times, value i % 10, noun 'speedup' when i % 8 === 0);
 *               i % 4 === 1 → `${i % 100}%` (unit percent); i % 4 === 2 → `1-${2 + (i % 6)}x` (times, value 1, max 2 + i % 6);
 *               i % 4 === 3 → none.
 * - abstract: contains the word `zebrafish` when i % 10007 === 0 and `kv cache` when i % 1000 === 1.
 * - publishedAt: `${2015 + (i % 10)}-01-15`; upvotes: i % 50, or null when i % 9 === 0.
 */
export function syntheticPaper(i: number): Paper {
  const w = (k: number) => WORDS[(i * (2 * k + 1) + k * 13) % WORDS.length] as string
  const name = i % 7 === 0 ? `LoRA-${i}` : `Syn${i}`
  const title = `${name}: ${w(0)} ${w(1)} for ${w(2)} ${w(3)}`
  let abstract = `We propose ${name}, a ${w(4)} ${w(5)} method for ${w(6)} ${w(7)} and ${w(8)} ${w(9)}.`
  if (i % 1000 === 1) abstract += ' It compresses the kv cache of long contexts.'
  if (i % 10007 === 0) abstract += ' We also evaluate it on zebrafish imaging.'
  const names: Paper['names'] = [{ name, longForm: null, rule: 'synthetic', confidence: 0.9, spans: [span('title', 0, name.length)] }]
  if (i % 11 === 0) names.push({ name: `KV${i}`, longForm: null, rule: 'synthetic', confidence: 0.5, spans: [] })
  const links: Link[] = []
  if (i % 5 === 0) {
    const url = `https://github.com/Owner${i % 13}/repo${i % 17}`
    const start = abstract.length + 1
    abstract += ` ${url}`
    links.push({ text: url, url, kind: 'github', github: { owner: `Owner${i % 13}`, repo: `repo${i % 17}`, path: null }, rule: 'synthetic', confidence: 0.9, span: span('abstract', start, start + url.length) })
  } else if (i % 5 === 1) {
    const url = `https://p${i}.github.io/`
    const start = abstract.length + 1
    abstract += ` ${url}`
    links.push({ text: url, url, kind: 'project-page', github: null, rule: 'synthetic', confidence: 0.9, span: span('abstract', start, start + url.length) })
  }
  const quantities: Quantity[] = []
  const addQuantity = (text: string, value: number, max: number | null, unit: Quantity['unit'], noun: string | null) => {
    const start = abstract.length + 1
    abstract += ` ${text}${noun === null ? '' : ` ${noun}`}.`
    quantities.push({ text, value, max, unit, noun, comparator: null, rule: 'synthetic', confidence: 0.9, span: span('abstract', start, start + text.length) })
  }
  if (i % 4 === 0) addQuantity(`${i % 10}x`, i % 10, null, 'times', i % 8 === 0 ? 'speedup' : null)
  else if (i % 4 === 1) addQuantity(`${i % 100}%`, i % 100, null, 'percent', null)
  else if (i % 4 === 2) addQuantity(`1-${2 + (i % 6)}x`, 1, 2 + (i % 6), 'times', null)
  return {
    id: `syn-${i}`,
    title,
    abstract,
    origin: { format: 'jsonl', line: i + 1 },
    arxivId: null,
    authors: [`Author ${i % 101}`],
    publishedAt: `${2015 + (i % 10)}-01-15`,
    upvotes: i % 9 === 0 ? null : i % 50,
    method: names[0] ?? null,
    names,
    links,
    code: CODE[i % 3] as CodeStatus,
    quantities,
    curated: null,
  }
}

/** `count` synthetic papers, index 0 first. */
export function syntheticPapers(count: number): Paper[] {
  const papers: Paper[] = new Array(count)
  for (let i = 0; i < count; i++) papers[i] = syntheticPaper(i)
  return papers
}
