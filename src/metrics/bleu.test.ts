import { describe, expect, it } from 'vitest';
import { expectAllClose, expectClose } from '../test-helpers/close-to.js';
import {
  type BleuResult,
  bleuFromStatistics,
  bleuStatistics,
  corpusBleu,
  sentenceBleu,
  sumBleuStatistics,
} from './bleu.js';
import { SACREBLEU_CORPUS_CASES, SACREBLEU_SENTENCE_CASES } from './test-helpers/bleu-sacrebleu-cases.js';

function expectBleu(actual: BleuResult, expected: BleuResult): void {
  expect(actual.counts).toEqual(expected.counts);
  expect(actual.totals).toEqual(expected.totals);
  expect(actual.sysLen).toBe(expected.sysLen);
  expect(actual.refLen).toBe(expected.refLen);
  expectClose(actual.bp, expected.bp);
  expectAllClose(actual.precisions, expected.precisions);
  expectClose(actual.score, expected.score);
}

// sacreBLEU's README example (test/test_bleu.py `_refs`/`_hyps`), in our layout: references[i] are
// hypothesis i's references.
const README_HYPOTHESES = ['The dog bit the man.', "It wasn't surprising.", 'The man had just bitten him.'];
const README_REFERENCES = [
  ['The dog bit the man.', 'The dog had bit the man.'],
  ['It was not unexpected.', 'No one was surprised.'],
  ['The man bit him first.', 'The man had bitten the dog.'],
];

/** sacreBLEU's `raw_corpus_bleu`: no tokenization, floor smoothing, effective order. */
function rawCorpusBleu(hypotheses: string[], references: string[][], smoothValue = 0.1): BleuResult {
  return corpusBleu(hypotheses, references, {
    tokenize: 'none',
    smooth: 'floor',
    smoothValue,
    effectiveOrder: true,
  });
}

describe("sacreBLEU's own tests", () => {
  // sacrebleu test/test_bleu.py, test_corpus_bleu (EPSILON = 1e-8)
  it.each([
    [{}, 48.530827],
    [{ tokenize: 'none' }, 49.1919566],
    [{ tokenize: '13a' }, 48.530827],
    [{ tokenize: 'intl' }, 43.91623493],
    [{ smooth: 'none' }, 48.530827],
  ] as const)('corpus BLEU of the README example with %j', (options, expected) => {
    expectClose(corpusBleu(README_HYPOTHESES, README_REFERENCES, options).score, expected, 1e-8);
  });

  it('keeps empty hypotheses (test_corpus_bleu)', () => {
    expect(corpusBleu(['', '', ''], README_REFERENCES).score).toBe(0);
  });

  // test_bleu.py, test_max_ngram_order: the score formatted with 2 decimals
  it.each([
    [1, '77.65'],
    [2, '60.50'],
    [3, '53.93'],
    [4, '48.53'],
    [5, '46.14'],
    [6, '43.28'],
  ])('maxNgramOrder %i gives %s', (order, expected) => {
    expect(corpusBleu(README_HYPOTHESES, README_REFERENCES, { maxNgramOrder: order }).score.toFixed(2)).toBe(
      expected,
    );
  });

  // test_bleu.py, test_raw_bleu and test_effective_order (raw_corpus_bleu with smooth_value 0.01, score / 100)
  it.each([
    [['this is a test', 'another test'], ['ref1', 'ref2'], 0],
    [['this is a test'], ['this is a test'], 1],
    [['this is a fest'], ['this is a test'], 0.223606797749979],
    [['test'], ['a test'], 0.3678794411714425],
    [['a test'], ['a test'], 1],
    [['a little test'], ['a test'], 0.03218297948685433],
  ])('raw corpus BLEU of %j against %j is %d', (hypotheses, firstReferences, expected) => {
    // test_raw_bleu's first case has one reference stream ['ref1', 'ref2'] for two hypotheses.
    const references = hypotheses.map((_, i) => [firstReferences[i]!]);
    expectClose(rawCorpusBleu(hypotheses, references, 0.01).score / 100, expected, 1e-8);
  });

  it('counts the statistics of test_statistics and scores test_offset', () => {
    const hypotheses = ['am I am a character sequence'];
    const references = [['I am a symbol string sequence a a']];
    const result = rawCorpusBleu(hypotheses, references, 0.01);
    expect(result.counts).toEqual([4, 2, 1, 0]);
    expect(result.totals).toEqual([6, 5, 4, 3]);
    // test_offset: 0.1555722182 with the default floor of 0.1, exactly 0 with a floor of 0
    expectClose(rawCorpusBleu(hypotheses, references).score / 100, 0.1555722182, 1e-8);
    expect(rawCorpusBleu(hypotheses, references, 0).score).toBe(0);
  });

  it('scores statistics (test_scoring, compute_bleu with smooth none)', () => {
    const statistics = { correct: [9, 7, 5, 3], total: [10, 8, 6, 4], sysLen: 11, refLen: 11 };
    expectClose(bleuFromStatistics(statistics, { smooth: 'none' }).score / 100, 0.8375922397, 1e-8);
  });

  // test_bleu.py, test_degenerate_statistics: compute_bleu(..., smooth_method='floor', smooth_value=offset)
  it.each([
    [[0, 0, 0, 0], [4, 4, 2, 1], 0, 1, 0],
    [[0, 0, 0, 0], [10, 11, 12, 0], 14, 10, 0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0],
    [[6, 5, 4, 0], [6, 5, 4, 3], 6, 6, 0],
    [[0, 0, 0, 0], [0, 0, 0, 0], 0, 0, 0.1],
    [[0, 0, 0, 0], [0, 0, 0, 0], 1, 5, 0.01],
  ])('degenerate statistics %j / %j score exactly 0', (correct, total, sysLen, refLen, smoothValue) => {
    const result = bleuFromStatistics({ correct, total, sysLen, refLen }, { smooth: 'floor', smoothValue });
    expect(result.score).toBe(0);
  });

  // test/test_sentence_bleu.py (EPSILON = 1e-3)
  const REFERENCE = 'producţia de zahăr brut se exprimă în zahăr alb;';
  const SYSTEM = 'Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;';
  it.each([
    [{ smooth: 'exp' }, 8.493],
    [{ smooth: 'none' }, 0],
    [{ smooth: 'floor' }, 4.51688],
    [{ smooth: 'floor', smoothValue: 0.1 }, 4.51688],
    [{ smooth: 'floor', smoothValue: 0.5 }, 10.1],
    [{ smooth: 'add-k' }, 14.882],
    [{ smooth: 'add-k', smoothValue: 1 }, 14.882],
    [{ smooth: 'add-k', smoothValue: 2 }, 21.389],
    [{ tokenize: 'none' }, 7.347],
    [{ tokenize: 'intl' }, 8.493],
    [{ tokenize: 'char' }, 40.8759],
    [{ tokenize: 'char', lowercase: true }, 42.0267],
  ] as const)('sentence BLEU of the #98 example with %j', (options, expected) => {
    expectClose(sentenceBleu(SYSTEM, [REFERENCE], options).score, expected, 1e-3);
  });

  it.each(['exp', 'none', 'floor', 'add-k'] as const)(
    'sentence BLEU is 0 with no match at all (#141), smooth %s',
    (smooth) => {
      expect(sentenceBleu('this is a cat', ['okay thanks'], { smooth }).score).toBe(0);
    },
  );
});

