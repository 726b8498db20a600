// Pearson's chi-square test of independence on an r×c contingency table, as SciPy's
// `scipy.stats.chi2_contingency` computes it (Yates' correction when there is one degree of freedom).
import { chiSquareSf } from './distributions.js';

export interface ChiSquareOptions {
  /** Yates' continuity correction, applied (as in SciPy) only when dof = 1; default true. */
  correction?: boolean;
}

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  /** Degrees of freedom (r − 1)(c − 1). */
  dof: number;
  /** Expected counts under independence: row total × column total / grand total. */
  expected: number[][];
}

/**
 * Chi-square test of independence of the rows and columns of a contingency table of counts (SciPy
 * `chi2_contingency(observed, correction)`). With one degree of freedom and `correction`, each
 * observed count moves towards its expected count by min(½, |expected − observed|) (SciPy gh-13875).
 * A table with a single row or column has dof 0: statistic 0, p-value 1, as SciPy. A zero expected
 * count (an all-zero row or column) is an error, as in SciPy.
 * @example
 * chiSquareIndependence([[10, 20], [30, 40]])
 * // { statistic: 0.4464285714285714, pValue: 0.5040358664525048, dof: 1, expected: [[12, 18], [28, 42]] }
 */
export function chiSquareIndependence(table: number[][], options: ChiSquareOptions = {}): ChiSquareResult {
  const { correction = true } = options;
  checkTable(table);
  const rows = table.length;
  const columns = table[0]!.length;
  const rowTotals = table.map((row) => row.reduce((sum, count) => sum + count, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) =>
    table.reduce((sum, row) => sum + row[j]!, 0),
  );
  const total = rowTotals.reduce((sum, count) => sum + count, 0);
  const expected = rowTotals.map((rowTotal) =>
    columnTotals.map((columnTotal) => (rowTotal * columnTotal) / total),
  );
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++)
      if (expected[i]![j] === 0)
        throw new RangeError(
          `chiSquareIndependence: the expected count at table[${i}][${j}] is zero (its row or column sums to 0)`,
        );

  const dof = rows * columns - rows - columns + 1;
  if (dof === 0) return { statistic: 0, pValue: 1, dof, expected };
  const yates = dof === 1 && correction;
  let statistic = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < columns; j++) {
      const e = expected[i]![j]!;
      let o = table[i]![j]!;
      if (yates) o += Math.sign(e - o) * Math.min(0.5, Math.abs(e - o));
      statistic += (o - e) ** 2 / e;
    }
  }
  return { statistic, pValue: chiSquareSf(statistic, dof), dof, expected };
}

function checkTable(table: unknown): asserts table is number[][] {
  if (!Array.isArray(table) || table.length === 0 || !Array.isArray(table[0]) || table[0].length === 0)
    throw new RangeError('chiSquareIndependence: the table needs at least one row and one column');
  const columns = (table[0] as unknown[]).length;
  for (const [i, row] of table.entries()) {
    if (!Array.isArray(row) || row.length !== columns)
      throw new RangeError(
        `chiSquareIndependence: row ${i} has ${Array.isArray(row) ? row.length : 'no'} columns, expected ${columns}`,
      );
    for (const [j, count] of row.entries())
      if (!(typeof count === 'number' && Number.isFinite(count) && count >= 0))
        throw new RangeError(
          `chiSquareIndependence: table[${i}][${j}] must be a finite count ≥ 0, got ${String(count)}`,
        );
  }
}
