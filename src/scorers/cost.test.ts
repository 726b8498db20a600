import { describe, expect, it } from 'vitest';
import { buildScorer, score } from './test-helpers/index.js';

describe('cost', () => {
  it('passes at or under max', async () => {
    const scorer = await buildScorer({ type: 'cost', max: 0.002 });
    expect(await score(scorer, { cost: 0.0000125 })).toEqual({
      value: 1,
      pass: true,
      reason: 'cost $0.0000125 <= $0.002',
    });
    expect(await score(scorer, { cost: 0.002 })).toMatchObject({ pass: true });
    expect(await score(scorer, { cost: 0.0031 })).toEqual({
      value: 0,
      pass: false,
      reason: 'cost $0.0031 > $0.002',
    });
  });

  it('fails an output whose target reported no cost', async () => {
    const scorer = await buildScorer({ type: 'cost', max: 1 });
    expect(await score(scorer, {})).toEqual({
      value: 0,
      pass: false,
      reason: 'no cost reported for this output',
    });
  });
});
