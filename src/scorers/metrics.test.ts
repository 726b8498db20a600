// The metric scorers agree with the metric library they wrap, keep the statistics corpus figures need,
// and their corpus figure equals the library's corpus score over the same outputs.
import { describe, expect, it } from 'vitest';
import { corpusBleu, sentenceBleu } from '../metrics/bleu.js';
import { corpusChrf, sentenceChrf } from '../metrics/chrf.js';
import { rouge } from '../metrics/rouge.js';
import { squad } from '../metrics/squad.js';
import { buildScorer, score, scoreError } from './test-helpers/index.js';

const pairs: Array<[string, string[]]> = [
  ['The cat sat on the mat.', ['The cat is on the mat.', 'There is a cat on the mat.']],
  ['A quick brown fox jumps over the lazy dog', ['The quick brown fox jumped over the lazy dog']],
  ['Nothing in common here', ['Completely different words']],
  ['It is raining today in Paris.', ['Today it rains in Paris.']],
];

describe('metric scorers', () => {
  it('bleu: sentence BLEU / 100, with the statistics whose sum gives corpus BLEU', async () => {
    const scorer = await buildScorer({ type: 'bleu' });
    const sum: number[] = [];
    for (const [output, references] of pairs) {
      const outcome = await score(scorer, { output, expected: references });
      expect(outcome.value).toBeCloseTo(sentenceBleu(output, references).score / 100, 12);
      expect(outcome.pass).toBe(true);
      outcome.statistics!.forEach((v, i) => {
        sum[i] = (sum[i] ?? 0) + v;
      });
    }
    const corpus = corpusBleu(
      pairs.map(([h]) => h),
      pairs.map(([, r]) => r),
    ).score;
    expect(scorer.corpus!(sum)).toBeCloseTo(corpus / 100, 12);
  });

  it('chrf and chrF++: sentence scores and corpus figure from summed statistics', async () => {
    for (const wordOrder of [0, 2]) {
      const scorer = await buildScorer({ type: 'chrf', wordOrder });
      const sum: number[] = [];
      for (const [output, references] of pairs) {
        const outcome = await score(scorer, { output, expected: references });
        expect(outcome.value).toBeCloseTo(sentenceChrf(output, references, { wordOrder }).score / 100, 12);
        outcome.statistics!.forEach((v, i) => {
          sum[i] = (sum[i] ?? 0) + v;
        });
      }
      const corpus = corpusChrf(
        pairs.map(([h]) => h),
        pairs.map(([, r]) => r),
        { wordOrder },
      ).score;
      expect(scorer.corpus!(sum)).toBeCloseTo(corpus / 100, 12);
    }
  });

  it('rouge: the chosen variant and measure, best over references', async () => {
    const scorer = await buildScorer({ type: 'rouge', variant: 'rouge2', measure: 'recall', stemmer: true });
    const [output, references] = pairs[1]!;
    const outcome = await score(scorer, { output, expected: references });
    expect(outcome.value).toBe(
      rouge(output, references, { types: ['rouge2'], stemmer: true }).rouge2!.recall,
    );
    expect(outcome.reason).toMatch(/^rouge2 P 0\.\d{3} R 0\.\d{3} F 0\.\d{3}$/);
  });

  it('squad-em and squad-f1 against one or several gold answers', async () => {
    const em = await buildScorer({ type: 'squad-em' });
    const f1 = await buildScorer({ type: 'squad-f1', threshold: 0.5 });
    expect(
      await score(em, { output: 'The Eiffel Tower!', expected: ['eiffel tower', 'the tower'] }),
    ).toMatchObject({
      value: 1,
      pass: true,
    });
    const partial = await score(f1, { output: 'in the Eiffel Tower in Paris', expected: 'Eiffel Tower' });
    expect(partial.value).toBe(squad('in the Eiffel Tower in Paris', ['Eiffel Tower']).f1);
    expect(partial.pass).toBe(partial.value >= 0.5);
  });

  it('references come from `value` templates when given', async () => {
    const scorer = await buildScorer({ type: 'bleu', value: ['{{ref_a}}', '{{ref_b}}'], threshold: 0.3 });
    const outcome = await score(scorer, {
      output: 'The cat sat on the mat.',
      vars: { ref_a: 'The cat is on the mat.', ref_b: 'There is a cat on the mat.' },
    });
    expect(outcome.value).toBeCloseTo(sentenceBleu('The cat sat on the mat.', pairs[0]![1]).score / 100, 12);
    expect(outcome.pass).toBe(outcome.value >= 0.3);
  });

  it('a case without references is an error naming what is missing', async () => {
    const scorer = await buildScorer({ type: 'chrf' });
    expect(await scoreError(scorer, { output: 'x' })).toMatch(/case has no expected value/);
  });
});
