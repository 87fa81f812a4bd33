import { describe, expect, test } from 'vitest'
import { InvalidArgumentError } from '../src/errors.js'
import { extractQuantities } from '../src/extract/quantities/index.js'
import type { Quantity } from '../src/schema.js'

/** The fields the gold scores, plus the noun and comparator when a row names them. */
type Want = Partial<Pick<Quantity, 'text' | 'value' | 'max' | 'unit' | 'noun' | 'comparator'>>

/** Extract and keep only the fields a row asserts (every row asserts text, value, max and unit). */
function got(input: string, want: readonly Want[]): Want[] {
  return extractQuantities(input).map((q, i) => {
    const w = want[i] ?? {}
    const out: Want = { text: q.text, value: q.value, max: q.max, unit: q.unit }
    if ('noun' in w) out.noun = q.noun
    if ('comparator' in w) out.comparator = q.comparator
    return out
  })
}

/** A row: invented input, the quantities it must give (all of them, in order). */
type Row = [input: string, want: Want[]]

const one = (text: string, value: number, unit: Quantity['unit'], extra: Want = {}): Want => ({ text, value, max: null, unit, ...extra })
const range = (text: string, value: number, max: number, unit: Quantity['unit'], extra: Want = {}): Want => ({ text, value, max, unit, ...extra })

function table(rows: readonly Row[]): void {
  test.each(rows.map(([input, want]) => ({ input, want })))('$input', ({ input, want }) => {
    expect(got(input, want)).toEqual(want)
  })
}

describe('extractQuantities: percent', () => {
  table([
    ['Accuracy rises by 4.2% on the held-out split.', [one('4.2%', 4.2, 'percent', { noun: null })]],
    ['It trims activation memory by 18\\% overall.', [one('18\\%', 18, 'percent')]],
    ['The error shrinks by 12 percent after warm-up.', [one('12 percent', 12, 'percent')]],
    ['Recall improves by 1.8 percentage points.', [one('1.8 percentage points', 1.8, 'percent')]],
    ['A 0.5 percentage-point gain.', [one('0.5 percentage-point', 0.5, 'percent', { noun: 'gain' })]],
    ['The student gains 0.7 pp and 1.1pp on the two splits.', [one('0.7 pp', 0.7, 'percent'), one('1.1pp', 1.1, 'percent')]],
    ['We keep 5$\\%$ of the tokens.', [one('5$\\%$', 5, 'percent')]],
    ['A full-width ５% is rare but 5 % with a space is not.', [one('5 %', 5, 'percent')]],
    ['Its gain is 41.5% parameters fewer.', [one('41.5%', 41.5, 'percent', { noun: 'parameters' })]],
  ])
})

describe('extractQuantities: multipliers and grids', () => {
  table([
    ['The fused kernel gives a 2.25x speedup on long inputs.', [one('2.25x', 2.25, 'times', { noun: 'speedup' })]],
    ['Decoding is up to x6.4 faster.', [one('x6.4', 6.4, 'times', { noun: null, comparator: '<=' })]],
    ['It needs 3.1$\\times$ less memory.', [one('3.1$\\times$', 3.1, 'times')]],
    ['Throughput is 2.4× higher.', [one('2.4×', 2.4, 'times', { noun: null })]],
    ['We report a 4.5\\times reduction in latency.', [one('4.5\\times', 4.5, 'times', { noun: 'reduction' })]],
    ['This yields a 5-fold reduction in cost.', [one('5-fold', 5, 'times', { noun: 'reduction' })]],
    ['Training is 6 times faster than before.', [one('6 times', 6, 'times', { noun: null })]],
    ['Our encoder runs 12times faster.', [one('12times', 12, 'times')]],
    ['Each block uses 3x3 kernels and 1x1 projections.', [one('3x3', 3, null, { noun: 'kernels' }), one('1x1', 1, null, { noun: 'projections' })]],
    ['It renders 1024times1024 images.', [one('1024times1024', 1024, null, { noun: 'images' })]],
    ['It models 32 times 256 times 256 volumes.', [one('32 times 256 times 256', 32, null)]],
  ])
})

