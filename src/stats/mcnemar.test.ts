import { describe, expect, it } from 'vitest';
import { expectRelativeClose } from '../test-helpers/close-to.js';
import { mcnemar } from './mcnemar.js';

type Table = [[number, number], [number, number]];

describe('mcnemar (statsmodels semantics)', () => {
  it("reproduces statsmodels' own tests of the exact test", () => {
    // statsmodels/stats/tests/test_nonparametric.py::test_mcnemar_exact (Vassar College online
    // calculator, 6 decimals, compared there with assert_almost_equal(decimal=6)).
    const cases: Array<[Table, number, number]> = [
      [
        [
          [101, 121],
          [59, 33],
        ],
        59,
        0.000004,
      ],
      [
        [
          [101, 70],
          [59, 33],
        ],
        59,
        0.378688,
      ],
      [
        [
          [101, 80],
          [59, 33],
        ],
        59,
        0.089452,
      ],
      [
        [
          [101, 30],
          [60, 33],
        ],
        30,
        0.00206,
      ],
      [
        [
          [101, 10],
          [30, 33],
        ],
        10,
        0.002221,
      ],
      [
        [
          [101, 10],
          [10, 33],
        ],
        10,
        1.0,
      ],
    ];
    for (const [table, statistic, pValue] of cases) {
      const result = mcnemar(table);
      expect(result.statistic).toBe(statistic);
      expect(Math.abs(result.pValue - pValue)).toBeLessThan(1.5e-6);
    }
    // statsmodels/stats/tests/test_contingency_tables.py::test_mcnemar against R (results/
    // contingency_table_r_results.csv, row 0): homog_binom_p and homog_cont_p for [[23, 15], [19, 31]].
    expectRelativeClose(
      mcnemar([
        [23, 15],
        [19, 31],
      ]).pValue,
      0.60759136127308,
      1e-12,
      'binomial',
    );
    expectRelativeClose(
      mcnemar(
        [
          [23, 15],
          [19, 31],
        ],
        { exact: false },
      ).pValue,
      0.606905427217951,
      1e-12,
      'chi-square, corrected',
    );
  });

  it("reproduces statsmodels' chi-square tests (R's mcnemar.test, 7 digits)", () => {
    // statsmodels/stats/tests/test_nonparametric.py::test_mcnemar_chisquare, rtol 1e-6 there.
    const cases: Array<[Table, boolean, number, number]> = [
      [
        [
          [101, 121],
          [59, 33],
        ],
        true,
        20.67222,
        5.450095e-6,
      ],
      [
        [
          [101, 70],
          [59, 33],
        ],
        true,
        0.7751938,
        0.3786151,
      ],
      [
        [
          [101, 80],
          [59, 33],
        ],
        true,
        2.87769784,
        0.08981434,
      ],
      [
        [
          [101, 121],
          [59, 33],
        ],
        false,
        21.35556,
        3.815136e-6,
      ],
      [
        [
          [101, 70],
          [59, 33],
        ],
        false,
        0.9379845,
        0.3327967,
      ],
      [
        [
          [101, 80],
          [59, 33],
        ],
        false,
        3.17266187,
        0.07488031,
      ],
    ];
    for (const [table, correction, statistic, pValue] of cases) {
      const result = mcnemar(table, { exact: false, correction });
      expectRelativeClose(result.statistic, statistic, 1e-6, `${JSON.stringify(table)} statistic`);
      expectRelativeClose(result.pValue, pValue, 1e-6, `${JSON.stringify(table)} p`);
    }
  });

  it('agrees with SciPy to 1e-12 (the same binomial and chi-square computations)', () => {
    // scipy 1.17.1: min(1, 2 * stats.binom.cdf(min(b, c), b + c, 0.5)), equal to stats.binomtest(min(b, c), b + c).pvalue
    const exact: Array<[Table, number, number]> = [
      [
        [
          [101, 121],
          [59, 33],
        ],
        59,
        4.4344492637551645e-6,
      ],
      [
        [
          [101, 70],
          [59, 33],
        ],
        59,
        0.3786876626931185,
      ],
      [
        [
          [101, 80],
          [59, 33],
        ],
        59,
        0.08945231499446925,
      ],
      [
        [
          [101, 30],
          [60, 33],
        ],
        30,
        0.0020602656809630745,
      ],
      [
        [
          [101, 10],
          [30, 33],
        ],
        10,
        0.0022214337732293643,
      ],
      [
        [
          [3, 500],
          [480, 2],
        ],
        480,
        0.5439172374909201,
      ],
      [
        [
          [5, 0],
          [0, 7],
        ],
        0,
        1.0,
      ],
      [
        [
          [0, 1],
          [0, 0],
        ],
        0,
        1.0,
      ],
    ];
    for (const [table, statistic, pValue] of exact) {
      const result = mcnemar(table, { exact: true });
      expect(result.statistic).toBe(statistic);
      expectRelativeClose(result.pValue, pValue, 1e-12, JSON.stringify(table));
    }
    // scipy 1.17.1: s = (abs(b - c) - corr)**2 / (b + c); stats.chi2.sf(s, 1), corr = 1 then 0
    const chiSquare: Array<[Table, number, number, number, number]> = [
      [
        [
          [23, 15],
          [19, 31],
        ],
        0.2647058823529412,
        0.6069054272179508,
        0.47058823529411764,
        0.4927166772270877,
      ],
      [
        [
          [1, 5],
          [5, 1],
        ],
        0.1,
        0.7518296340458492,
        0.0,
        1.0,
      ],
      [
        [
          [0, 3],
          [0, 0],
        ],
        1.3333333333333333,
        0.24821307898992026,
        3.0,
        0.08326451666355042,
      ],
    ];
    for (const [table, corrected, correctedP, plain, plainP] of chiSquare) {
      const withCorrection = mcnemar(table, { exact: false });
      const without = mcnemar(table, { exact: false, correction: false });
      expectRelativeClose(withCorrection.statistic, corrected, 1e-14, 'corrected statistic');
      expectRelativeClose(withCorrection.pValue, correctedP, 1e-12, 'corrected p');
      expectRelativeClose(without.statistic, plain, 1e-14, 'statistic');
      expectRelativeClose(without.pValue, plainP, 1e-12, 'p');
    }
  });

  it('returns what statsmodels returns when no pair is discordant', () => {
    expect(
      mcnemar([
        [40, 0],
        [0, 60],
      ]),
    ).toEqual({ statistic: 0, pValue: 1 });
    // (|0 − 0| − 1)² / 0 = Infinity, chi2.sf(inf) = 0: statsmodels' (misleading) answer, kept on purpose.
    expect(
      mcnemar(
        [
          [40, 0],
          [0, 60],
        ],
        { exact: false },
      ),
    ).toEqual({
      statistic: Number.POSITIVE_INFINITY,
      pValue: 0,
    });
    const uncorrected = mcnemar(
      [
        [40, 0],
        [0, 60],
      ],
      { exact: false, correction: false },
    );
    expect(uncorrected.statistic).toBeNaN();
    expect(uncorrected.pValue).toBeNaN();
  });

  it('uses only the discordant cells and is symmetric in them', () => {
    expect(
      mcnemar([
        [0, 7],
        [2, 0],
      ]),
    ).toEqual(
      mcnemar([
        [1000, 2],
        [7, 5],
      ]),
    );
  });

  it('rejects malformed tables, negative or fractional counts for the exact test', () => {
    expect(() =>
      mcnemar([
        [1, 2, 3],
        [4, 5, 6],
      ] as unknown as Table),
    ).toThrow('mcnemar: the table must be 2×2: [[a, b], [c, d]]');
    expect(() => mcnemar([[1, 2]] as unknown as Table)).toThrow('mcnemar: the table must be 2×2');
    expect(() =>
      mcnemar([
        [1, -2],
        [3, 4],
      ]),
    ).toThrow('mcnemar: table[0][1] must be a finite count ≥ 0, got -2');
    expect(() =>
      mcnemar([
        [1, 2],
        [Number.NaN, 4],
      ]),
    ).toThrow('mcnemar: table[1][0] must be a finite count ≥ 0, got NaN');
    expect(() =>
      mcnemar([
        [1, 2.5],
        [3, 4],
      ]),
    ).toThrow('mcnemar: the exact test needs integer counts, got b = 2.5, c = 3');
    expect(
      mcnemar(
        [
          [1, 2.5],
          [3, 4],
        ],
        { exact: false },
      ).statistic,
    ).toBeCloseTo(0.25 / 5.5, 15);
  });
});
