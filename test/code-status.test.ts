import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { InvalidArgumentError } from '../src/errors.js'
import { extractPaper } from '../src/extract/paper.js'
import { detectCodeStatus, extractLinks } from '../src/extract/links/index.js'

describe('handed case listing-code-promised-not-available', () => {
  test('a URL in a future-tense sentence is a promise, and the URL is still listed', () => {
    const line = readFileSync(join(import.meta.dirname, '../../shared/cases/handed.jsonl'), 'utf8')
      .split('\n')
      .find((l) => l.includes('"listing-code-promised-not-available"'))
    if (!line) throw new Error('missing handed case')
    const c = JSON.parse(line) as { input: string; expected: { code: string; urls: string[] } }
    expect(detectCodeStatus(c.input)).toBe(c.expected.code)
    expect(extractLinks(c.input).map((l) => l.url)).toEqual(c.expected.urls)
  })
})

describe('available: a code or project link, or code said to be out now', () => {
  test.each([
    'Our implementation is available at https://github.com/orbit-lab/relay.',
    'Code: https://gitlab.com/orbit-lab/relay',
    'Project page: https://orbit-lab.github.io/relay/.',
    'Checkpoints are hosted at https://huggingface.co/orbit-lab/relay-7b.',
    'See https://aka.ms/relay for the toolkit.',
    'The source code has been made publicly available on GitHub.',
    'Our code is public.',
    'We release the code and the trained models to the community.',
    'We open-source RelayNet and the evaluation suite.',
    'We have open-sourced our training framework.',
    'We provide a reference implementation together with strong baselines.',
    'The implementation can be found in the supplementary material.',
    'All data, models, and code are released under the MIT licence.',
    'RelayBench is publicly available and fully open-source.',
    'Our code is available at this https URL.',
    'The relay library is open-sourced at orbit-lab.github.io/relay.',
    // A release of something the text names or a corpus, and an introduced artifact called open source.
    'Finally, we release a new state-of-the-art RLM that outperforms existing alternatives.',
    'Leveraging this toolkit, we are releasing the largest cross-platform relay corpus to date.',
    'We design 12 tasks and release 1,024 annotated relay instances.',
    'We address this by: (i) releasing the first open RelayLogs dataset, and (ii) training a model.',
    'We introduce Relayer, an easy-to-use open-source scheduling toolkit.',
    'This study introduces Relayer, an open-source and scalable scheduling framework.',
    'In this report, we introduce Relayer-7B, our first open-source relay model.',
    'We make all models openly available under the Apache 2.0 license.',
  ])('%s', (text) => {
    expect(detectCodeStatus(text)).toBe('available')
  })
})

describe('promised: code will be released, with or without a link', () => {
  test.each([
    'The code will be released.',
    'Code and pretrained weights will be made publicly available at https://github.com/orbit-lab/relay.',
    'We will release our code, models and data to facilitate future research.',
    'Our implementation will be open-sourced upon acceptance.',
    'Code will be released upon publication.',
    'We plan to release the toolkit after the review period.',
    'The code is coming soon at https://github.com/orbit-lab/relay.',
    'The benchmark will be publicly released.',
    // Code promised outranks a project page given now.
    'Project page: https://orbit-lab.github.io/relay/. The code will be released.',
    // A model, weights or a benchmark the text names, released later (no word about code): promised, as a
    // dataset released later is in the gold (GUIDELINE: future release → promised).
    'RelayNet-L2 will be released to support further research.',
    'We present RelayNet, a soon-to-be publicly available model for relay scheduling.',
    'We will release RelayBench to promote standardised evaluation.',
    'A to-be-released corpus of relay logs is described.',
    'We commit to making the trained relay models publicly available.',
  ])('%s', (text) => {
    expect(detectCodeStatus(text)).toBe('promised')
  })

  test('code given now outranks models promised for later', () => {
    expect(detectCodeStatus('Code is available at https://github.com/orbit-lab/relay. Larger models will be released later.')).toBe('available')
    expect(detectCodeStatus('Code: https://github.com/orbit-lab/relay. The full training code will be released upon acceptance.')).toBe('available')
    expect(detectCodeStatus('Our code is available at https://github.com/orbit-lab/relay, and the models will be released soon.')).toBe('available')
    expect(detectCodeStatus('The code will be released at https://github.com/orbit-lab/relay, where a demo is available now.')).toBe('promised')
  })
})