describe('extractQuantities: scale suffixes', () => {
  table([
    ['We train for 10k steps.', [one('10k', 10000, null, { noun: 'steps' })]],
    ['A 350M model sees 1.5B tokens.', [one('350M', 350000000, null, { noun: 'model' }), one('1.5B', 1500000000, null, { noun: 'tokens' })]],
    ['Pretraining uses 1.4T tokens.', [one('1.4T', 1.4e12, null, { noun: 'tokens' })]],
    // A hyphenated compound is an adjective, like a unit (`8-bit matrix multiplication`): the noun is the head after it.
    ['It is a 65B-parameter decoder.', [one('65B', 65e9, null, { noun: 'parameter' })]],
    ['The corpus has 2.5 million images.', [one('2.5 million', 2.5e6, null, { noun: 'images' })]],
    ['Pretrained on 9T curated tokens.', [one('9T', 9e12, null, { noun: 'tokens' })]],
    ['A batch size of 4K is used.', [one('4K', 4000, null)]],
  ])
})

describe('extractQuantities: bits, bytes, FLOPs, dB, other units', () => {
  table([
    ['We store 8-bit weights.', [one('8-bit', 8, 'bit', { noun: 'weights' })]],
    ['An accurate 4 Bit kernel.', [one('4 Bit', 4, 'bit', { noun: 'kernel' })]],
    ['Activations are quantized to 3 bits.', [one('3 bits', 3, 'bit')]],
    ['A 2-to-8b precision engine.', [range('2-to-8b', 2, 8, 'bit')]],
    ['Weights use 6b codes.', [one('6b', 6, 'bit', { noun: 'codes' })]],
    ['It fits in 8 GB of memory.', [one('8 GB', 8e9, 'byte')]],
    ['Peak use is 24GB.', [one('24GB', 24e9, 'byte')]],
    ['The cache takes 512 MB.', [one('512 MB', 512e6, 'byte')]],
    ['Pages are 4 KiB.', [one('4 KiB', 4096, 'byte')]],
    ['Each step costs 3 GFLOPs.', [one('3 GFLOPs', 3e9, 'FLOPs')]],
    ['It needs 1.2 TFLOPs per token.', [one('1.2 TFLOPs', 1.2e12, 'FLOPs')]],
    ['It removes 45% FLOPs.', [one('45%', 45, 'percent', { noun: 'FLOPs' })]],
    ['The codec gains 0.9 dB PSNR.', [one('0.9 dB', 0.9, 'dB', { noun: 'PSNR' })]],
    ['Chips built in 28nm reach 210 Gop/s.', [one('28nm', 28, null), one('210 Gop/s', 210, null)]],
    ['A 1080p stream.', [one('1080p', 1080, null, { noun: 'stream' })]],
  ])
})

describe('extractQuantities: time units (prefixed units scale into seconds)', () => {
  table([
    ['Training finishes in 76 minutes.', [one('76 minutes', 76, 'minute')]],
    ['Latency is 62ms per query.', [one('62ms', 0.062, 'second')]],
    ['Each call takes 250 µs.', [one('250 µs', 0.00025, 'second')]],
    ['It needs 1.5 hours on one node.', [one('1.5 hours', 1.5, 'hour')]],
    ['It trains for 3 days.', [one('3 days', 3, 'day')]],
    ['The attack needs 2 GPU hours.', [one('2 GPU hours', 2, 'hour')]],
    ['We cut 8-second clips.', [one('8-second', 8, 'second', { noun: 'clips' })]],
    ['It ran for 0.4s only.', [one('0.4s', 0.4, 'second')]],
    ['Data spans 12 years of logs.', [one('12 years', 12, 'year')]],
  ])
})

