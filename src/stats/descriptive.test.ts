import { describe, expect, it } from 'vitest';
import { mean, quantile } from './descriptive.js';

describe('descriptive statistics', () => {
  it('matches numpy.percentile (linear) on a worked example', () => {
    // numpy.percentile([1, 2, 3, 4, 10], [50, 95, 25]) == [3.0, 8.8, 2.0]
    const xs = [10, 1, 4, 3, 2];
    expect(quantile(xs, 0.5)).toBe(3);
    expect(quantile(xs, 0.95)).toBeCloseTo(8.8, 12);
    expect(quantile(xs, 0.25)).toBe(2);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('returns NaN for an empty sample and rejects q outside [0, 1]', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(mean([])).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });

  it('averages', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
  });
});
