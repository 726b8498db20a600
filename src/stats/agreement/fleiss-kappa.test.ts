import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa.js';

// Expected values: statsmodels (commit 82c59e3, statsmodels/stats/inter_rater.py) fleiss_kappa(table,
// method=...) run locally, unless a line says otherwise.
describe('fleissKappa against statsmodels', () => {
  it('reproduces the Wikipedia example of test_inter_rater.py::test_fleiss_kappa (14 raters)', () => {
    // statsmodels/stats/tests/test_inter_rater.py, table1 (published kappa 0.210).
    const table = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.21, 3);
    expect(fleissKappa(table)).toBeCloseTo(0.20993070442195522, 9);
    expect(fleissKappa(table, { method: 'randolph' })).toBeCloseTo(0.2225274725274725, 9);
  });

  it('reproduces Fleiss (1971): 30 patients, 6 psychiatrists, 5 diagnoses', () => {
    // statsmodels/stats/tests/test_inter_rater.py `diagnoses`, aggregated with statsmodels'
    // aggregate_raters; Fleiss (1971) reports kappa = .430.
    const table = [
      [0, 0, 0, 6, 0],
      [0, 3, 0, 0, 3],
      [0, 1, 4, 0, 1],
      [0, 0, 0, 0, 6],
      [0, 3, 0, 3, 0],
      [2, 0, 4, 0, 0],
      [0, 0, 4, 0, 2],
      [2, 0, 3, 1, 0],
      [2, 0, 0, 4, 0],
      [0, 0, 0, 0, 6],
      [1, 0, 0, 5, 0],
      [1, 1, 0, 4, 0],
      [0, 3, 3, 0, 0],
      [1, 0, 0, 5, 0],
      [0, 2, 0, 3, 1],
      [0, 0, 5, 0, 1],
      [3, 0, 0, 1, 2],
      [5, 1, 0, 0, 0],
      [0, 2, 0, 4, 0],
      [1, 0, 2, 0, 3],
      [0, 0, 0, 0, 6],
      [0, 1, 0, 5, 0],
      [0, 2, 0, 1, 3],
      [2, 0, 0, 4, 0],
      [1, 0, 0, 4, 1],
      [0, 5, 0, 1, 0],
      [4, 0, 0, 0, 2],
      [0, 2, 0, 4, 0],
      [1, 0, 5, 0, 0],
      [0, 0, 0, 0, 6],
    ];
    expect(fleissKappa(table)).toBeCloseTo(0.43, 3);
    expect(fleissKappa(table)).toBeCloseTo(0.43024452006014074, 9);
    expect(fleissKappa(table, { method: 'randolph' })).toBeCloseTo(0.4444444444444443, 9);
  });

  it("reproduces test_fleis_randolph's tables (Randolph's online calculator, 6 decimals)", () => {
    // statsmodels/stats/tests/test_inter_rater.py::test_fleis_randolph; full precision from statsmodels.
    expect(
      fleissKappa(
        [
          [7, 0],
          [7, 0],
        ],
        { method: 'randolph' },
      ),
    ).toBe(1);

    const fractional = [
      [6.99, 0.01],
      [6.99, 0.01],
    ];
    expect(fleissKappa(fractional)).toBeCloseTo(-0.166667, 5);
    expect(fleissKappa(fractional)).toBeCloseTo(-0.16666666666654992, 9);
    expect(fleissKappa(fractional, { method: 'randolph' })).toBeCloseTo(0.9933428571428575, 9);

    const mixed = [
      [7, 1],
      [3, 5],
    ];
    expect(fleissKappa(mixed)).toBeCloseTo(0.16190476190476205, 9);
    expect(fleissKappa(mixed, { method: 'randolph' })).toBeCloseTo(0.2142857142857144, 9);

    expect(
      fleissKappa([
        [7, 0],
        [0, 7],
      ]),
    ).toBe(1);
    expect(
      fleissKappa(
        [
          [7, 0],
          [0, 7],
        ],
        { method: 'randolph' },
      ),
    ).toBe(1);

    const threeCategories = [
      [6, 1, 0],
      [0, 7, 0],
    ];
    expect(fleissKappa(threeCategories)).toBeCloseTo(0.7083333333333335, 9);
    expect(fleissKappa(threeCategories, { method: 'randolph' })).toBeCloseTo(0.7857142857142858, 9);
  });

  it('counts unused categories in randolph and accepts fractional counts', () => {
    const unusedColumn = [
      [2, 1, 0],
      [1, 2, 0],
      [3, 0, 0],
    ];
    expect(fleissKappa(unusedColumn)).toBeCloseTo(0, 9); // statsmodels: -2.498001805406602e-16
    expect(fleissKappa(unusedColumn, { method: 'randolph' })).toBeCloseTo(0.3333333333333332, 9);
    const fractional = [
      [1.5, 0.5, 1],
      [0.25, 2.5, 0.25],
      [3, 0, 0],
    ];
    expect(fleissKappa(fractional)).toBeCloseTo(0.23629242819843346, 9);
    expect(fleissKappa(fractional, { method: 'randolph' })).toBeCloseTo(0.32291666666666674, 9);
  });

  it('returns NaN in the 0/0 cases statsmodels returns nan for', () => {
    // Every rating in one category: chance agreement 1 under `fleiss`; randolph is still defined.
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
        [3, 0],
      ]),
    ).toBeNaN();
    expect(
      fleissKappa(
        [
          [3, 0],
          [3, 0],
          [3, 0],
        ],
        { method: 'randolph' },
      ),
    ).toBe(1);
    // One rater per subject: n(n − 1) = 0.
    expect(
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    ).toBeNaN();
    expect(
      fleissKappa(
        [
          [1, 0],
          [0, 1],
        ],
        { method: 'randolph' },
      ),
    ).toBeNaN();
    expect(
      fleissKappa([
        [0, 0],
        [0, 0],
      ]),
    ).toBeNaN();
  });

  it('rejects bad tables with the row and cell named', () => {
    expect(() =>
      fleissKappa([
        [3, 0],
        [2, 0],
        [1, 1],
      ]),
    ).toThrow(
      new RangeError(
        'fleissKappa: table[1] has 2 ratings but table[0] has 3; every subject must be rated by the same number of raters',
      ),
    );
    expect(() => fleissKappa([])).toThrow(
      new RangeError('fleissKappa: table has no rows; it needs one row per subject'),
    );
    expect(() => fleissKappa([[]])).toThrow(
      new RangeError('fleissKappa: table[0] has no categories; each row needs one count per category'),
    );
    expect(() => fleissKappa([[1, 2], [3]])).toThrow(
      new RangeError('fleissKappa: table[1] has 1 counts but table[0] has 2; rows must align'),
    );
    expect(() =>
      fleissKappa([
        [1, 2],
        [4, -1],
      ]),
    ).toThrow(new RangeError('fleissKappa: table[1][1] is -1; counts must be finite and ≥ 0'));
    expect(() => fleissKappa([[1, Number.NaN]])).toThrow(
      new RangeError('fleissKappa: table[0][1] is NaN; counts must be finite and ≥ 0'),
    );
    expect(() => fleissKappa([[1, 2]], { method: 'uniform' as 'randolph' })).toThrow(
      new TypeError(`fleissKappa: unknown method "uniform"; use 'fleiss' or 'randolph'`),
    );
  });
});
