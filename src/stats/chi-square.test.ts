import { describe, expect, it } from 'vitest';
import { expectRelativeClose } from '../test-helpers/close-to.js';
import { chiSquareIndependence } from './chi-square.js';

type Row = [number[][], boolean, number, number, number, number[][]];

// scipy 1.17.1: stats.chi2_contingency(table, correction=corr) as [table, corr, statistic, pvalue, dof, expected_freq]
const SCIPY: Row[] = [
  [
    [
      [10, 20],
      [30, 40],
    ],
    true,
    0.4464285714285714,
    0.5040358664525046,
    1,
    [
      [12, 18],
      [28, 42],
    ],
  ],
  [
    [
      [10, 20],
      [30, 40],
    ],
    false,
    0.7936507936507936,
    0.37299848361348686,
    1,
    [
      [12, 18],
      [28, 42],
    ],
  ],
  [
    [
      [12, 5],
      [3, 9],
    ],
    true,
    4.171457749766574,
    0.04111041419430694,
    1,
    [
      [8.793103448275861, 8.206896551724139],
      [6.206896551724138, 5.793103448275862],
    ],
  ],
  [
    [
      [12, 5],
      [3, 9],
    ],
    false,
    5.85483193277311,
    0.015534341414683461,
    1,
    [
      [8.793103448275861, 8.206896551724139],
      [6.206896551724138, 5.793103448275862],
    ],
  ],
  [
    [
      [23, 15],
      [19, 31],
    ],
    true,
    3.5349591369728666,
    0.06008781475470781,
    1,
    [
      [18.136363636363637, 19.863636363636363],
      [23.863636363636363, 26.136363636363637],
    ],
  ],
  // statsmodels' 4×4 test table: correction does not apply when dof > 1.
  [
    [
      [144, 33, 84, 126],
      [2, 4, 14, 29],
      [0, 2, 6, 25],
      [0, 0, 1, 5],
    ],
    true,
    54.303493579650684,
    1.652904940507249e-8,
    9,
    [
      [118.95157894736842, 31.774736842105263, 85.54736842105264, 150.7263157894737],
      [15.061052631578947, 4.023157894736842, 10.83157894736842, 19.08421052631579],
      [10.143157894736841, 2.7094736842105265, 7.294736842105263, 12.852631578947369],
      [1.8442105263157895, 0.4926315789473684, 1.3263157894736841, 2.336842105263158],
    ],
  ],
  [
    [
      [20, 10, 5],
      [3, 30, 15],
      [0, 5, 40],
    ],
    false,
    87.06218848247833,
    5.537954035129669e-18,
    4,
    [
      [6.2890625, 12.3046875, 16.40625],
      [8.625, 16.875, 22.5],
      [8.0859375, 15.8203125, 21.09375],
    ],
  ],
  // The correction never overshoots: |expected − observed| < ½ in every cell gives exactly 0 (gh-13875).
  [
    [
      [0.5, 1.5],
      [2.25, 3],
    ],
    true,
    0,
    1,
    1,
    [
      [0.7586206896551724, 1.2413793103448276],
      [1.9913793103448276, 3.2586206896551726],
    ],
  ],
  [
    [
      [0.5, 1.5],
      [2.25, 3],
    ],
    false,
    0.19615800865800867,
    0.6578400283585127,
    1,
    [
      [0.7586206896551724, 1.2413793103448276],
      [1.9913793103448276, 3.2586206896551726],
    ],
  ],
  [
    [
      [10, 10],
      [10, 11],
    ],
    false,
    0.02324263038548757,
    0.8788278129295307,
    1,
    [
      [9.75609756097561, 10.24390243902439],
      [10.24390243902439, 10.75609756097561],
    ],
  ],
  [
    [
      [100, 100],
      [100, 100],
    ],
    false,
    0,
    1,
    1,
    [
      [100, 100],
      [100, 100],
    ],
  ],
  // chi2.sf(1936.87, 1) underflows to 0 in SciPy as here.
  [
    [
      [1000, 10],
      [10, 1000],
    ],
    true,
    1936.8732673267327,
    0,
    1,
    [
      [505, 505],
      [505, 505],
    ],
  ],
  // A single row or column: dof 0, statistic 0, p 1.
  [[[1, 2, 3]], true, 0, 1, 0, [[1, 2, 3]]],
  [[[4], [5], [6]], false, 0, 1, 0, [[4], [5], [6]]],
];

describe('chiSquareIndependence', () => {
  it('matches scipy.stats.chi2_contingency: statistic, p-value, dof and expected counts', () => {
    for (const [table, correction, statistic, pValue, dof, expected] of SCIPY) {
      const result = chiSquareIndependence(table, { correction });
      const label = `${JSON.stringify(table)} correction=${correction}`;
      expectRelativeClose(result.statistic, statistic, 1e-13, `${label} statistic`);
      expectRelativeClose(result.pValue, pValue, 1e-12, `${label} p`);
      expect(result.dof).toBe(dof);
      expect(result.expected.length).toBe(expected.length);
      for (const [i, row] of result.expected.entries()) {
        expect(row.length).toBe(expected[i]!.length);
        for (const [j, value] of row.entries())
          expectRelativeClose(value, expected[i]![j]!, 1e-15, `${label} expected`);
      }
    }
  });

  it('applies Yates by default on 2×2 tables, as SciPy', () => {
    expect(
      chiSquareIndependence([
        [10, 20],
        [30, 40],
      ]),
    ).toEqual(
      chiSquareIndependence(
        [
          [10, 20],
          [30, 40],
        ],
        { correction: true },
      ),
    );
    expect(
      chiSquareIndependence([
        [10, 20],
        [30, 40],
      ]).statistic,
    ).toBeLessThan(
      chiSquareIndependence(
        [
          [10, 20],
          [30, 40],
        ],
        { correction: false },
      ).statistic,
    );
  });

  it('rejects empty, ragged, negative tables and zero expected counts, naming the cell', () => {
    expect(() => chiSquareIndependence([])).toThrow(
      'chiSquareIndependence: the table needs at least one row and one column',
    );
    expect(() => chiSquareIndependence([[]])).toThrow('needs at least one row and one column');
    expect(() => chiSquareIndependence([[1, 2], [3]])).toThrow(
      'chiSquareIndependence: row 1 has 1 columns, expected 2',
    );
    expect(() =>
      chiSquareIndependence([
        [1, 2],
        [3, -4],
      ]),
    ).toThrow('chiSquareIndependence: table[1][1] must be a finite count ≥ 0, got -4');
    expect(() => chiSquareIndependence([[1, Number.POSITIVE_INFINITY]])).toThrow(
      'table[0][1] must be a finite count',
    );
    // SciPy: "The internally computed table of expected frequencies has a zero element at (0, 1)."
    expect(() =>
      chiSquareIndependence([
        [3, 0],
        [5, 0],
      ]),
    ).toThrow(
      'chiSquareIndependence: the expected count at table[0][1] is zero (its row or column sums to 0)',
    );
  });
});