describe('none: nothing said about this paper’s code', () => {
  test.each([
    'We evaluate RelayNet on six publicly available datasets and outperform open-source baselines.',
    'Weights of every layer in a stage are shared, after which we train it through distillation.',
    'In the absence of labelled data, unlabelled data of a similar nature are available in large amounts.',
    'Open-source availability of large pretrained models has changed practice.',
    'Our results show that open-source relay schedulers lag behind proprietary ones.',
    'We introduce Relayer, which beats strong open-source schedulers.',
    'We make it possible to train schedulers that are publicly available.',
    'We make the assumption available to every worker.',
    'We provide a theoretical analysis of the convergence of the method.',
    'Information available at test time is limited.',
    'The encoder will be shared across all tasks.',
    // A promise whose subject is a pronoun or an event, or a name that is only shared, is no release of this paper's.
    'It will be released in stages to reduce risk.',
    'As RelayNet will be shared across tasks, it saves memory.',
    'We hope RelayNet will be adopted widely.',
    'The results will be released in a later report.',
    'RelayNet reaches 81.2% top-1 accuracy.',
    '',
  ])('%s', (text) => {
    expect(detectCodeStatus(text)).toBe('none')
  })
})

describe('contract', () => {
  test('links passed in are used as given (spans into the text)', () => {
    const text = 'Our models are at https://orbit.ai/relay.'
    expect(detectCodeStatus(text)).toBe('available') // the link (found by default) next to "models"
    expect(detectCodeStatus(text, [])).toBe('none') // no link given, and "are at" is no availability cue
    expect(detectCodeStatus('Results are reported at https://orbit.ai/relay.', [])).toBe('none')
    expect(detectCodeStatus('Results are reported at https://orbit.ai/relay.')).toBe('none')
  })

  test('throws InvalidArgumentError for a non-string', () => {
    expect(() => detectCodeStatus(null as unknown as string)).toThrow(InvalidArgumentError)
  })

  test('extractPaper reads title and abstract together, with abstract spans shifted', () => {
    const paper = extractPaper({
      title: 'RelayNet: Fast Relays',
      abstract: 'We propose RelayNet. The code will be released at https://github.com/orbit-lab/relay.',
    })
    expect(paper.code).toBe('promised')
    expect(paper.links.map((l) => [l.url, l.span.field, paper.abstract.slice(l.span.start, l.span.end)])).toEqual([
      ['https://github.com/orbit-lab/relay', 'abstract', 'https://github.com/orbit-lab/relay'],
    ])
    expect(extractPaper({ title: 'RelayNet', abstract: 'We propose RelayNet. Code: https://github.com/orbit-lab/relay' }).code).toBe('available')
    expect(extractPaper({ title: 'RelayNet', abstract: 'We propose RelayNet.' }).code).toBe('none')
  })

  test('extractPaper compares the curated repository through the GitHub parser', () => {
    const base = { title: 'RelayNet', abstract: 'Code: https://www.github.com/Orbit-Lab/Relay/tree/main.' }
    expect(extractPaper({ ...base, curated: { githubRepo: 'https://github.com/orbit-lab/relay.git', projectPage: null } }).curated?.agrees).toBe(true)
    expect(extractPaper({ ...base, curated: { githubRepo: 'https://github.com/orbit-lab/other', projectPage: null } }).curated?.agrees).toBe(false)
    expect(extractPaper({ ...base, curated: { githubRepo: null, projectPage: null } }).curated?.agrees).toBeNull()
  })
})
