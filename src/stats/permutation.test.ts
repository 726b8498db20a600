import { describe, expect, it } from 'vitest';
import { expectClose } from '../test-helpers/close-to.js';
import { pairedPermutationTest } from './permutation.js';

type Alternative = 'two-sided' | 'less' | 'greater';

describe('pairedPermutationTest: exact enumeration', () => {
  // scipy 1.17.1: permutation_test((a, b), lambda x, y, axis: np.mean(x - y, axis=axis),
  //   permutation_type='samples', vectorized=True, n_resamples=9999, alternative=alt)
  // → (statistic, pvalue, len(null_distribution)); exact because 2^n ≤ 9999.
  const rows: Array<[number[], number[], Alternative, number, number, number]> = [
    [[0.9, 0.8, 0.75, 0.95, 0.7], [0.85, 0.7, 0.8, 0.8, 0.6], 'two-sided', 0.06999999999999999, 0.1875, 32],
    [[0.9, 0.8, 0.75, 0.95, 0.7], [0.85, 0.7, 0.8, 0.8, 0.6], 'less', 0.06999999999999999, 0.96875, 32],
    [[0.9, 0.8, 0.75, 0.95, 0.7], [0.85, 0.7, 0.8, 0.8, 0.6], 'greater', 0.06999999999999999, 0.09375, 32],
    [[1, 1, 0, 1, 1, 1, 0, 1], [0, 1, 0, 0, 1, 0, 0, 1], 'two-sided', 0.375, 0.25, 256],
    [[1, 1, 0, 1, 1, 1, 0, 1], [0, 1, 0, 0, 1, 0, 0, 1], 'less', 0.375, 1.0, 256],
    [[1, 1, 0, 1, 1, 1, 0, 1], [0, 1, 0, 0, 1, 0, 0, 1], 'greater', 0.375, 0.125, 256],
    [
      [3.1, 2.7, 4.4, 5.0, 3.9, 4.1, 2.2, 3.3, 4.8, 3.0, 2.9, 4.0],
      [2.9, 2.9, 3.8, 4.1, 4.0, 3.2, 2.4, 3.1, 4.1, 3.2, 2.0, 3.5],
      'two-sided',
      0.3500000000000001,
      0.0302734375,
      4096,
    ],
    [
      [3.1, 2.7, 4.4, 5.0, 3.9, 4.1, 2.2, 3.3, 4.8, 3.0, 2.9, 4.0],
      [2.9, 2.9, 3.8, 4.1, 4.0, 3.2, 2.4, 3.1, 4.1, 3.2, 2.0, 3.5],
      'less',
      0.3500000000000001,
      0.989013671875,
      4096,
    ],
    [
      [3.1, 2.7, 4.4, 5.0, 3.9, 4.1, 2.2, 3.3, 4.8, 3.0, 2.9, 4.0],
      [2.9, 2.9, 3.8, 4.1, 4.0, 3.2, 2.4, 3.1, 4.1, 3.2, 2.0, 3.5],
      'greater',
      0.3500000000000001,
      0.01513671875,
      4096,
    ],
    [
      [0.12, -0.4, 0.33, 0.05, 0.9, -0.2, 0.41, 0.27, 0.6, 0.18, -0.05, 0.3, 0.22],
      Array<number>(13).fill(0),
      'two-sided',
      0.21000000000000002,
      0.0419921875,
      8192,
    ],
    [
      [0.12, -0.4, 0.33, 0.05, 0.9, -0.2, 0.41, 0.27, 0.6, 0.18, -0.05, 0.3, 0.22],
      Array<number>(13).fill(0),
      'less',
      0.21000000000000002,
      0.9805908203125,
      8192,
    ],
    [
      [0.12, -0.4, 0.33, 0.05, 0.9, -0.2, 0.41, 0.27, 0.6, 0.18, -0.05, 0.3, 0.22],
      Array<number>(13).fill(0),
      'greater',
      0.21000000000000002,
      0.02099609375,
      8192,
    ],
    [[0.2, 0.2, 0.2], [0.2, 0.2, 0.2], 'two-sided', 0, 1, 8],
    [[0.2, 0.2, 0.2], [0.2, 0.2, 0.2], 'less', 0, 1, 8],
    [[0.2, 0.2, 0.2], [0.2, 0.2, 0.2], 'greater', 0, 1, 8],
    // Sign patterns that tie with the observed mean only in exact arithmetic (0.1 + 0.2 − 0.3 ≠ 0 in doubles).
    [
      [0.1, 0.2, -0.3, 0.1, 0.2, -0.3, 0.3],
      Array<number>(7).fill(0),
      'two-sided',
      0.042857142857142864,
      0.765625,
      128,
    ],
    [
      [0.1, 0.2, -0.3, 0.1, 0.2, -0.3, 0.3],
      Array<number>(7).fill(0),
      'less',
      0.042857142857142864,
      0.7421875,
      128,
    ],
    [
      [0.1, 0.2, -0.3, 0.1, 0.2, -0.3, 0.3],
      Array<number>(7).fill(0),
      'greater',
      0.042857142857142864,
      0.3828125,
      128,
    ],
  ];

  it.each(rows)('%j − %j, %s', (a, b, alternative, difference, pValue, resamples) => {
    const result = pairedPermutationTest(a, b, { alternative });
    expectClose(result.difference, difference, 1e-15);
    expect(result.pValue).toBe(pValue);
    expect(result.exact).toBe(true);
    expect(result.resamples).toBe(resamples);
  });

  it('enumerates exactly whenever 2^n fits the budget (n = 15 with 40,000 resamples)', () => {
    // scipy 1.17.1: the call above with n_resamples=40000 → 32768 null values.
    const a = [
      2.14, -2.46, 0.52, -0.47, -0.35, -0.12, -1.92, -0.13, -0.77, 3.42, 0.33, -0.25, -0.18, -0.57, -0.96,
    ];
    const b = Array<number>(15).fill(0);
    const expected: Array<[Alternative, number]> = [
      ['two-sided', 0.7537841796875],
      ['less', 0.37689208984375],
      ['greater', 0.624359130859375],
    ];
    for (const [alternative, pValue] of expected) {
      const result = pairedPermutationTest(a, b, { alternative, resamples: 40_000 });
      expectClose(result.difference, -0.11799999999999994, 1e-15);
      expect(result.pValue).toBe(pValue);
      expect(result.resamples).toBe(32_768);
    }
    expect(pairedPermutationTest(a, b, { resamples: 32_767 }).exact).toBe(false);
  });
});