describe('extractQuantities: ranges', () => {
  table([
    ['Our kernel is 1.6 - 2.9x faster.', [range('1.6 - 2.9x', 1.6, 2.9, 'times')]],
    ['Gains of 2 -- 6x are typical.', [range('2 -- 6x', 2, 6, 'times')]],
    ['PSNR rises by 0.4–1.2 dB.', [range('0.4–1.2 dB', 0.4, 1.2, 'dB')]],
    ['We stack from 2 to 5 layers.', [range('2 to 5', 2, 5, null, { noun: 'layers' })]],
    ['Runs last between 3 and 4 hours.', [range('3 and 4 hours', 3, 4, 'hour')]],
    ['It skips 10-15% of heads.', [range('10-15%', 10, 15, 'percent')]],
    ['It beats them by 22.5% to 31.0%.', [range('22.5% to 31.0%', 22.5, 31, 'percent')]],
    ['Models of 1B--13B parameters.', [range('1B--13B', 1e9, 13e9, null, { noun: 'parameters' })]],
    ['Sizes range from 125M to 6.7B.', [range('125M to 6.7B', 125e6, 6.7e9, null)]],
    ['It cuts time by 9%~41%.', [range('9%~41%', 9, 41, 'percent')]],
    ['Each lasts 1-3 sec.', [range('1-3 sec', 1, 3, 'second')]],
    ['We use 1.7x - 2.6x less memory.', [range('1.7x - 2.6x', 1.7, 2.6, 'times')]],
    ['Weights take 2-2.5 bits each.', [range('2-2.5 bits', 2, 2.5, 'bit')]],
    ['A 1-7B family.', [range('1-7B', 1e9, 7e9, null, { noun: 'family' })]],
  ])

  test('a change reported with from … to gives two values, not a range', () => {
    expect(got('The score improved from 61.2 to 64.8 on the test set.', [])).toEqual([one('61.2', 61.2, null), one('64.8', 64.8, null)])
  })
  test('a change reported over several words, or continued with and from, gives two values each', () => {
    expect(got('It raises the average score on twelve suites from 48% to 57%.', [])).toEqual([one('twelve', 12, null), one('48%', 48, 'percent'), one('57%', 57, 'percent')])
    expect(got('Accuracy increased from 77.5% to 83.9% on A and from 46.1% to 51.2% on B.', [])).toEqual([
      one('77.5%', 77.5, 'percent'),
      one('83.9%', 83.9, 'percent'),
      one('46.1%', 46.1, 'percent'),
      one('51.2%', 51.2, 'percent'),
    ])
    // Negative: `ranging from` and a coordinated `from` with no verb of change are ranges.
    expect(got('We reduce the cost of models with sizes ranging from 1B to 7B.', [])).toEqual([range('1B to 7B', 1e9, 7e9, null)])
    expect(got('We use models from 1B to 7B and from 10 to 20 layers.', [])).toEqual([range('1B to 7B', 1e9, 7e9, null), range('10 to 20', 10, 20, null)])
  })
  test('a year-shaped number after a word comparator or before a plural noun is a count; sizes in a list stay', () => {
    expect(got('It holds over 25000 snapshots from more than 2000 diverse tuned models.', [])).toEqual([one('25000', 25000, null), one('2000', 2000, null)])
    expect(got('We collect 2000 samples and sizes (1B, 3B) and a model (7B).', [])).toEqual([one('2000', 2000, null), one('1B', 1e9, null), one('3B', 3e9, null), one('7B', 7e9, null)])
  })
  test('a factor of N is a multiplier (unit times); the words stay out of the text', () => {
    expect(got('It cuts memory by a factor of 2.6 on long inputs.', [])).toEqual([one('2.6', 2.6, 'times')])
  })
  test('a decimal after a name that ends in its number is a score, not a name variant', () => {
    expect(got('It reaches 88.2 on Zeta2Web, 47.5 on DeskWorld.', [])).toEqual([one('88.2', 88.2, null), one('47.5', 47.5, null)])
    expect(got("It adds +4.79 on QUIZ'25 and +5.21 on QUIZ'24.", [])).toEqual([one('+4.79', 4.79, null), one('+5.21', 5.21, null)])
  })
  test('the words between the verb of change and from may be hyphenated or carry digits', () => {
    expect(got('It boosts Zeta2.5-VL-3B from 80.11% to 83.57%.', [])).toEqual([one('80.11%', 80.11, 'percent'), one('83.57%', 83.57, 'percent')])
    expect(got('It boosts its Zeta-Bench score from 13.3 to 79.2.', [])).toEqual([one('13.3', 13.3, null), one('79.2', 79.2, null)])
    expect(got('It lifts GSM8K accuracy from 61% to 70%.', [])).toEqual([one('61%', 61, 'percent'), one('70%', 70, 'percent')])
  })
  test('different units are two quantities', () => {
    expect(got('Training drops from 5 days to 40 minutes.', [])).toEqual([one('5 days', 5, 'day'), one('40 minutes', 40, 'minute')])
  })
  test('a descending pair is not a range', () => {
    expect(got('It went 9-4 in the league.', [])).toEqual([one('9', 9, null), one('4', 4, null)])
  })
})

