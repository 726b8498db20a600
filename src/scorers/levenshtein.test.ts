import { describe, expect, it } from 'vitest';
import { buildScorer, score } from './test-helpers/index.js';

describe('levenshtein', () => {
  it('passes at the default threshold 0.8 on the trimmed texts', async () => {
    const scorer = await buildScorer({ type: 'levenshtein' });
    expect(await score(scorer, { output: 'kitten\n', expected: 'kitten' })).toEqual({
      value: 1,
      pass: true,
      reason: 'similarity 1 to "kitten" is >= threshold 0.8',
    });
    const outcome = await score(scorer, { output: 'kitten', expected: 'sitting' });
    expect(outcome.value).toBeCloseTo(1 - 3 / 7, 12);
    expect(outcome.pass).toBe(false);
    expect(outcome.reason).toBe('similarity 0.571 to "sitting" is < threshold 0.8');
  });

  it('uses the threshold and value given, folding case on request', async () => {
    const scorer = await buildScorer({
      type: 'levenshtein',
      value: '{{ ref }}',
      threshold: 0.5,
      ignoreCase: true,
    });
    expect(await score(scorer, { output: 'KITTEN', vars: { ref: 'sitting' } })).toMatchObject({ pass: true });
    expect(await score(scorer, { output: 'KITTEN', vars: { ref: 'kitten' } })).toMatchObject({ value: 1 });
  });

  it('rejects a threshold outside [0, 1] in the config', async () => {
    await expect(buildScorer({ type: 'levenshtein', threshold: 2 })).rejects.toThrow(
      /expected number to be <=1/i,
    );
  });
});
