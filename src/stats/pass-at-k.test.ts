import { describe, expect, it } from 'vitest';
import { expectClose, expectRelativeClose } from '../test-helpers/close-to.js';
import { meanPassAtK, meanPassHatK, passAtK, passHatK } from './pass-at-k.js';

describe('passAtK and passHatK', () => {
  // [n, c, k, pass@k, pass^k]: exact rational values, Python fractions:
  // 1 − Fraction(comb(n − c, k), comb(n, k)) and Fraction(comb(c, k), comb(n, k)), rounded to double.
  // The Codex numpy snippet 1 − np.prod(1 − k / np.arange(n − c + 1, n + 1)) agrees to 3e-16 on all rows.
  const rows: Array<[number, number, number, number, number]> = [
    [10, 3, 1, 0.3, 0.3],
    [10, 3, 5, 0.9166666666666666, 0],
    [10, 0, 3, 0, 0],
    [10, 10, 3, 1, 1],
    [200, 37, 1, 0.185, 0.185],
    [200, 37, 10, 0.8773745673794602, 1.5515124900677956e-8],
    [200, 37, 100, 0.9999999999998803, 0],
    [200, 1, 1, 0.005, 0.005],
    [100, 2, 50, 0.7525252525252525, 0],
    [5, 4, 2, 1, 0.6],
    [20, 5, 16, 1, 0],
    [1, 1, 1, 1, 1],
    [1, 0, 1, 0, 0],
  ];

  it.each(rows)('n=%i c=%i k=%i', (n, c, k, atK, hatK) => {
    expectClose(passAtK(n, c, k), atK, 1e-15);
    expectClose(passHatK(n, c, k), hatK, 1e-15);
    if (hatK > 0) expectRelativeClose(passHatK(n, c, k), hatK, 1e-14);
  });

  it('keeps the relative precision of a tiny pass@k', () => {
    // Exact: 1e-6. The numpy snippet returns 1.0000000000287557e-06 (1 − 0.999999 cancels).
    expectRelativeClose(passAtK(1_000_000, 1, 1), 1e-6, 1e-14);
  });

  it('is pass rate c/n at k = 1 and never decreases with k', () => {
    expect(passAtK(7, 3, 1)).toBeCloseTo(3 / 7, 15);
    expect(passHatK(7, 3, 1)).toBeCloseTo(3 / 7, 15);
    let previous = 0;
    for (let k = 1; k <= 50; k++) {
      const value = passAtK(50, 4, k);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
  });

  it('rejects impossible counts with a RangeError that says why', () => {
    expect(() => passAtK(3, 1, 5)).toThrow(
      new RangeError('passAtK: k = 5 exceeds n = 3 attempts; record at least k attempts per task'),
    );
    expect(() => passHatK(3, 4, 1)).toThrow(
      new RangeError('passHatK: c = 4 passing attempts exceeds n = 3 attempts'),
    );
    expect(() => passAtK(3, 1, 0)).toThrow(new RangeError('passAtK: k must be at least 1, got 0'));
    expect(() => passAtK(3.5, 1, 1)).toThrow(
      new RangeError('passAtK: n must be a whole number ≥ 0, got 3.5'),
    );
    expect(() => passHatK(3, -1, 1)).toThrow(
      new RangeError('passHatK: c must be a whole number ≥ 0, got -1'),
    );
  });
});

describe('meanPassAtK and meanPassHatK', () => {
  it('average the per-task estimators (tasks may have different n)', () => {
    // Python fractions: mean of the exact per-task values.
    expectClose(
      meanPassAtK(
        [
          { n: 10, c: 3 },
          { n: 10, c: 0 },
          { n: 5, c: 5 },
        ],
        2,
      ),
      0.5111111111111111,
      1e-15,
    );
    expectClose(
      meanPassHatK(
        [
          { n: 8, c: 8 },
          { n: 8, c: 4 },
        ],
        4,
      ),
      0.5071428571428571,
      1e-15,
    );
  });

  it('is NaN without tasks and names the task whose counts are impossible', () => {
    expect(meanPassAtK([], 1)).toBeNaN();
    expect(() =>
      meanPassAtK(
        [
          { n: 10, c: 2 },
          { n: 3, c: 1 },
        ],
        5,
      ),
    ).toThrow(
      new RangeError(
        'meanPassAtK: samples[1]: k = 5 exceeds n = 3 attempts; record at least k attempts per task',
      ),
    );
    expect(() => meanPassHatK([{ n: 2, c: 3 }], 1)).toThrow(
      new RangeError('meanPassHatK: samples[0]: c = 3 passing attempts exceeds n = 2 attempts'),
    );
  });
});
