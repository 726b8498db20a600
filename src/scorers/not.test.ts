import { describe, expect, it } from 'vitest';
import { buildScorer, fakeJudge, score, scoreError, scorerContext } from './test-helpers/index.js';

describe('not', () => {
  it('negates value, pass and reason of the inner scorer', async () => {
    const scorer = await buildScorer({ type: 'not', scorer: { type: 'contains', value: 'sorry' } });
    expect(await score(scorer, { output: 'Here you go' })).toEqual({
      value: 1,
      pass: true,
      reason: 'not: output is missing "sorry"',
    });
    expect(await score(scorer, { output: 'I am sorry' })).toEqual({
      value: 0,
      pass: false,
      reason: 'not: output contains "sorry"',
    });
  });

  it('negates a graded score: 1 − v', async () => {
    const scorer = await buildScorer({ type: 'not', scorer: { type: 'levenshtein', value: 'kitten' } });
    const outcome = await score(scorer, { output: 'sitting' });
    expect(outcome.value).toBeCloseTo(3 / 7, 12);
    expect(outcome.pass).toBe(true);
  });

  it('applies the inner threshold first and its own to 1 − v', async () => {
    const scorer = await buildScorer({
      type: 'not',
      threshold: 0.9,
      scorer: { type: 'contains', all: ['a1', 'b2', 'c3', 'd4'], threshold: 0.5 },
    });
    // Inner: 1 of 4 found, value 0.25 < 0.5 fails; negated: value 0.75 passes, then 0.75 < 0.9 fails.
    expect(await score(scorer, { output: 'a1' })).toEqual({
      value: 0.75,
      pass: false,
      reason: 'not: output is missing "b2", "c3", "d4"; 0.75 < threshold 0.9',
    });
  });

  it('keeps an inner error an error, also from an async inner scorer', async () => {
    const scorer = await buildScorer({ type: 'not', scorer: { type: 'equals' } });
    expect(await scoreError(scorer, { output: 'x' })).toMatch(/^case has no expected value/);
    const judge = fakeJudge(['no verdict here']);
    const negatedJudge = await buildScorer(
      { type: 'not', scorer: { type: 'judge', rubric: 'polite', target: 'j', parseRetries: 0 } },
      scorerContext({ resolveTarget: async () => judge.invoker }),
    );
    expect(await scoreError(negatedJudge, { output: 'x' })).toMatch(
      /^judge judge-model gave no usable verdict/,
    );
  });

  it('reports a bad inner config under the outer scorer name', async () => {
    await expect(
      buildScorer({ type: 'not', name: 'no-apology', scorer: { type: 'regex', pattern: '(' } }),
    ).rejects.toThrow(/^scorer no-apology: pattern: invalid regular expression \/\(\//);
  });
});
