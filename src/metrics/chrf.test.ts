import { describe, expect, it } from 'vitest';
import { expectClose } from '../test-helpers/close-to.js';
import { chrfFromStatistics, chrfStatistics, corpusChrf, sentenceChrf, sumChrfStatistics } from './chrf.js';
import {
  SACREBLEU_CHRF_CORPUS_CASES,
  SACREBLEU_CHRF_SENTENCE_CASES,
} from './test-helpers/chrf-sacrebleu-cases.js';

describe("sacreBLEU's own tests (test/test_chrf.py, EPSILON = 1e-4)", () => {
  // test_chrf: corpus_chrf(hypotheses, [references], char_order=6, word_order=0, beta=3, eps_smoothing=True)
  it.each([
    [['abcdefg'], ['hijklmnop'], 0],
    [['a'], ['b'], 0],
    [[''], ['b'], 0],
    [[''], ['ref'], 0],
    [[''], ['reference'], 0],
    [['aa'], ['ab'], 8.3333],
    [['a', 'b'], ['a', 'c'], 8.3333],
    [['a'], ['a'], 16.6667],
    [['a b c'], ['a b c'], 50],
    [['a b c'], ['abc'], 50],
    [
      [
        ' risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .',
      ],
      [
        'risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .',
      ],
      63.36173,
    ],
    [
      [' Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. '],
      ['Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.'],
      64.1302698,
    ],
    [
      ['Niemand hat die Absicht, eine Mauer zu errichten'],
      ['Niemand hat die Absicht, eine Mauer zu errichten'],
      100,
    ],
  ])('eps-smoothed chrF of %j against %j is %d', (hypotheses, references, expected) => {
    const score = corpusChrf(
      hypotheses,
      references.map((reference) => [reference]),
      { beta: 3, epsSmoothing: true },
    ).score;
    expectClose(score, expected, 1e-4);
  });

  // test_chrf_eff_order: the same with eps_smoothing=False (sacreBLEU's default)
  it.each([
    [['a'], ['a'], 100],
    [[''], ['reference'], 0],
    [['a b c'], ['a b c'], 100],
    [['a b c'], ['abc'], 100],
    [[''], ['c'], 0],
    [['a', 'b'], ['a', 'c'], 50],
    [['aa'], ['ab'], 25],
  ])('effective-order chrF of %j against %j is %d', (hypotheses, references, expected) => {
    const score = corpusChrf(
      hypotheses,
      references.map((reference) => [reference]),
      { beta: 3 },
    ).score;
    expectClose(score, expected, 1e-4);
  });

  // test_chrf_keep_whitespace: remove_whitespace=False
  it.each([
    [
      'Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.',
      'Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.',
      67.3481606,
    ],
    [
      'risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .',
      'risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .',
      65.2414427,
    ],
  ])('keeps whitespace in %j', (hypothesis, reference, expected) => {
    expectClose(corpusChrf([hypothesis], [[reference]], { beta: 3, whitespace: true }).score, expected, 1e-4);
  });

  // test_chrf_sentence_level: sentence_chrf(hypothesis, references, eps_smoothing=True)
  it.each([
    [
      'Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.',
      'Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.',
      39.14078509,
    ],
    [
      'Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.',
      'A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.',
      31.22557079,
    ],
    [
      'Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.',
      'Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.',
      57.15704367,
    ],
  ])('sentence chrF of %j', (hypothesis, reference, expected) => {
    expectClose(sentenceChrf(hypothesis, [reference], { epsSmoothing: true }).score, expected, 1e-4);
  });
});

describe('corpusChrf against sacreBLEU 2.6.0, to 1e-9', () => {
  it.each(SACREBLEU_CHRF_CORPUS_CASES)(
    '$name',
    ({ hypotheses, references, options, expected, statistics }) => {
      expectClose(corpusChrf(hypotheses, references, options).score, expected);
      const perSegment = hypotheses.map((hypothesis, i) =>
        chrfStatistics(hypothesis, references[i]!, options),
      );
      const sum = sumChrfStatistics(perSegment);
      expect(sum).toEqual(statistics);
      expectClose(chrfFromStatistics(sum, options).score, expected);
    },
  );
});

