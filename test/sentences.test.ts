import { describe, expect, test } from 'vitest'
import { InvalidArgumentError } from '../src/errors.js'
import { splitSentences } from '../src/extract/text/sentences.js'
import { handedCases } from './helpers/fixtures.js'

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  test('handed case sent-number-before-period: a number ends a sentence', () => {
    const c = handedCases().find((x) => x.id === 'sent-number-before-period')
    expect(c).toBeDefined()
    const input = c?.input ?? ''
    expect(splitSentences(input)).toHaveLength((c?.expected as { sentences: number }).sentences)
    expect(sentences(input)).toStrictEqual(['Our model reaches a BLEU score of 30.', 'It also halves decoding time.'])
  })

  test.each([
    ['e.g. and Fig. do not end a sentence', 'Prior work (e.g. BERT) fails. As shown in Fig. 3, ours wins.', ['Prior work (e.g. BERT) fails.', 'As shown in Fig. 3, ours wins.']],
    ['et al. does not end a sentence', 'Smith et al. (2020) disagree. We agree.', ['Smith et al. (2020) disagree.', 'We agree.']],
    ['i.e., vs. and decimals', 'We use rules, i.e., parsers. It works vs. baselines. Accuracy is 3.5 points higher.', ['We use rules, i.e., parsers.', 'It works vs. baselines.', 'Accuracy is 3.5 points higher.']],
    ['Sec., Eq., Tab. and a dotted abbreviation', 'See Sec. 4 and Eq. 2. Tab. 1 lists them. Our U.S. data differ.', ['See Sec. 4 and Eq. 2.', 'Tab. 1 lists them.', 'Our U.S. data differ.']],
    ['etc. before a sentence starter', 'It holds for images, text, etc. We release code.', ['It holds for images, text, etc.', 'We release code.']],
    ['etc. inside a sentence', 'Images, text, etc. are supported.', ['Images, text, etc. are supported.']],
    ['an initial, and a single capital before a starter', 'As J. Smith notes, variant A. The rest follows.', ['As J. Smith notes, variant A.', 'The rest follows.']],
    ['question, exclamation, quotes and parentheses', 'Is it fast? Yes! "Quoted." (An aside.) Next.', ['Is it fast?', 'Yes!', '"Quoted."', '(An aside.)', 'Next.']],
    ['a URL before the period', 'The code is at github.com/a/b. It is MIT-licensed.', ['The code is at github.com/a/b.', 'It is MIT-licensed.']],
    ['a lower-case word after a period is not a new sentence', 'We test on ver. two data. Done.', ['We test on ver. two data.', 'Done.']],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toStrictEqual(expected)
  })

  test('spans cover every non-space character, in order, without overlap', () => {
    const text = '  A first one.  A second (e.g. this). 3. Third?\nFourth!  '
    const spans = splitSentences(text)
    let covered = ''
    let last = 0
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(last)
      covered += text.slice(s.start, s.end)
      last = s.end
    }
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''))
  })

  test('throws InvalidArgumentError on a non-string', () => {
    expect(() => splitSentences(42 as unknown as string)).toThrow(InvalidArgumentError)
    expect(() => splitSentences(42 as unknown as string)).toThrow('Expected string, not `42`')
  })

  test('empty and blank input give no sentence', () => {
    expect(splitSentences('')).toStrictEqual([])
    expect(splitSentences('   \n ')).toStrictEqual([])
  })

  test('adversarial inputs finish in linear time', () => {
    for (const text of ['1. '.repeat(300_000), 'A'.repeat(1_000_000) + '. B', 'a.'.repeat(500_000), '. X'.repeat(300_000)]) {
      const started = performance.now()
      splitSentences(text)
      expect(performance.now() - started).toBeLessThan(20_000)
    }
  })
})
