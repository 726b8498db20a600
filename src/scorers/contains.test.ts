import { describe, expect, it } from 'vitest';
import { buildScorer, score, scoreError } from './test-helpers/index.js';

describe('contains', () => {
  it('looks for the case expected by default, as JSON when it is not a string', async () => {
    const scorer = await buildScorer({ type: 'contains' });
    expect(await score(scorer, { output: 'The capital is Paris.', expected: 'Paris' })).toEqual({
      value: 1,
      pass: true,
      reason: 'output contains "Paris"',
    });
    expect(await score(scorer, { output: 'The answer is 42', expected: 42 })).toMatchObject({ pass: true });
    expect(await score(scorer, { output: 'Lyon', expected: 'Paris' })).toEqual({
      value: 0,
      pass: false,
      reason: 'output is missing "Paris"',
    });
    expect(await scoreError(scorer, { output: 'x' })).toMatch(/^case has no expected value/);
  });

  it('scores the share of `all` found and names what is missing', async () => {
    const scorer = await buildScorer({ type: 'contains', all: ['alpha', '{{ second }}', 'gamma', 'delta'] });
    expect(await score(scorer, { output: 'alpha and beta', vars: { second: 'beta' } })).toEqual({
      value: 0.5,
      pass: false,
      reason: 'output is missing "gamma", "delta"',
    });
    expect(await score(scorer, { output: 'alpha beta gamma delta', vars: { second: 'beta' } })).toEqual({
      value: 1,
      pass: true,
      reason: 'output contains "alpha", "beta", "gamma", "delta"',
    });
  });

  it('passes `all` at a threshold below 1', async () => {
    const scorer = await buildScorer({ type: 'contains', all: ['a1', 'b2', 'c3', 'd4'], threshold: 0.75 });
    expect(await score(scorer, { output: 'a1 b2 c3' })).toEqual({
      value: 0.75,
      pass: true,
      reason: 'output is missing "d4"; 0.75 >= threshold 0.75',
    });
  });

  it('passes `any` on the first text found', async () => {
    const scorer = await buildScorer({ type: 'contains', any: ['yes', 'sure'] });
    expect(await score(scorer, { output: 'sure thing' })).toEqual({
      value: 1,
      pass: true,
      reason: 'output contains "sure"',
    });
    expect(await score(scorer, { output: 'no' })).toEqual({
      value: 0,
      pass: false,
      reason: 'output contains none of "yes", "sure"',
    });
  });

  it('folds case without a locale when ignoreCase is set', async () => {
    const scorer = await buildScorer({ type: 'contains', value: 'istanbul', ignoreCase: true });
    expect((await score(scorer, { output: 'ISTANBUL is big' })).pass).toBe(true);
    const strict = await buildScorer({ type: 'contains', value: 'istanbul' });
    expect((await score(strict, { output: 'ISTANBUL is big' })).pass).toBe(false);
  });

  it('lists at most five missing texts', async () => {
    const scorer = await buildScorer({ type: 'contains', all: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] });
    expect((await score(scorer, { output: 'xyz' })).reason).toBe(
      'output is missing "a", "b", "c", "d", "e" and 2 more',
    );
  });
});
