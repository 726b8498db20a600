import { describe, expect, it } from 'vitest';
import { buildScorer, score, scoreError } from './test-helpers/index.js';

describe('starts-with', () => {
  it('checks the start of the output against a template', async () => {
    const scorer = await buildScorer({ type: 'starts-with', value: 'Dear {{ name }}' });
    expect(await score(scorer, { output: 'Dear Ada, thanks', vars: { name: 'Ada' } })).toEqual({
      value: 1,
      pass: true,
      reason: 'output starts with "Dear Ada"',
    });
    expect(await score(scorer, { output: 'Hello Ada', vars: { name: 'Ada' } })).toEqual({
      value: 0,
      pass: false,
      reason: 'expected the output to start with "Dear Ada", it starts with "Hello Ad"',
    });
  });

  it('is exact about leading whitespace and case unless ignoreCase', async () => {
    const scorer = await buildScorer({ type: 'starts-with', value: 'Yes' });
    expect((await score(scorer, { output: ' Yes' })).pass).toBe(false);
    expect((await score(scorer, { output: 'yes' })).pass).toBe(false);
    const folded = await buildScorer({ type: 'starts-with', value: 'Yes', ignoreCase: true });
    expect((await score(folded, { output: 'YES!' })).pass).toBe(true);
  });

  it('defaults to the case expected', async () => {
    const scorer = await buildScorer({ type: 'starts-with' });
    expect((await score(scorer, { output: 'B) because', expected: 'B)' })).pass).toBe(true);
    expect(await scoreError(scorer, { output: 'B)' })).toMatch(/^case has no expected value/);
  });
});