describe('extractQuantities: comparators', () => {
  table([
    ['with <1% accuracy loss', [one('<1%', 1, 'percent', { comparator: '<', noun: 'accuracy loss' })]],
    ['It saves up to 40% memory.', [one('40%', 40, 'percent', { comparator: '<=', noun: 'memory' })]],
    ['We cover more than 20 languages.', [one('20', 20, null, { comparator: '>', noun: 'languages' })]],
    ['It is about 3x faster.', [one('3x', 3, 'times', { comparator: '~' })]],
    ['It keeps $\\sim$85\\% of the quality.', [one('$\\sim$85\\%', 85, 'percent', { comparator: '~' })]],
    ['It converges in ~12 hours.', [one('~12 hours', 12, 'hour', { comparator: '~' })]],
    ['We average at least 5 seeds.', [one('5', 5, null, { comparator: '>=', noun: 'seeds' })]],
    ['The gap is ≈ 2.3 dB.', [one('≈ 2.3 dB', 2.3, 'dB', { comparator: '~' })]],
    ['It needs less than 1 GPU hour.', [one('1 GPU hour', 1, 'hour', { comparator: '<' })]],
    ['Error stays at 9% or less.', [one('9%', 9, 'percent', { comparator: '<=' })]],
    ['It scores over 70% on the suite.', [one('70%', 70, 'percent', { comparator: '>' })]],
    ['Roughly 300 annotators helped.', [one('300', 300, null, { comparator: '~', noun: 'annotators' })]],
    ['The prompt has \\sim 40 tokens.', [one('\\sim 40', 40, null, { comparator: '~', noun: 'tokens' })]],
    ['It keeps $<$2\\% error.', [one('$<$2\\%', 2, 'percent', { comparator: '<' })]],
    ['They collected 100+ tasks.', [one('100+', 100, null, { comparator: '>=', noun: 'tasks' })]],
    ['with (sim7%) overhead', [one('sim7%', 7, 'percent', { comparator: '~' })]],
    ['It runs under 4-bit weights.', [one('4-bit', 4, 'bit', { comparator: null, noun: 'weights' })]],
    ['The LaTeX space in by~5\\% is not a tilde.', [one('5\\%', 5, 'percent', { comparator: null })]],
  ])
})

