// Child process of test/robustness-adversarial.test.ts: runs ONE public function of the built
// package on ONE adversarial input (junk, then a real item), in its own process so that the test
// can kill it when it does not finish (a catastrophic regex blocks the event loop; an in-process
// timeout could not stop it).
//   node test/helpers/adversarial.mjs <target> <junk>
// Prints one JSON line: { target, junk, chars, ms, found, items }.
import { performance } from 'node:perf_hooks'
import * as api from 'papermeta/extract'

/** Repeat `unit` to exactly `size` characters. */
const fill = (unit, size) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

const MB = 1_000_000
/** Adversarial 1 MB texts: each stresses a classic super-linear regex or scan. */
const JUNK = {
  'dot-joined-digits': (size) => fill('1.2.3.4.5.6.7.8.9.0.', size), // version-number / decimal scanners
  'huge-token': (size) => `${fill('a', size - 1)}.`, // one word ending a sentence: `\p{L}+$`-style word scanners
  'huge-mixed-token': (size) => fill('aB3', size), // one token of letters, capitals and digits: acronym scanners
  brackets: (size) => fill('(AB) [x] {y} ', size), // ~70k bracket groups per MB: short-form scanners
  'open-parens': (size) => fill('(', size), // unbalanced `(`: bracket matchers
  backslashes: (size) => fill('\\', size), // LaTeX unescaping
  'dot-run': (size) => fill('.', size), // an endless ellipsis: sentence-boundary scanners
  spaces: (size) => fill(' \t', size), // `\s+$`-style scans
  'url-run': (size) => fill('https://a.io/', size), // one endless URL: link scanners and trimming
  // for the parser's 10 MB single line: a pasted page that lost its line breaks
  'prose-line': (size) => fill('Adaptive layers cut the training cost of large models on average. ', size),
}

const TITLE = 'XDoc: Unified Pre-training for Cross-Format Document Understanding'
const TAIL =
  '\n\nWe propose XDoc, a unified pre-trained model, trained with Adaptive Precision Training (AdaPT). ' +
  'With only 36.7% parameters it matches the baselines. Code is at https://github.com/acme/tool.'

const isLink = (l) => l.url === 'https://github.com/acme/tool' && l.kind === 'github' && l.github?.owner === 'acme' && l.github?.repo === 'tool'
const isQuantity = (q) => q.text === '36.7%' && q.value === 36.7 && q.unit === 'percent'
const isAbbreviation = (a) => a.short === 'AdaPT' && a.long === 'Adaptive Precision Training'

/** Each target: build the input from the junk, call the public function, say whether the real item came out. */
const TARGETS = {
  links: (junk) => {
    const items = api.extractLinks(junk + TAIL)
    return { items: items.length, found: items.some(isLink) }
  },
  quantities: (junk) => {
    const items = api.extractQuantities(junk + TAIL)
    return { items: items.length, found: items.some(isQuantity) }
  },
  abbreviations: (junk) => {
    const items = api.extractAbbreviations(junk + TAIL)
    return { items: items.length, found: items.some(isAbbreviation) }
  },
  names: (junk) => {
    const items = api.extractNames({ title: TITLE, abstract: junk + TAIL })
    return { items: items.length, found: items.some((n) => n.name === 'XDoc') }
  },
  paper: (junk) => {
    const paper = api.extractPaper({ title: TITLE, abstract: junk + TAIL })
    const found = paper.method?.name === 'XDoc' && paper.links.some(isLink) && paper.quantities.some(isQuantity)
    return { items: paper.names.length + paper.links.length + paper.quantities.length, found }
  },
  // The listing parser on a 10 MB single line, then a real entry.
  'parse-hf-text': (junk) => {
    const { records } = api.parseListing(`${junk}\n${TITLE}\n${TAIL.trim()}\n`)
    return { items: records.length, found: records.some((r) => r.title === TITLE) }
  },
  'parse-jsonl': (junk) => {
    const { records } = api.parseListing(`${junk}\n${JSON.stringify({ title: TITLE, abstract: TAIL.trim() })}\n`, { format: 'jsonl' })
    return { items: records.length, found: records.some((r) => r.title === TITLE) }
  },
}

const [target, junkName] = process.argv.slice(2)
const make = JUNK[junkName]
const run = TARGETS[target]
if (!make || !run) {
  console.error(`usage: adversarial.mjs <${Object.keys(TARGETS).join('|')}> <${Object.keys(JUNK).join('|')}>`)
  process.exit(2)
}
const size = target.startsWith('parse-') ? 10 * MB : MB
const junk = make(size)
const t0 = performance.now()
const result = run(junk)
const ms = performance.now() - t0
console.log(JSON.stringify({ target, junk: junkName, chars: junk.length, ms, ...result }))