describe('corpusBleu against sacreBLEU 2.6.0, every field to 1e-9', () => {
  it.each(SACREBLEU_CORPUS_CASES)('$name', ({ hypotheses, references, options, expected }) => {
    expectBleu(corpusBleu(hypotheses, references, options), expected);
  });
});

describe('sentenceBleu against sacreBLEU 2.6.0, every field to 1e-9', () => {
  it.each(SACREBLEU_SENTENCE_CASES)('$name', ({ hypothesis, references, options, expected }) => {
    expectBleu(sentenceBleu(hypothesis, references, options), expected);
  });

  it('defaults to effective order, unlike corpusBleu', () => {
    expectClose(sentenceBleu('a test', ['a test']).score, 100); // sacreBLEU: 100.00000000000004
    expect(corpusBleu(['a test'], [['a test']]).score).toBe(0);
  });
});

describe('sufficient statistics', () => {
  it('sum to the corpus result, for every corpus case', () => {
    for (const { hypotheses, references, options, expected } of SACREBLEU_CORPUS_CASES) {
      const perSegment = hypotheses.map((hypothesis, i) =>
        bleuStatistics(hypothesis, references[i]!, options),
      );
      expectBleu(bleuFromStatistics(sumBleuStatistics(perSegment), options), expected);
    }
  });

  it("are one segment's clipped counts, hypothesis length and closest reference length", () => {
    expect(bleuStatistics('the cat sat', ['the cat sat down'])).toEqual({
      correct: [3, 2, 1, 0],
      total: [3, 2, 1, 0],
      sysLen: 3,
      refLen: 4,
    });
    expect(bleuStatistics('the the the', ['the cat', 'the the dog sat'], { maxNgramOrder: 2 })).toEqual({
      correct: [2, 1],
      total: [3, 2],
      sysLen: 3,
      refLen: 2,
    });
  });

  it('are summed element by element', () => {
    const sum = sumBleuStatistics([
      { correct: [1, 2], total: [3, 4], sysLen: 5, refLen: 6 },
      { correct: [10, 20], total: [30, 40], sysLen: 50, refLen: 60 },
    ]);
    expect(sum).toEqual({ correct: [11, 22], total: [33, 44], sysLen: 55, refLen: 66 });
  });

  it('are not modified by add-k smoothing, which reports its own smoothed counts as sacreBLEU does', () => {
    const statistics = { correct: [6, 2, 0, 0], total: [11, 9, 7, 5], sysLen: 11, refLen: 14 };
    const result = bleuFromStatistics(statistics, { smooth: 'add-k', smoothValue: 3 });
    expect(result.counts).toEqual([6, 5, 3, 3]);
    expect(result.totals).toEqual([11, 12, 10, 8]);
    expect(statistics).toEqual({ correct: [6, 2, 0, 0], total: [11, 9, 7, 5], sysLen: 11, refLen: 14 });
  });

  it('take their n-gram order from the arrays', () => {
    const result = bleuFromStatistics({ correct: [2, 1], total: [3, 2], sysLen: 3, refLen: 3 });
    expect(result.precisions).toHaveLength(2);
    // exp(mean(log 66.67, log 50)): sqrt(200/3 * 50)
    expectClose(result.score, Math.sqrt((200 / 3) * 50), 1e-12);
  });
});