describe('extractQuantities: lists, fractions, signs', () => {
  table([
    ['Keys and values use 3 and 6 bits, respectively.', [one('3', 3, 'bit'), one('6 bits', 6, 'bit')]],
    ['Memory and latency drop by 12% and 7%, respectively.', [one('12%', 12, 'percent'), one('7%', 7, 'percent')]],
    ['We try 7, 13 and 30B models.', [one('7', 7e9, null), one('13', 13e9, null), one('30B', 30e9, null, { noun: 'models' })]],
    ['It uses 1/4 of the memory.', [one('1/4', 0.25, null)]],
    ['It wins on 5 out of 8 tasks.', [one('5', 5, null, { noun: null }), one('8', 8, null, { noun: 'tasks' })]],
    ['Kernels for 4/8-bit weights.', [one('4', 4, 'bit'), one('8-bit', 8, 'bit', { noun: 'weights' })]],
    ['It adds +2.3 BLEU.', [one('+2.3', 2.3, null, { noun: 'BLEU' })]],
    ['The bias ends at -0.5 after training.', [one('-0.5', -0.5, null)]],
    ['It keeps accuracy—95% of it—and memory---2x less.', [one('95%', 95, 'percent'), one('2x', 2, 'times')]],
    ['Weights span -1 to 1.', [range('-1 to 1', -1, 1, null)]],
    ['Accuracy is 91.2 ± 0.3 and 88.1 \\pm 0.4.', [one('91.2', 91.2, null), one('88.1', 88.1, null)]],
    ['A warmup of 2,000 steps.', [one('2,000', 2000, null, { noun: 'steps' })]],
    ['We sample 1,000,000 pairs.', [one('1,000,000', 1e6, null, { noun: 'pairs' })]],
    ['It is pruned to 0 heads.', [one('0', 0, null, { noun: 'heads' })]],
    ['A learning rate of 1e-4 over 3.2E+5 steps.', [one('1e-4', 0.0001, null), one('3.2E+5', 320000, null, { noun: 'steps' })]],
    ['Trained on 8 × H100 cards.', [one('8', 8, null)]],
    ['A 175-billion-parameter model.', [one('175-billion', 175e9, null, { noun: 'parameter' })]],
    ['We train for 2 \\times 10^5 steps.', [one('2 \\times 10^5', 2e5, null, { noun: 'steps' })]],
    ['Frames at 256^2 resolution.', [one('256^2', 256, null, { noun: 'resolution' })]],
    ['About 10^9 parameters and a $10^{-3}$ tolerance.', [one('10^9', 1e9, null, { noun: 'parameters', comparator: '~' }), one('10^{-3}', 0.001, null, { noun: 'tolerance' })]],
  ])
})

describe('extractQuantities: nouns', () => {
  table([
    ['The encoder has 12 layers.', [one('12', 12, null, { noun: 'layers' })]],
    ['It uses 8 attention heads each.', [one('8', 8, null, { noun: 'attention heads' })]],
    ['It reaches 47.3% mAP on the benchmark.', [one('47.3%', 47.3, 'percent', { noun: 'mAP' })]],
    ['A 1.9% performance drop remains.', [one('1.9%', 1.9, 'percent', { noun: 'performance drop' })]],
    ['It brings a 3x memory overhead reduction.', [one('3x', 3, 'times', { noun: 'memory overhead reduction' })]],
    ['It saves 6.6x total compute costs.', [one('6.6x', 6.6, 'times', { noun: 'compute costs' })]],
    ['Across 9 distinct retrieval tasks.', [one('9', 9, null, { noun: 'retrieval tasks' })]],
    ['Tested with 40 widely used prompts.', [one('40', 40, null, { noun: 'prompts' })]],
    ['Models with 200M parameter budgets.', [one('200M', 2e8, null, { noun: 'parameter' })]],
    ['A 3x speedup kernel.', [one('3x', 3, 'times', { noun: 'speedup' })]],
    ['It is 8.7x faster to train.', [one('8.7x', 8.7, 'times', { noun: null })]],
    ['It reaches an accuracy of 75.2%.', [one('75.2%', 75.2, 'percent', { noun: null })]],
    ['Set the bias at 0 creates a dead unit.', [one('0', 0, null, { noun: null })]],
    ['A 4% bias reduction and a 2% basis change.', [one('4%', 4, 'percent', { noun: 'bias reduction' }), one('2%', 2, 'percent', { noun: 'basis change' })]],
    ['A 2.5x speed up is seen.', [one('2.5x', 2.5, 'times', { noun: 'speed up' })]],
    ['Its 16-layer variant.', [one('16', 16, null, { noun: 'layer' })]],
    ['A 2,048-token window.', [one('2,048', 2048, null, { noun: 'token' })]],
    ['This 40B activated (300B total) model.', [one('40B', 40e9, null, { noun: null }), one('300B', 300e9, null, { noun: null })]],
  ])
})

