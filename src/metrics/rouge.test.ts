import { describe, expect, it } from 'vitest';
import { createRougeScorer, ROUGE_DEFAULT_TYPES, rouge } from './rouge.js';
import { expectClose, expectScores } from './test-helpers/rouge-expect.js';
import {
  ROUGE_PREDICTION_MULTI_0,
  ROUGE_PREDICTIONS,
  ROUGE_TARGET_MULTI_0,
  ROUGE_TARGETS,
} from './test-helpers/rouge-testdata.js';

const prf = (precision: number, recall: number, fmeasure: number) => ({ precision, recall, fmeasure });
const ZERO = prf(0, 0, 0);

// rouge-score's score(target, prediction) takes the reference first; rouge() takes the prediction first.
describe('rouge: google-research rouge/rouge_scorer_test.py', () => {
  it.each(['rougen', 'rouge0', 'rouge10', 'rougel', 'rougeLSum', '', 'rouge1\n'])(
    'rejects the type %j',
    (type) => {
      expect(() => rouge('testing', 'testing one two', { types: [type] })).toThrow(RangeError);
    },
  );

  it('says what is wrong with a type', () => {
    expect(() => rouge('a', 'a', { types: ['rouge0'] })).toThrow(
      'rouge: type "rouge0" needs a positive n (rouge1 to rouge9)',
    );
    expect(() => rouge('a', 'a', { types: ['rougeX'] })).toThrow(
      'rouge: unknown type "rougeX"; expected rouge1 to rouge9, rougeL or rougeLsum',
    );
  });

  it.each(['rouge1', 'rouge9', 'rougeL', 'rougeLsum'])('accepts %s', (type) => {
    expect(Object.keys(rouge('testing', 'testing one two', { types: [type] }))).toEqual([type]);
  });

  it('scores unigrams (testRouge1)', () => {
    expectScores(rouge('testing', 'testing one two', { types: ['rouge1'] }), {
      rouge1: prf(1, 1 / 3, 1 / 2),
    });
  });

  it.each(['rouge1', 'rouge2', 'rougeL', 'rougeLsum'])('gives zeros for an empty prediction: %s', (type) => {
    expect(rouge('', 'testing one two', { types: [type] })).toEqual({ [type]: ZERO });
  });

  it('scores bigrams (testRouge2)', () => {
    expectScores(rouge('testing one', 'testing one two', { types: ['rouge2'] }), {
      rouge2: prf(1, 1 / 2, 2 / 3),
    });
  });

  it('scores LCS, consecutive or not (testRougeLConsecutive, testRougeLNonConsecutive)', () => {
    expectScores(rouge('testing one', 'testing one two', { types: ['rougeL'] }), {
      rougeL: prf(1, 2 / 3, 4 / 5),
    });
    expectScores(rouge('testing two', 'testing one two', { types: ['rougeL'] }), {
      rougeL: prf(1, 2 / 3, 4 / 5),
    });
  });

  it('scores several types at once (testMultipleRougeTypes)', () => {
    expectScores(rouge('testing one', 'testing one two', { types: ['rouge1', 'rougeL'] }), {
      rouge1: prf(1, 2 / 3, 4 / 5),
      rougeL: prf(1, 2 / 3, 4 / 5),
    });
  });

  // The test file checks 5 places against ROUGE-1.5.5 (e.g. rouge1 recall 0.40741 on line 0);
  // the full-precision values below are rouge-score 0.1.2's own, run locally on the same lines.
  it('agrees with ROUGE-1.5.5 on testdata lines 0 and 1, without stemming', () => {
    const types = ['rouge1', 'rouge2', 'rougeL'];
    expectScores(rouge(ROUGE_PREDICTIONS[0]!, ROUGE_TARGETS[0]!, { types }), {
      rouge1: prf(0.6875, 0.4074074074074074, 0.5116279069767441),
      rouge2: prf(0.5333333333333333, 0.3076923076923077, 0.3902439024390244),
      rougeL: prf(0.6875, 0.4074074074074074, 0.5116279069767441),
    });
    expectScores(rouge(ROUGE_PREDICTIONS[1]!, ROUGE_TARGETS[1]!, { types }), {
      rouge1: prf(0.6538461538461539, 0.40476190476190477, 0.5),
      rouge2: prf(0.48, 0.2926829268292683, 0.3636363636363636),
      rougeL: prf(0.6538461538461539, 0.40476190476190477, 0.5),
    });
    const line0 = rouge(ROUGE_PREDICTIONS[0]!, ROUGE_TARGETS[0]!, { types });
    expect(line0.rouge1!.recall).toBeCloseTo(0.40741, 5);
    expect(line0.rouge2!.fmeasure).toBeCloseTo(0.39024, 5);
  });

  it('agrees with ROUGE-1.5.5 -m on testdata lines 0 and 1, with stemming', () => {
    const types = ['rouge1', 'rouge2'];
    expectScores(rouge(ROUGE_PREDICTIONS[0]!, ROUGE_TARGETS[0]!, { types, stemmer: true }), {
      rouge1: prf(0.6875, 0.4074074074074074, 0.5116279069767441),
      rouge2: prf(0.5333333333333333, 0.3076923076923077, 0.3902439024390244),
    });
    expectScores(rouge(ROUGE_PREDICTIONS[1]!, ROUGE_TARGETS[1]!, { types, stemmer: true }), {
      rouge1: prf(0.6923076923076923, 0.42857142857142855, 0.5294117647058824),
      rouge2: prf(0.48, 0.2926829268292683, 0.3636363636363636),
    });
  });

  it('agrees with ROUGE-1.5.5 -m on the multi-sentence rougeLsum file (0.36538 / 0.66667 / 0.47205)', () => {
    expectScores(
      rouge(ROUGE_PREDICTION_MULTI_0, ROUGE_TARGET_MULTI_0, { types: ['rougeLsum'], stemmer: true }),
      {
        rougeLsum: prf(0.6666666666666666, 0.36538461538461536, 0.4720496894409938),
      },
    );
  });

  it('scores summary-level LCS over newline-separated sentences (testRougeLsum)', () => {
    const types = ['rougeLsum'];
    expectScores(rouge('w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', 'w1 w2 w3 w4 w5', { types }), {
      rougeLsum: prf(0.4, 0.8, 0.5333333333333333),
    });
    expect(rouge('', 'w1 w2 w3 w4 w5', { types })).toEqual({ rougeLsum: ZERO });
    expect(rouge('w1', '', { types })).toEqual({ rougeLsum: ZERO });
    expect(rouge('/', 'w1 w2 w3 w4 w5', { types })).toEqual({ rougeLsum: ZERO });
  });
});

