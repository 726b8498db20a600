import { describe, expect, it } from 'vitest';
import { expectClose, expectRelativeClose } from '../test-helpers/close-to.js';
import {
  jensenShannonDistance,
  jensenShannonDivergence,
  populationStabilityIndex,
  populationStabilityIndexFromCounts,
} from './drift.js';

describe('populationStabilityIndex', () => {
  it('matches worked examples (numpy: np.sum((a - e) * np.log(a / e)))', () => {
    // Deciles of a baseline score against a slightly shifted current window; the same value is
    // scipy.stats.entropy(a, e) + scipy.stats.entropy(e, a) = 0.01212271607140631.
    const deciles = Array<number>(10).fill(0.1);
    const current = [0.08, 0.09, 0.11, 0.1, 0.12, 0.1, 0.09, 0.11, 0.1, 0.1];
    expectClose(populationStabilityIndex(deciles, current), 0.012122716071406312, 1e-15);
    // A 7-band score distribution, development sample against recent applicants.
    const development = [0.12, 0.15, 0.18, 0.2, 0.17, 0.1, 0.08];
    const recent = [0.1, 0.13, 0.17, 0.21, 0.18, 0.12, 0.09];
    expectClose(populationStabilityIndex(development, recent), 0.012963779419628762, 1e-15);
    expectClose(
      populationStabilityIndex([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]),
      0.22821740957339182,
      1e-15,
    );
  });

  it('is symmetric, zero for identical proportions and ignores bins empty on both sides', () => {
    const a = [0.2, 0.3, 0.5, 0];
    const b = [0.4, 0.4, 0.2, 0];
    expectClose(populationStabilityIndex(a, b), populationStabilityIndex(b, a), 1e-15);
    expect(populationStabilityIndex(a, b)).toBe(populationStabilityIndex([0.2, 0.3, 0.5], [0.4, 0.4, 0.2]));
    expect(populationStabilityIndex(a, a)).toBe(0);
  });

  it('replaces empty bins with epsilon = 1e-4 by default, as Evidently does', () => {
    // numpy with Evidently's np.place(p, p == 0, 0.0001) on both sides, then the sum above.
    expectClose(populationStabilityIndex([0.5, 0.5, 0], [0.4, 0.4, 0.2]), 1.5640491119253044, 1e-14);
    expectClose(populationStabilityIndex([0.3, 0.3, 0.4, 0], [0, 0.5, 0.5, 0]), 2.525589113422928, 1e-14);
    // By hand: with epsilon 0.01 the empty bin adds (0.2 − 0.01)·ln(20) to 2·(−0.1)·ln(0.8).
    expectClose(
      populationStabilityIndex([0.5, 0.5, 0], [0.4, 0.4, 0.2], { epsilon: 0.01 }),
      0.19 * Math.log(20) + 0.2 * Math.log(1.25),
      1e-15,
    );
    expect(populationStabilityIndex([0.5, 0.5, 0], [0.4, 0.4, 0.2], { epsilon: 0 })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it('accepts rounded proportions but rejects counts, mismatched bins and bad values', () => {
    expect(populationStabilityIndex([0.333, 0.333, 0.333], [0.333, 0.333, 0.333])).toBe(0);
    expect(() => populationStabilityIndex([50, 50], [40, 60])).toThrow(
      new RangeError(
        'populationStabilityIndex: expectedProportions sum to 100, not 1; pass proportions, or counts to populationStabilityIndexFromCounts',
      ),
    );
    expect(() => populationStabilityIndex([0.5, 0.5], [1])).toThrow(
      new RangeError('populationStabilityIndex: expectedProportions has 2 bins but actualProportions has 1'),
    );
    expect(() => populationStabilityIndex([], [])).toThrow(
      new RangeError('populationStabilityIndex: expectedProportions is empty'),
    );
    expect(() => populationStabilityIndex([0.5, 0.5], [1.2, -0.2])).toThrow(
      new RangeError('populationStabilityIndex: actualProportions[1] must be a finite number ≥ 0, got -0.2'),
    );
    expect(() => populationStabilityIndex([0.5, Number.NaN], [0.5, 0.5])).toThrow(
      new RangeError('populationStabilityIndex: expectedProportions[1] must be a finite number ≥ 0, got NaN'),
    );
    expect(() => populationStabilityIndex([0.5, 0.5], [0.5, 0.5], { epsilon: -1 })).toThrow(
      new RangeError('populationStabilityIndex: epsilon must be in [0, 1), got -1'),
    );
  });
});

describe('populationStabilityIndexFromCounts', () => {
  it('divides counts by their totals, then applies the same epsilon', () => {
    // numpy: psi(np.array(e) / sum(e), np.array(a) / sum(a)), zeros replaced by 0.0001 in the second case.
    expectClose(
      populationStabilityIndexFromCounts([120, 340, 280, 160, 100], [90, 310, 300, 200, 100]),
      0.021707261259791305,
      1e-15,
    );
    expectClose(populationStabilityIndexFromCounts([10, 0, 30], [5, 5, 0]), 11.122133130342313, 1e-13);
    expectClose(populationStabilityIndexFromCounts([50, 30, 20], [40, 30, 30]), 0.06286086594223739, 1e-15);
    expect(() => populationStabilityIndexFromCounts([0, 0], [1, 2])).toThrow(
      new RangeError('populationStabilityIndexFromCounts: expectedCounts is all zeros'),
    );
  });
});

describe('jensenShannonDistance and jensenShannonDivergence', () => {
  it("matches scipy.spatial.distance.jensenshannon's documented examples", () => {
    // SciPy 1.17.1 docstring: jensenshannon([1, 0, 0], [0, 1, 0], 2.0) == 1.0,
    // jensenshannon([1.0, 0.0], [0.5, 0.5]) == 0.46450140402245893, identical vectors give 0.0,
    // and the axis examples 0.1954288 (columns) and 0.1402339 (rows), here to full precision (scipy 1.17.1).
    expectClose(jensenShannonDistance([1, 0, 0], [0, 1, 0], { base: 2 }), 1, 1e-15);
    expectClose(jensenShannonDivergence([1, 0, 0], [0, 1, 0], { base: 2 }), 1, 1e-15);
    expectClose(jensenShannonDistance([1, 0], [0.5, 0.5]), 0.46450140402245893, 1e-15);
    expectClose(jensenShannonDivergence([1, 0], [0.5, 0.5]), 0.21576155433883568, 1e-15);
    expect(jensenShannonDistance([1, 0, 0], [1, 0, 0])).toBe(0);
    expectClose(jensenShannonDistance([1, 5, 9], [13, 17, 21]), 0.19542878115393794, 1e-15);
    expectClose(jensenShannonDistance([1, 2, 3, 4], [13, 14, 15, 16]), 0.1402339353467297, 1e-15);
  });

  it('matches scipy 1.17.1 on unnormalised weights, other bases and zeros', () => {
    const cases: Array<[number[], number[], number | undefined, number]> = [
      // jensenshannon(p, q, base)
      [
        [0.625, 0.897, 0.776, 0.225, 0.3, 0.874],
        [0.005, 0.821, 0.797, 0.468, 0.303, 0.278],
        undefined,
        0.29805974592210327,
      ],
      [
        [0.255, 0.445, 0.505, 0.553, 0.996, 0.793],
        [0.622, 0.989, 0.215, 0.16, 0.613, 0.044],
        2,
        0.42388737391322673,
      ],
      [
        [0.036, 0.515, 0.466, 0.917, 0.629, 0.514],
        [0.497, 0.248, 0.012, 0.192, 0.692, 0.201],
        10,
        0.2598872974582926,
      ],
      [[0.2, 0, 0.5, 0.3], [0, 0.1, 0.6, 0.3], undefined, 0.32595696837128585],
    ];
    for (const [p, q, base, distance] of cases) {
      const options = base === undefined ? {} : { base };
      expectClose(jensenShannonDistance(p, q, options), distance, 1e-15);
      expectClose(jensenShannonDivergence(p, q, options), distance * distance, 1e-15);
      expect(jensenShannonDistance(q, p, options)).toBe(jensenShannonDistance(p, q, options));
    }
  });

  it('keeps full precision for nearly identical distributions, where SciPy cancels', () => {
    // mpmath (50 digits) on the same doubles, p = [0.25, 0.25, 0.5], q = [0.25 + e, 0.25 − e, 0.5]:
    // e = 1e-9: JSD 1.0000000267028641e-18, distance 1.000000013351432e-9 (scipy 1.17.1: nan);
    // e = 1e-7: JSD 1.000000000057558e-14, distance 1.000000000028779e-7 (scipy: 9.986112570751486e-8).
    const p = [0.25, 0.25, 0.5];
    expectRelativeClose(
      jensenShannonDivergence(p, [0.25 + 1e-9, 0.25 - 1e-9, 0.5]),
      1.0000000267028641e-18,
      1e-12,
    );
    expectRelativeClose(
      jensenShannonDistance(p, [0.25 + 1e-9, 0.25 - 1e-9, 0.5]),
      1.000000013351432e-9,
      1e-12,
    );
    expectRelativeClose(
      jensenShannonDivergence(p, [0.25 + 1e-7, 0.25 - 1e-7, 0.5]),
      1.000000000057558e-14,
      1e-12,
    );
    expectRelativeClose(
      jensenShannonDistance(p, [0.25 + 1e-7, 0.25 - 1e-7, 0.5]),
      1.000000000028779e-7,
      1e-12,
    );
  });

  it('rejects mismatched, negative or all-zero vectors and a bad base', () => {
    expect(() => jensenShannonDistance([1, 2], [1, 2, 3])).toThrow(
      new RangeError('jensenShannonDistance: p has 2 bins but q has 3'),
    );
    expect(() => jensenShannonDivergence([1, -1], [1, 1])).toThrow(
      new RangeError('jensenShannonDivergence: p[1] must be a finite number ≥ 0, got -1'),
    );
    expect(() => jensenShannonDistance([0, 0], [1, 1])).toThrow(
      new RangeError('jensenShannonDistance: p is all zeros'),
    );
    expect(() => jensenShannonDistance([1, 0], [0, 1], { base: 1 })).toThrow(
      new RangeError('jensenShannonDistance: base must be a positive number other than 1, got 1'),
    );
  });
});