describe('extractQuantities: digits that belong to names yield nothing', () => {
  test.each([
    'We fine-tune Llama-3-8B and Qwen2.5-7B-Instruct on it.',
    'Backbones are ResNet-50, ResNet-101 and VGG-16.',
    'Results on CIFAR100-LT, ImageNet-1K and iNat2018.',
    'It extends SageAttention2 with INT4 and FP8 kernels on an RTX4090.',
    'It handles 3D scenes and 2D images, also 3-D meshes.',
    'We report top-1 and top-5 accuracy.',
    'We use Mistral-7B-Instruct-v0.2 and the v0.3 tokenizer.',
    "NEVIS'22 and the '90s benchmarks.",
    'The L$^2$ norm and ell_2 penalty.',
    'Attention costs O(n^2) and O(1/K) overall, or O(L^{4/3}).',
    'A 2^{10} table, x^2 terms and 3^4 cells; W_{12} and O(10^9).',
    'We compare with Llama 3.1 and Qwen 3 and Llama 3 8B.',
    'We compare with GPT 4 and DurIAN-E 2.',
    'Models include o4-mini-2025-04-16 and Gemini-2.0-Flash-001.',
    'Datasets: Human3.6M, GSM8K, T5, W4A16.',
    'It supports 5G links and 2nd-order terms.',
    'See Table 2, Fig. 3 and Eq. (4).',
    'The method (1) prunes heads and (2) merges tokens.',
    'It has goals: 1) speed and 2) accuracy.',
    'As shown before [12, 14], and in [3-5].',
    'Prior work (Smith et al., 2021) did this in 2019.',
    'Version 1.2.3.4 of the tool.',
    'Scores on ImageNet-1K and 22K improve.',
    'Scores on CIFAR-10/100 improve.',
    'It lifts TinyLM-90M to 350M quality and helps OPT-1.3B and 2.7B.',
    'The BraTS Challenge 2018 and 2019 data.',
    'We start from Zephyr 8x7B as the language backbone.',
    'The strongest, Zeta-3 (235B) and Mistolo (24B), fall short; so does the Gamma 2 (2B) model.',
    'In 2023 researchers noticed it; data from 2019 and 2020 were used.',
    'Gains fall roughly as 1/k and vanish as 1/N grows.',
    'See arXiv:2301.12345 and https://example.org/v2/item?id=5 or www.example.com/page7.',
  ])('%s', (input) => {
    const digitsOnly = extractQuantities(input).filter((q) => /\d/.test(q.text))
    expect(digitsOnly).toEqual([])
  })
})

describe('extractQuantities: licences and versions are names, not quantities', () => {
  table([
    ['The corpus is released under the CC-BY 4.0 license with 12 splits.', [one('12', 12, null, { noun: 'splits' })]],
    ['Weights are licensed under CC BY-NC-SA 4.0 for research.', []],
    ['All assets (CC0 1.0) and 3 demos are public.', [one('3', 3, null, { noun: 'demos' })]],
    ['It ships under the Apache 2.0 License and GPL-3.0.', []],
    ['We build on Lynx v1.5 and the 2.0 International License.', []],
    // Negative: a licence mentioned without a version does not hide a reported number.
    ['The license allows 4.0 points of gain.', [one('4.0', 4, null, { noun: 'points' })]],
    ['It gains 4.0 BLEU under CC-style sharing.', [one('4.0', 4, null, { noun: 'BLEU' })]],
    // A release number `N.N` after an ALL-CAPS name is its version (invented names).
    ['We fine-tune on ZQA 2.0 and compare with XYM 3.5, TB 1.0 and TB 2.0.', []],
    // Negative: after an ALL-CAPS metric, or with more digits, it is a score.
    ['It reaches FID 2.1 and WER 4.5.', [one('2.1', 2.1, null), one('4.5', 4.5, null)]],
    ['It reaches QBS 1.34 and MAP 0.85.', [one('1.34', 1.34, null), one('0.85', 0.85, null)]],
  ])
})