// Expected values below: rouge-score 0.1.2 (google-research rouge/, NLTK f2a92bd for the stemmer),
// run locally as RougeScorer(types, use_stemmer).score(reference, prediction) or score_multi.
describe('rouge: more inputs against rouge-score run locally', () => {
  it("reproduces rouge-score's README example, stemmed or not", () => {
    const expected = {
      rouge1: prf(0.75, 0.6666666666666666, 0.7058823529411765),
      rouge2: prf(0.2857142857142857, 0.25, 0.26666666666666666),
      rougeL: prf(0.625, 0.5555555555555556, 0.5882352941176471),
      rougeLsum: prf(0.625, 0.5555555555555556, 0.5882352941176471),
    };
    const types = ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'];
    const prediction = 'The quick brown dog jumps on the log.';
    const reference = 'The quick brown fox jumps over the lazy dog';
    expectScores(rouge(prediction, reference, { types }), expected);
    expectScores(rouge(prediction, reference, { types, stemmer: true }), expected);
  });

  it('matches more words with the stemmer on', () => {
    const prediction = 'The cats were running quick to the meetings, generally.';
    const reference = 'A cat runs quickly to a meeting of generalizations';
    const types = ['rouge1', 'rouge2', 'rougeL'];
    const ninth = 0.1111111111111111;
    expectScores(rouge(prediction, reference, { types }), {
      rouge1: prf(ninth, ninth, ninth),
      rouge2: ZERO,
      rougeL: prf(ninth, ninth, ninth),
    });
    const fiveNinths = 0.5555555555555556;
    expectScores(rouge(prediction, reference, { types, stemmer: true }), {
      rouge1: prf(fiveNinths, fiveNinths, fiveNinths),
      rouge2: ZERO,
      rougeL: prf(fiveNinths, fiveNinths, fiveNinths),
    });
  });

  it('differs between rougeL and rougeLsum on several sentences, with the empty line skipped', () => {
    const reference = 'The cat sat on the mat.\nThe dog barked at the cat.\nIt was a sunny day.';
    const prediction = 'A sunny day.\nThe cat sat on a mat and the dog barked.\n\nNothing else happened.';
    const expected = {
      rougeL: prf(0.5, 0.47058823529411764, 0.48484848484848486),
      rougeLsum: prf(0.625, 0.5882352941176471, 0.6060606060606061),
    };
    expectScores(rouge(prediction, reference, { types: ['rougeL', 'rougeLsum'] }), expected);
    expectScores(rouge(prediction, reference, { types: ['rougeL', 'rougeLsum'], stemmer: true }), expected);
  });

  it('handles repeated tokens and \\r\\n line ends in rougeLsum', () => {
    expectScores(rouge('a a\nb b\na b', 'a b a b\na b', { types: ['rougeL', 'rougeLsum'] }), {
      rougeL: prf(0.8333333333333334, 0.8333333333333334, 0.8333333333333334),
      rougeLsum: prf(1, 1, 1),
    });
    expectScores(rouge('one three\r\ntwo four', 'one two\r\nthree four\r\n', { types: ['rougeLsum'] }), {
      rougeLsum: prf(1, 1, 1),
    });
  });

  it('takes, per type, the reference with the best F (score_multi)', () => {
    const references = ['a dog lay on a rug', 'the cat is on the mat', 'cat sat on mat the'];
    // rouge1 from the third reference, rouge2 and rougeL from the second.
    expectScores(rouge('the cat sat on the mat', references), {
      rouge1: prf(0.8333333333333334, 1, 0.9090909090909091),
      rouge2: prf(0.6, 0.6, 0.6),
      rougeL: prf(0.8333333333333334, 0.8333333333333334, 0.8333333333333334),
    });
    expectScores(rouge('the cat sat on the mat', references[2]!), {
      rouge1: prf(0.8333333333333334, 1, 0.9090909090909091),
      rouge2: prf(0.4, 0.5, 0.4444444444444445),
      rougeL: prf(0.6666666666666666, 0.8, 0.7272727272727272),
    });
  });

  it('keeps the first reference on a tie in F, as numpy.argmax does', () => {
    expectScores(rouge('a b', ['a b c d', 'a'], { types: ['rouge1'] }), {
      rouge1: prf(1, 0.5, 0.6666666666666666),
    });
    expectScores(rouge('a b', ['a', 'a b c d'], { types: ['rouge1'] }), {
      rouge1: prf(0.5, 1, 0.6666666666666666),
    });
  });

  it('counts only ASCII letters and digits, like rouge-score', () => {
    const types = ['rouge1', 'rouge2', 'rougeL'];
    // Prediction tokens: caf, i, stanbul, na, ve, kelvin; reference: cafe, istanbul, naive, kelvin.
    expectScores(rouge('Café İstanbul naïve 中文 \u212Aelvin', 'cafe istanbul naive kelvin', { types }), {
      rouge1: prf(0.16666666666666666, 0.25, 0.2),
      rouge2: ZERO,
      rougeL: prf(0.16666666666666666, 0.25, 0.2),
    });
    expect(rouge('中文 测试', '中文 测试', { types: ['rouge1', 'rougeL', 'rougeLsum'] })).toEqual({
      rouge1: ZERO,
      rougeL: ZERO,
      rougeLsum: ZERO,
    });
  });

  it('scores higher-order n-grams up to rouge9', () => {
    const reference =
      'the quick brown fox jumps over the lazy dog and the quick brown fox sleeps under the old oak tree near the river bank';
    const prediction =
      'the quick brown fox jumps over the lazy dog while the quick brown cat sleeps under the old oak tree by the river';
    expectScores(rouge(prediction, reference, { types: ['rouge3', 'rouge4', 'rouge5', 'rouge9'] }), {
      rouge3: prf(0.5714285714285714, 0.5454545454545454, 0.5581395348837208),
      rouge4: prf(0.45, 0.42857142857142855, 0.4390243902439024),
      rouge5: prf(0.3684210526315789, 0.35, 0.358974358974359),
      rouge9: prf(0.06666666666666667, 0.0625, 0.06451612903225808),
    });
  });

  it('splits numbers and punctuation as rouge-score does', () => {
    const reference = 'In the 1990s, U.S.A. GDP grew 3.5% a year (e-mail: x@y.z)';
    const prediction = 'GDP in the USA grew 3.5 percent in the 1990s; e-mail x@y.z';
    expectScores(rouge(prediction, reference), {
      rouge1: prf(0.75, 0.7058823529411765, 0.7272727272727272),
      rouge2: prf(0.5333333333333333, 0.5, 0.5161290322580646),
      rougeL: prf(0.625, 0.5882352941176471, 0.6060606060606061),
    });
  });
});