describe('pairedPermutationTest: Monte Carlo', () => {
  const a = Array.from({ length: 16 }, (_, i) => ((i * 37) % 17) / 17 + 0.05);
  const b = Array.from({ length: 16 }, (_, i) => ((i * 5 + 3) % 17) / 17);

  it('is reproducible from its seed', () => {
    const first = pairedPermutationTest(a, b, { seed: 7 });
    expect(first.exact).toBe(false);
    expect(first.resamples).toBe(9999);
    expect(pairedPermutationTest(a, b, { seed: 7 })).toEqual(first);
    expect(pairedPermutationTest(a, b, { seed: 8 }).pValue).not.toBe(first.pValue);
  });

  it('agrees with the exact p-value within sampling error', () => {
    for (const alternative of ['two-sided', 'less', 'greater'] as const) {
      const exact = pairedPermutationTest(a, b, { alternative, resamples: 2 ** 16 });
      expect(exact.exact).toBe(true);
      const sampled = pairedPermutationTest(a, b, { alternative, resamples: 20_000, seed: 3 });
      // Four standard errors of a proportion estimated from 20,000 draws (doubled for two-sided).
      const p = exact.pValue;
      const standardError =
        Math.sqrt((Math.min(p, 1 - p) + 1e-4) / 20_000) * (alternative === 'two-sided' ? 2 : 1);
      expect(Math.abs(sampled.pValue - p)).toBeLessThan(4 * standardError);
    }
  });

  it('uses (count + 1) / (resamples + 1): never 0, even when nothing is as extreme', () => {
    // 30 positive differences: only the identity pattern (probability 2^-30) reaches the observed mean.
    const up = Array.from({ length: 30 }, (_, i) => 1 + i / 10);
    const down = Array<number>(30).fill(0);
    expect(pairedPermutationTest(up, down, { alternative: 'greater', resamples: 999 }).pValue).toBe(1 / 1000);
    expect(pairedPermutationTest(up, down, { resamples: 999 }).pValue).toBe(2 / 1000);
    expect(pairedPermutationTest(up, down, { alternative: 'less', resamples: 999 }).pValue).toBe(1);
  });

  it('runs 10,000 pairs × 9,999 resamples in well under two seconds', () => {
    const x = Array.from({ length: 10_000 }, (_, i) => ((i * 37) % 101) / 101);
    const y = Array.from({ length: 10_000 }, (_, i) => ((i * 41 + 3) % 103) / 103);
    const started = performance.now();
    const result = pairedPermutationTest(x, y);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.resamples).toBe(9999);
    expect(result.pValue).toBeGreaterThan(0.5);
  });
});

describe('pairedPermutationTest: input errors', () => {
  it('names the problem', () => {
    expect(() => pairedPermutationTest([1, 2], [1])).toThrow(
      new RangeError('pairedPermutationTest: a has 2 values but b has 1; pairs must align'),
    );
    expect(() => pairedPermutationTest([1], [2])).toThrow(
      new RangeError('pairedPermutationTest: needs at least 2 pairs, got 1'),
    );
    expect(() => pairedPermutationTest([1, Number.NaN], [1, 2])).toThrow(
      new RangeError('pairedPermutationTest: a[1] is not a finite number (NaN)'),
    );
    expect(() => pairedPermutationTest([1, 2], [1, 2], { resamples: 0 })).toThrow(
      new RangeError('pairedPermutationTest: resamples must be an integer ≥ 1, got 0'),
    );
    expect(() => pairedPermutationTest([1, 2], [1, 2], { alternative: 'up' as Alternative })).toThrow(
      new RangeError('pairedPermutationTest: alternative must be two-sided, less or greater, got up'),
    );
    expect(() => pairedPermutationTest([1, 2], [1, 2], { statistic: 'median' as 'mean' })).toThrow(
      new RangeError('pairedPermutationTest: statistic must be mean, got median'),
    );
  });
});