describe('extractQuantities: digits inside a formula are indices', () => {
  table([
    ['The update is (d_k = s_{k+1} - s_k) for every step.', []],
    ['It predicts y_{t - 1} from 2^{n+1} states.', []],
    // Negative: a parameter setting outside a script group stays a quantity.
    ['With d_k fixed and K = 64 heads, it converges.', [one('64', 64, null, { noun: 'heads' })]],
    ['The set {1, 2} has 2 items.', [one('1', 1, null), one('2', 2, null), one('2', 2, null, { noun: 'items' })]],
  ])
})

describe('extractQuantities: ratios give their first number, unit null (as a grid)', () => {
  table([
    ['Judges prefer it with a 4:1 win rate.', [one('4:1', 4, null, { noun: 'win rate' })]],
    ['Data are mixed 1:2:1 across the three sources.', [one('1:2:1', 1, null)]],
    ['Ratio 1:1 mixing.', [one('1:1', 1, null, { noun: 'mixing' })]],
    // Negative: a colon after a word or inside an identifier is not a ratio.
    ['See arXiv:2301.12345 for details.', []],
    ['The port host:8080 answers.', []],
  ])
})

describe('extractQuantities: the noun is a noun (blind-review kinds)', () => {
  table([
    // A hyphen used as a dash ends the noun.
    ['The set has 250 thousand boxes-an average of 9 per scene.', [one('250 thousand', 250000, null, { noun: 'boxes' }), one('9', 9, null, { noun: null })]],
    ['It covers 40 domains-roughly twice as many.', [one('40', 40, null, { noun: 'domains' }), one('twice', 2, 'times')]],
    // Negative: inner hyphens of a noun stay (`state-of-the-art`, `trial-and-error`).
    ['It beats 5 state-of-the-art baselines after 3 trial-and-error rounds.', [one('5', 5, null, { noun: 'baselines' }), one('3', 3, null, { noun: 'trial-and-error rounds' })]],
    // A verb or preposition after the number is not its noun.
    ['Decoders from 60M to 3B exhibit the same trend.', [range('60M to 3B', 60e6, 3e9, null, { noun: null })]],
    ['It scores +12.4 inside the simulator.', [one('+12.4', 12.4, null, { noun: null })]],
    ['Sizes of 1B to 8B consistently outperform it.', [range('1B to 8B', 1e9, 8e9, null, { noun: null })]],
    // An adjective with no head noun gives no noun; with a head it stays in the phrase.
    ['It uses 8x8 temporal, not spatial, windows.', [one('8x8', 8, null, { noun: null })]],
    ['It uses 8x8 temporal windows.', [one('8x8', 8, null, { noun: 'temporal windows' })]],
    ['We test 12 visual reasoning tasks.', [one('12', 12, null, { noun: 'visual reasoning tasks' })]],
    // An adverb after the noun ends it; the head after a hyphenated count is the noun.
    ['We release a 512-question benchmark recently collected.', [one('512', 512, null, { noun: 'benchmark' })]],
    ['A 7B model family trained on 30% anomaly data.', [one('7B', 7e9, null, { noun: 'model family' }), one('30%', 30, 'percent', { noun: 'anomaly data' })]],
    ['It runs a 4-step sampler.', [one('4', 4, null, { noun: 'step' })]],
    // Negative: a capitalised name or a name-number after the hyphenated count keeps the count's own word.
    ['It tunes an 8-billion-parameter Lynx 2 model.', [one('8-billion', 8e9, null, { noun: 'parameter' })]],
    ['A 100-task.', [one('100', 100, null, { noun: 'task' })]],
    // A metric at a cut-off keeps its `@k`.
    ['It reaches 71.5% pass@1 and 80.2% Recall@10.', [one('71.5%', 71.5, 'percent', { noun: 'pass@1' }), one('80.2%', 80.2, 'percent', { noun: 'Recall@10' })]],
    ['It gains 3.4 nDCG@10 points.', [one('3.4', 3.4, null, { noun: 'nDCG@10 points' })]],
  ])
})