describe('rouge: API', () => {
  it('defaults to rouge1, rouge2 and rougeL without stemming', () => {
    expect(ROUGE_DEFAULT_TYPES).toEqual(['rouge1', 'rouge2', 'rougeL']);
    const scores = rouge('running dogs', 'running dog');
    expect(Object.keys(scores)).toEqual(['rouge1', 'rouge2', 'rougeL']);
    expectClose(scores.rouge1!.fmeasure, 0.5);
    expectClose(rouge('running dogs', 'running dog', { stemmer: true }).rouge1!.fmeasure, 1);
  });

  it('gives {} for an empty list of types, as rouge-score does', () => {
    expect(rouge('a', ['a', 'b'], { types: [] })).toEqual({});
  });

  it('builds a reusable scorer', () => {
    const score = createRougeScorer({ types: ['rougeL'], stemmer: true });
    expectScores(score('the cat sat', 'the cat sat on the mat'), { rougeL: prf(1, 0.5, 2 / 3) });
    expectScores(score('meetings', ['meeting', 'x']), { rougeL: prf(1, 1, 1) });
  });

  it('rejects an empty reference list and values that are not strings', () => {
    expect(() => rouge('a', [])).toThrow(
      new RangeError('rouge: the reference list is empty; give at least one reference'),
    );
    expect(() => rouge(undefined as unknown as string, 'a')).toThrow(
      new TypeError('rouge: prediction must be a string, got undefined'),
    );
    expect(() => rouge('a', 5 as unknown as string)).toThrow(
      new TypeError('rouge: reference must be a string or an array of strings, got number'),
    );
    expect(() => rouge('a', ['a', null] as unknown as string[])).toThrow(
      new TypeError('rouge: reference[1] must be a string, got object'),
    );
  });
});
