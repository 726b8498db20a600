import { describe, expect, it } from 'vitest';
import { expectClose, expectRelativeClose } from '../test-helpers/close-to.js';
import { type KsAlternative as Alternative, ksTwoSample, type KsMethod as Method } from './ks.js';
import { KS_SCIPY_LARGE_ROWS, KS_SCIPY_ROWS, lattice, linspace } from './test-helpers/ks-cases.js';

describe('ksTwoSample: SciPy test suite values', () => {
  // scipy/stats/tests/test_stats.py, class TestKSTwoSamples (SciPy 1.17.1); statistics are exact fractions.
  const check = (
    x: number[],
    y: number[],
    alternative: Alternative,
    statistic: number,
    pValue: number,
    method: Method = 'auto',
  ) => {
    const result = ksTwoSample(x, y, { alternative, method });
    expectClose(result.statistic, statistic, 1e-15);
    expectClose(result.pValue, pValue);
  };

  it('testSmall, testTwoVsThree, testTwoVsFour, testEqualSizes', () => {
    check([0], [1], 'two-sided', 1, 1);
    check([0], [1], 'greater', 1, 0.5);
    check([0], [1], 'less', 0, 1);
    check([1], [0], 'greater', 0, 1);
    check([1], [0], 'less', 1, 0.5);
    const plus = [1.01, 2.01];
    const minus = [0.99, 1.99];
    check(plus, [1, 2, 3], 'two-sided', 1 / 3, 1);
    check(plus, [1, 2, 3], 'greater', 1 / 3, 0.7);
    check(plus, [1, 2, 3], 'less', 1 / 3, 0.7);
    check(minus, [1, 2, 3], 'two-sided', 2 / 3, 0.6);
    check(minus, [1, 2, 3], 'greater', 2 / 3, 0.3);
    check(minus, [1, 2, 3], 'less', 0, 1);
    check(plus, [1, 2, 3, 4], 'two-sided', 2 / 4, 14 / 15);
    check(plus, [1, 2, 3, 4], 'greater', 2 / 4, 8 / 15);
    check(plus, [1, 2, 3, 4], 'less', 1 / 4, 12 / 15);
    check(minus, [1, 2, 3, 4], 'two-sided', 3 / 4, 6 / 15);
    check(minus, [1, 2, 3, 4], 'greater', 3 / 4, 3 / 15);
    check([1, 2, 3], [2, 3, 4], 'two-sided', 1 / 3, 1);
    check([1, 2, 3], [2, 3, 4], 'greater', 1 / 3, 0.75);
    check([1, 2, 3], [0.5, 1.5, 2.5], 'less', 1 / 3, 0.75);
  });

  it('test100_100 and test100_110', () => {
    const x100 = linspace(1, 100, 100);
    check(
      x100,
      x100.map((v) => v + 2 + 0.1),
      'two-sided',
      3 / 100,
      0.9999999999962055,
    );
    check(
      x100,
      x100.map((v) => v + 2 + 0.1),
      'greater',
      3 / 100,
      0.9143290114276248,
    );
    check(
      x100,
      x100.map((v) => v + 2 - 0.1),
      'greater',
      2 / 100,
      0.960978450786184,
    );
    const x110 = linspace(1, 100, 110);
    check(
      x100,
      x110.map((v) => v + 20 + 0.1),
      'two-sided',
      232 / 1100,
      0.015739183865607353,
    );
    check(
      x100,
      x110.map((v) => v + 20 + 0.1),
      'greater',
      232 / 1100,
      0.007869594319053203,
    );
    check(
      x100,
      x110.map((v) => v + 20 - 0.1),
      'two-sided',
      229 / 1100,
      0.017803803861026313,
    );
    check(
      x100,
      x110.map((v) => v + 20 - 0.1),
      'greater',
      229 / 1100,
      0.008901905958245056,
    );
  });

  it('testRepeatedValues (ties)', () => {
    const x2233 = [2, 2, 2, 3, 3, 3, 3, 5, 5, 5, 5, 5, 6, 6, 6, 6];
    const x3344 = x2233.map((v) => v + 1);
    const x2356 = [2, 2, 2, 3, 3, 3, 3, ...Array<number>(10).fill(5), 6, 6, 6, 6];
    const x3467 = [...Array<number>(10).fill(3), 4, 4, ...Array<number>(10).fill(6), 7, 7, 7, 7];
    check(x2233, x3344, 'two-sided', 5 / 16, 0.4262934613454952);
    check(x2233, x3344, 'greater', 5 / 16, 0.21465428276573786);
    check(x2233, x3344, 'less', 0, 1);
    check(x2356, x3467, 'two-sided', 190 / 21 / 26, 0.0919245790168125);
    check(x2356, x3467, 'greater', 190 / 21 / 26, 0.0459633806858544);
    check(x2356, x3467, 'less', 70 / 21 / 26, 0.6121593130022775);
  });

  it('testMiddlingBoth and testMediumBoth: one-sided exact falls back to asymptotic like SciPy', () => {
    const middling = (n1: number, n2: number) => [
      linspace(1, 200, n1).map((v) => v - 1 / n1 / n2 / 2 / 2),
      linspace(2, 200, n2),
    ];
    const [x, y] = middling(500, 600) as [number[], number[]];
    check(x, y, 'two-sided', 2000 / 500 / 600, 1);
    check(x, y, 'two-sided', 2000 / 500 / 600, 1, 'asymp');
    check(x, y, 'greater', 2000 / 500 / 600, 0.9697596024683929, 'asymp');
    check(x, y, 'less', 500 / 500 / 600, 0.9968735843165021, 'asymp');
    check(x, y, 'greater', 2000 / 500 / 600, 0.9697596024683929, 'exact');
    expect(ksTwoSample(x, y, { alternative: 'less', method: 'exact' }).method).toBe('asymp');
    const [u, v] = middling(1000, 1100) as [number[], number[]];
    check(u, v, 'two-sided', 6600 / 1000 / 1100, 1, 'asymp');
    check(u, v, 'greater', 6600 / 1000 / 1100, 0.9573185808092622, 'asymp');
    check(u, v, 'less', 1000 / 1000 / 1100, 0.9982410869433984, 'asymp');
    check(u, v, 'greater', 6600 / 1000 / 1100, 0.9573185808092622, 'exact');
  });

  it('testLarge and testLargeBoth', () => {
    const x = linspace(1, 200, 10000).map((v) => v - 1 / 10000 / 110 / 2 / 2);
    const y = linspace(2, 100, 110);
    // SciPy's test keeps 4.2188474935755949e-15 from an older algorithm and compares to 6 decimals only;
    // scipy 1.17.1 itself returns 6.263465662260858e-26: ks_2samp(x, y).
    expectRelativeClose(ksTwoSample(x, y).pValue, 6.263465662260858e-26, 1e-12);
    // SciPy's value 0.99115454582047591 is off by 7.6e-12: exact rational path counting (Python integers)
    // gives 0.9911545458280572, which we reproduce.
    check(x, y, 'greater', 561 / 110000, 0.9911545458280572);
    expectClose(ksTwoSample(x, y, { alternative: 'greater' }).pValue, 0.99115454582047591, 1e-11);
    expectRelativeClose(ksTwoSample(x, y, { alternative: 'less' }).pValue, 3.1317328311518713e-26, 1e-11);
    const u = linspace(1, 200, 10000).map((v) => v - 1 / 10000 / 11000 / 2 / 2);
    const v = linspace(2, 200, 11000);
    check(u, v, 'two-sided', 563 / 110000, 0.9990660108966576, 'asymp');
    check(u, v, 'two-sided', 563 / 110000, 0.9990456491488628, 'exact');
    check(u, v, 'two-sided', 563 / 110000, 0.9990660108966576, 'auto');
    check(u, v, 'greater', 563 / 110000, 0.7561851877420673);
    check(u, v, 'less', 10 / 110000, 0.9998239693191724);
    check(u, v, 'greater', 563 / 110000, 0.7561851877420673, 'exact');
  });

  it('test_location_sign', () => {
    const base = Array.from({ length: 10 }, (_, i) => i);
    const cases: Array<[number, Alternative, number, 1 | -1]> = [
      [5.9, 'greater', 5.9, 1],
      [6.1, 'less', 6.0, -1],
      [5.9, 'two-sided', 5.9, 1],
      [6.1, 'two-sided', 6.0, -1],
    ];
    for (const [x6, alternative, location, sign] of cases) {
      const x = base.map((v, i) => (i === 6 ? x6 : v));
      const result = ksTwoSample(x, base, { alternative });
      expect(result.statistic).toBe(0.1);
      expect(result.statisticLocation).toBe(location);
      expect(result.statisticSign).toBe(sign);
    }
  });
});