describe('bad input', () => {
  it('throws a RangeError where sacreBLEU raises or would truncate', () => {
    expect(() => corpusBleu([], [])).toThrow(new RangeError('corpusBleu: no hypotheses'));
    expect(() => corpusBleu(['a', 'b'], [['a']])).toThrow(
      new RangeError(
        'corpusBleu: 2 hypotheses but 1 reference lists; references[i] must hold every reference of hypothesis i',
      ),
    );
    expect(() => corpusBleu(['a', 'b'], [['a'], []])).toThrow(
      new RangeError('corpusBleu: references[1] is empty; every hypothesis needs at least one reference'),
    );
    expect(() => sentenceBleu('a', [])).toThrow(
      new RangeError('sentenceBleu: references is empty; every hypothesis needs at least one reference'),
    );
  });

  it('throws a TypeError naming the entry that is not a string', () => {
    const untyped = (value: unknown) => value as string[][];
    expect(() => corpusBleu(['a', 3] as unknown as string[], [['a'], ['b']])).toThrow(
      new TypeError('corpusBleu: hypotheses[1] must be a string, got number'),
    );
    expect(() => corpusBleu(['a'], untyped(['a']))).toThrow(
      new TypeError('corpusBleu: references[0] must be an array of reference strings, got string'),
    );
    expect(() => corpusBleu(['a'], untyped([['a', null]]))).toThrow(
      new TypeError('corpusBleu: references[0][1] must be a string, got null'),
    );
    expect(() => bleuStatistics('a', 'a' as unknown as string[])).toThrow(
      new TypeError('bleuStatistics: references must be an array of reference strings, got string'),
    );
  });

  it('rejects unknown options with the valid choices', () => {
    const options = (value: unknown) => value as Parameters<typeof corpusBleu>[2];
    expect(() => corpusBleu(['a'], [['a']], options({ tokenize: 'zh' }))).toThrow(
      new RangeError('corpusBleu: unknown tokenize "zh"; expected one of 13a, intl, char, none'),
    );
    expect(() => sentenceBleu('a', ['a'], options({ smooth: 'add-one' }))).toThrow(
      new RangeError('sentenceBleu: unknown smooth "add-one"; expected one of exp, floor, add-k, none'),
    );
    expect(() => corpusBleu(['a'], [['a']], { maxNgramOrder: 0 })).toThrow(
      new RangeError('corpusBleu: maxNgramOrder must be an integer ≥ 1, got 0'),
    );
    expect(() => corpusBleu(['a'], [['a']], { smooth: 'floor', smoothValue: Number.NaN })).toThrow(
      new RangeError('corpusBleu: smoothValue must be a finite number, got NaN'),
    );
    expect(() => corpusBleu(['a'], [['a']], options({ lowercase: 'yes' }))).toThrow(
      new TypeError('corpusBleu: lowercase must be a boolean, got string'),
    );
  });

  it('rejects statistics that do not fit', () => {
    const statistics = { correct: [1, 0], total: [2, 1], sysLen: 2, refLen: 2 };
    expect(() => bleuFromStatistics(statistics, { maxNgramOrder: 4 })).toThrow(
      new RangeError('bleuFromStatistics: maxNgramOrder is 4 but the statistics have 2 orders'),
    );
    expect(() => bleuFromStatistics({ ...statistics, total: [2] })).toThrow(
      new RangeError('bleuFromStatistics: statistics.total must be an array of 2 counts'),
    );
    expect(() => bleuFromStatistics({ ...statistics, refLen: -1 })).toThrow(
      new RangeError('bleuFromStatistics: statistics.refLen must be a finite length ≥ 0, got -1'),
    );
    expect(() => bleuFromStatistics({ correct: [], total: [], sysLen: 0, refLen: 0 })).toThrow(
      new RangeError('bleuFromStatistics: statistics.correct is empty: BLEU needs at least one n-gram order'),
    );
    expect(() => sumBleuStatistics([])).toThrow(new RangeError('sumBleuStatistics: no statistics to sum'));
    expect(() => sumBleuStatistics([statistics, { ...statistics, correct: [1] }])).toThrow(
      new RangeError('sumBleuStatistics: statistics[1].correct must be an array of 2 counts'),
    );
  });
});
