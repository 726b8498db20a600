import { describe, expect, it } from 'vitest';
import { holmAdjust } from './holm.js';

describe('holmAdjust', () => {
  it('matches statsmodels multipletests(method="holm")', () => {
    // multipletests([0.01, 0.04, 0.03, 0.005], method='holm')[1] → [0.03, 0.06, 0.06, 0.02]
    const adjusted = holmAdjust([0.01, 0.04, 0.03, 0.005]);
    expect(adjusted.map((p) => Number(p!.toFixed(12)))).toEqual([0.03, 0.06, 0.06, 0.02]);
  });

  it('caps at 1 and keeps the adjusted values monotone', () => {
    // sorted 1/16, 1/4, 5/16: 3/16, then 2 · 1/4 = 1/2, then 5/16 is raised to 1/2
    expect(holmAdjust([0.3125, 0.0625, 0.25])).toEqual([0.5, 0.1875, 0.5]);
    expect(holmAdjust([0.5, 0.9])).toEqual([1, 1]);
  });

  it('leaves nulls out of the family', () => {
    expect(holmAdjust([null, 0.02, null, 0.04])).toEqual([null, 0.04, null, 0.04]);
    expect(holmAdjust([])).toEqual([]);
  });
});
