// Fleiss' kappa (and Randolph's free-marginal variant) for many raters, computed as statsmodels'
// `statsmodels.stats.inter_rater.fleiss_kappa` computes it, from a subjects × categories count table.

/** `fleiss`: chance agreement from the observed category shares; `randolph`: uniform, 1/categories. */
export type FleissKappaMethod = 'fleiss' | 'randolph';

export interface FleissKappaOptions {
  method?: FleissKappaMethod;
}

/**
 * Fleiss' kappa, equal to statsmodels' `fleiss_kappa(table, method=...)`. `table[i][j]` is how many
 * raters put subject i in category j; every subject must have the same number of ratings n.
 *
 * P_i = (Σ_j table[i][j]² − n) / (n(n − 1)), P̄ = mean of P_i; chance agreement P_e = Σ_j p_j² with
 * p_j = column j's share of all ratings (`fleiss`), or 1/categories (`randolph`, Randolph 2005);
 * κ = (P̄ − P_e) / (1 − P_e).
 *
 * - Counts may be fractional (statsmodels accepts them) but not negative.
 * - Rows with different totals throw a RangeError naming the first row that differs from row 0
 *   (statsmodels fails an assertion there).
 * - 0/0 cases return NaN as statsmodels does: all ratings in one category with `fleiss`, a single
 *   rater per subject, or an all-zero table.
 *
 * @example
 * // 3 subjects, 4 raters each, categories [yes, no]
 * fleissKappa([[4, 0], [3, 1], [0, 4]]); // 0.6571428571428571
 * fleissKappa([[4, 0], [3, 1], [0, 4]], { method: 'randolph' }); // 0.6666666666666667
 */
export function fleissKappa(table: readonly (readonly number[])[], options: FleissKappaOptions = {}): number {
  const method = options.method ?? 'fleiss';
  if (method !== 'fleiss' && method !== 'randolph') {
    throw new TypeError(`fleissKappa: unknown method ${JSON.stringify(method)}; use 'fleiss' or 'randolph'`);
  }
  const subjects = table.length;
  if (subjects === 0) throw new RangeError('fleissKappa: table has no rows; it needs one row per subject');
  const categories = checkShape(table);

  const rowTotals = new Float64Array(subjects);
  const columnTotals = new Float64Array(categories);
  let grandTotal = 0;
  let raters = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < subjects; i++) {
    const row = table[i]!;
    let rowTotal = 0;
    for (let j = 0; j < categories; j++) {
      const count = row[j]!;
      if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) {
        throw new RangeError(`fleissKappa: table[${i}][${j}] is ${count}; counts must be finite and ≥ 0`);
      }
      rowTotal += count;
      columnTotals[j]! += count;
    }
    rowTotals[i] = rowTotal;
    grandTotal += rowTotal;
    if (rowTotal > raters) raters = rowTotal;
  }
  checkEqualRaters(rowTotals);

  let agreementSum = 0;
  for (let i = 0; i < subjects; i++) {
    const row = table[i]!;
    let squares = 0;
    for (let j = 0; j < categories; j++) squares += row[j]! * row[j]!;
    agreementSum += (squares - raters) / (raters * (raters - 1));
  }
  const observed = agreementSum / subjects;

  let chance: number;
  if (method === 'randolph') {
    chance = 1 / categories;
  } else {
    chance = 0;
    for (let j = 0; j < categories; j++) {
      const share = columnTotals[j]! / grandTotal;
      chance += share * share;
    }
  }
  return (observed - chance) / (1 - chance);
}

/** The number of categories, after checking every row has it. */
function checkShape(table: readonly (readonly number[])[]): number {
  const first = table[0];
  if (!Array.isArray(first) || first.length === 0) {
    throw new RangeError('fleissKappa: table[0] has no categories; each row needs one count per category');
  }
  const categories = first.length;
  table.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== categories) {
      const got = Array.isArray(row) ? `${row.length} counts` : typeof row;
      throw new RangeError(
        `fleissKappa: table[${i}] has ${got} but table[0] has ${categories}; rows must align`,
      );
    }
  });
  return categories;
}

function checkEqualRaters(rowTotals: Float64Array): void {
  const expected = rowTotals[0]!;
  // Fractional counts may not add up bit-for-bit; a relative 1e-9 still catches any real difference.
  const tolerance = 1e-9 * Math.max(1, expected);
  for (let i = 1; i < rowTotals.length; i++) {
    if (Math.abs(rowTotals[i]! - expected) > tolerance) {
      throw new RangeError(
        `fleissKappa: table[${i}] has ${rowTotals[i]} ratings but table[0] has ${expected}; every subject must be rated by the same number of raters`,
      );
    }
  }
}