describe('extractQuantities: spelled-out numbers', () => {
  table([
    ['We run four experiments on it.', [one('four', 4, null, { noun: 'experiments' })]],
    ['Tuning three hyperparameters is enough.', [one('three', 3, null, { noun: 'hyperparameters' })]],
    ['A two-stage pipeline.', [one('two-stage', 2, null, { noun: null })]],
    ['It uses less than a quarter of the heads.', [one('a quarter', 0.25, null, { comparator: '<' })]],
    ['It cuts latency by half.', [one('half', 0.5, null)]],
    ['It cuts the error by more than half.', [one('half', 0.5, null, { comparator: '>' })]],
    ['It is twice as fast.', [one('twice', 2, 'times')]],
    ['It has a two times smaller footprint.', [one('two times', 2, 'times')]],
    ['It needs just one layer.', [one('one', 1, null, { noun: 'layer' })]],
    ['It trains on twenty-three datasets.', [one('twenty-three', 23, null, { noun: 'datasets' })]],
    ['We name seven widely used benchmarks.', [one('seven', 7, null, { noun: 'benchmarks' })]],
    ['A three-fold speedup.', [one('three-fold', 3, 'times', { noun: 'speedup' })]],
    ['We use two thirds of the budget.', [one('two thirds', 2 / 3, null)]],
  ])

  test.each([
    'One of the baselines is strong.',
    'It handles one document at one time.',
    'We compare the two models.',
    'Pick any two layers.',
    'First, we prune. Second, we merge.',
    'A three-dimensional volume.',
    'Half of the heads are idle.',
    'The loss is applied twice.',
    'It ran in two.',
  ])('no spelled-out quantity: %s', (input) => {
    expect(extractQuantities(input)).toEqual([])
  })
})

describe('extractQuantities: record shape', () => {
  test('spans slice back to the text, also for LaTeX forms, in order', () => {
    const text = 'We keep 15\\% and gain 3.1$\\times$ with $\\sim$2 -- 6x, i.e. \\sim 3\\times overall.'
    const quantities = extractQuantities(text)
    expect(quantities.map((q) => q.text)).toEqual(['15\\%', '3.1$\\times$', '$\\sim$2 -- 6x', '\\sim 3\\times'])
    for (const q of quantities) {
      expect(q.span.field).toBe('text')
      expect(text.slice(q.span.start, q.span.end)).toBe(q.text)
    }
    expect(quantities.map((q) => q.span.start)).toEqual([...quantities.map((q) => q.span.start)].sort((a, b) => a - b))
  })

  test('every quantity has a kebab-case rule and a confidence in 0..1', () => {
    for (const q of extractQuantities('It has 12 layers, a 2x speedup, 3-5% loss and four heads.')) {
      expect(q.rule).toMatch(/^[a-z]+(?:-[a-z]+)*$/)
      expect(q.confidence).toBeGreaterThan(0)
      expect(q.confidence).toBeLessThanOrEqual(1)
    }
  })

  test('empty and digit-free text give nothing', () => {
    expect(extractQuantities('')).toEqual([])
    expect(extractQuantities('No numbers here at all.')).toEqual([])
  })

  test('a non-string throws InvalidArgumentError with the contract message', () => {
    expect(() => extractQuantities(42 as unknown as string)).toThrow(InvalidArgumentError)
    expect(() => extractQuantities(42 as unknown as string)).toThrow('Expected string, not `42`')
    expect(() => extractQuantities(null as unknown as string)).toThrow('Expected string, not `null`')
  })
})