describe('ksTwoSample: against scipy 1.17.1 on our own inputs', () => {
  // Tables and their provenance: test-helpers/ks-cases.ts.
  it.each(KS_SCIPY_ROWS)(
    '%i×%i… %s %s',
    (n1, a1, o1, p1, s1, n2, a2, o2, p2, s2, alternative, method, statistic, pValue) => {
      const result = ksTwoSample(lattice(n1, a1, o1, p1, s1), lattice(n2, a2, o2, p2, s2), {
        alternative,
        method,
      });
      expectClose(result.statistic, statistic, 1e-15);
      expectClose(result.pValue, pValue);
    },
  );

  it.each(KS_SCIPY_LARGE_ROWS)(
    '%i×%i… %s %s',
    (n1, a1, o1, p1, s1, n2, a2, o2, p2, s2, alternative, method, statistic, pValue, used) => {
      const result = ksTwoSample(lattice(n1, a1, o1, p1, s1), lattice(n2, a2, o2, p2, s2), {
        alternative,
        method,
      });
      expectClose(result.statistic, statistic, 1e-15);
      expectClose(result.pValue, pValue);
      expect(result.method).toBe(used);
    },
  );

  it('keeps full relative precision for tiny exact p-values', () => {
    // scipy 1.17.1: ks_2samp(x, y, method='exact') with the y of the 10000×9999 row shifted by 0.2.
    const result = ksTwoSample(lattice(10000, 37, 1, 10007, 0), lattice(9999, 41, 2, 10009, 0.2), {
      method: 'exact',
    });
    expect(result.statistic).toBe(0.2002);
    expectRelativeClose(result.pValue, 9.240204775980542e-176, 1e-9);
  });

  it('runs 100,000 vs 100,000 (asymptotic) well under a second', () => {
    const x = lattice(100000, 37, 1, 100003, 0);
    const y = lattice(100000, 41, 2, 99991, 0.003);
    const yDown = lattice(100000, 41, 2, 99991, -0.003);
    const started = performance.now();
    const twoSided = ksTwoSample(x, y);
    const greater = ksTwoSample(x, y, { alternative: 'greater', method: 'asymp' });
    const less = ksTwoSample(x, yDown, { alternative: 'less', method: 'asymp' });
    expect(performance.now() - started).toBeLessThan(1000);
    // scipy 1.17.1: ks_2samp(x, y, alternative, method='asymp') on the same lattices.
    expectClose(twoSided.statistic, 0.003030000000000088, 1e-15);
    expectClose(twoSided.pValue, 0.7470346188605841);
    expect(twoSided.method).toBe('asymp');
    expectClose(greater.pValue, 0.39807294961633183);
    expectClose(less.statistic, 0.0030900000000000094, 1e-15);
    expectClose(less.pValue, 0.38369780590577673);
  });
});