describe('sentenceChrf against sacreBLEU 2.6.0, to 1e-9', () => {
  it.each(SACREBLEU_CHRF_SENTENCE_CASES)('$name', ({ hypothesis, references, options, expected }) => {
    expectClose(sentenceChrf(hypothesis, references, options).score, expected);
  });
});

describe('statistics', () => {
  it('count character n-grams without whitespace, and no hypothesis n-gram of an order the reference lacks', () => {
    expect(chrfStatistics('abc', ['abd'], { charOrder: 2 })).toEqual({
      hypothesisNgrams: [3, 2],
      referenceNgrams: [3, 2],
      matchingNgrams: [2, 1],
    });
    expect(chrfStatistics('a b c', ['x'], { charOrder: 2 })).toEqual({
      hypothesisNgrams: [3, 0],
      referenceNgrams: [1, 0],
      matchingNgrams: [0, 0],
    });
  });

  it('put the word orders after the character orders', () => {
    expect(chrfStatistics('the cat.', ['the cat'], { charOrder: 1, wordOrder: 2 })).toEqual({
      hypothesisNgrams: [7, 3, 2],
      referenceNgrams: [6, 2, 1],
      matchingNgrams: [6, 2, 1],
    });
  });

  it('must have charOrder + wordOrder orders', () => {
    const statistics = chrfStatistics('abc', ['abd']);
    expect(() => chrfFromStatistics(statistics, { wordOrder: 2 })).toThrow(
      new RangeError(
        'chrfFromStatistics: statistics.hypothesisNgrams must be an array of 8 counts (charOrder + wordOrder)',
      ),
    );
    expect(() => sumChrfStatistics([])).toThrow(new RangeError('sumChrfStatistics: no statistics to sum'));
    expect(() =>
      sumChrfStatistics([statistics, { ...statistics, matchingNgrams: [1, -1, 0, 0, 0, 0] }]),
    ).toThrow(
      new RangeError('sumChrfStatistics: statistics[1].matchingNgrams must hold finite counts ≥ 0, got -1'),
    );
  });
});

describe('bad input', () => {
  it('throws a RangeError where sacreBLEU fails or would truncate', () => {
    expect(() => corpusChrf([], [])).toThrow(new RangeError('corpusChrf: no hypotheses'));
    expect(() => corpusChrf(['a'], [['a'], ['b']])).toThrow(
      new RangeError(
        'corpusChrf: 1 hypotheses but 2 reference lists; references[i] must hold every reference of hypothesis i',
      ),
    );
    expect(() => sentenceChrf('a', [])).toThrow(
      new RangeError('sentenceChrf: references is empty; every hypothesis needs at least one reference'),
    );
  });

  it('throws a TypeError naming the entry that is not a string', () => {
    expect(() => corpusChrf(['a'], [[undefined as unknown as string]])).toThrow(
      new TypeError('corpusChrf: references[0][0] must be a string, got undefined'),
    );
    expect(() => chrfStatistics(null as unknown as string, ['a'])).toThrow(
      new TypeError('chrfStatistics: hypothesis must be a string, got null'),
    );
  });

  it('rejects orders and beta that make no sense', () => {
    expect(() => corpusChrf(['a'], [['a']], { charOrder: 0, wordOrder: 0 })).toThrow(
      new RangeError('corpusChrf: charOrder and wordOrder cannot both be 0'),
    );
    expect(() => corpusChrf(['a'], [['a']], { charOrder: 2.5 })).toThrow(
      new RangeError('corpusChrf: charOrder must be an integer ≥ 0, got 2.5'),
    );
    expect(() => sentenceChrf('a', ['a'], { beta: -1 })).toThrow(
      new RangeError('sentenceChrf: beta must be a finite number ≥ 0, got -1'),
    );
    expect(() => sentenceChrf('a', ['a'], { epsSmoothing: 1 as unknown as boolean })).toThrow(
      new TypeError('sentenceChrf: epsSmoothing must be a boolean, got number'),
    );
  });
});
