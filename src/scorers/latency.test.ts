import { describe, expect, it } from 'vitest';
import { buildScorer, score } from './test-helpers/index.js';

describe('latency', () => {
  it('passes at or under maxMs', async () => {
    const scorer = await buildScorer({ type: 'latency', maxMs: 500 });
    expect(await score(scorer, { latencyMs: 500 })).toEqual({
      value: 1,
      pass: true,
      reason: 'latency 500 ms <= 500 ms',
    });
    expect(await score(scorer, { latencyMs: 812.34567 })).toEqual({
      value: 0,
      pass: false,
      reason: 'latency 812.346 ms > 500 ms',
    });
  });
});