describe('ksTwoSample: edge cases and errors', () => {
  it('returns NaN like SciPy for one value each with the asymptotic two-sided method (round(0.5) = 0)', () => {
    // scipy 1.17.1: ks_2samp([0], [1], method='asymp') → statistic 1.0, pvalue nan
    const result = ksTwoSample([0], [1], { method: 'asymp' });
    expect(result.statistic).toBe(1);
    expect(result.pValue).toBeNaN();
  });

  it('gives statistic 0 and p-value 1 for identical samples', () => {
    const x = [3, 1, 2, 2, 5];
    for (const alternative of ['two-sided', 'less', 'greater'] as const) {
      for (const method of ['exact', 'asymp'] as const) {
        const result = ksTwoSample(x, [...x].reverse(), { alternative, method });
        expect(result.statistic).toBe(0);
        expect(result.pValue).toBe(1);
      }
    }
  });

  it('accepts typed arrays and infinities, and does not modify its input', () => {
    const x = new Float64Array([3, Number.NEGATIVE_INFINITY, 1]);
    const result = ksTwoSample(x, [2, Number.POSITIVE_INFINITY]);
    expect(Array.from(x)).toEqual([3, Number.NEGATIVE_INFINITY, 1]);
    // scipy 1.17.1: ks_2samp([3, -inf, 1], [2, inf]) → statistic 2/3, pvalue 0.6
    expectClose(result.statistic, 2 / 3, 1e-15);
    expectClose(result.pValue, 0.6);
    expect(result.statisticLocation).toBe(1);
  });

  it('rejects empty samples, NaN and unknown options with the place named', () => {
    expect(() => ksTwoSample([], [1])).toThrow(new RangeError('ksTwoSample: x is empty'));
    expect(() => ksTwoSample([1, 2], [1, Number.NaN])).toThrow(
      new RangeError('ksTwoSample: y[1] is not a number (NaN)'),
    );
    expect(() => ksTwoSample([1], [2], { alternative: 'bigger' as Alternative })).toThrow(
      new RangeError('ksTwoSample: alternative must be one of two-sided, less, greater, got bigger'),
    );
    expect(() => ksTwoSample([1], [2], { method: 'fast' as Method })).toThrow(
      new RangeError('ksTwoSample: method must be one of auto, exact, asymp, got fast'),
    );
  });
});
