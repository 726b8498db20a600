// McNemar's test of paired proportions (two systems graded on the same cases), as statsmodels'
// `statsmodels.stats.contingency_tables.mcnemar` computes it.
import { binomialCdf, chiSquareSf } from './distributions.js';

export interface McNemarOptions {
  /** Exact binomial test on the discordant pairs (default true); false uses the chi-square approximation. */
  exact?: boolean;
  /** Continuity correction of the chi-square statistic (default true); ignored when exact. */
  correction?: boolean;
}

export interface TestResult {
  statistic: number;
  pValue: number;
}

/**
 * McNemar's test on a 2×2 table of paired outcomes [[both pass, only A passes], [only B passes,
 * both fail]]; only the discordant cells b = table[0][1] and c = table[1][0] matter. Same results as
 * statsmodels `mcnemar(table, exact, correction)`:
 * - exact (default): statistic = min(b, c), p = min(1, 2·P(X ≤ min(b, c))) with X ~ Binomial(b + c, ½);
 * - otherwise: statistic = (|b − c| − 1)² / (b + c) with the correction (even when b = c, where it gives
 *   1/(b + c) rather than 0), (b − c)²/(b + c) without, p from chi-square with 1 degree of freedom.
 * With no discordant pairs (b + c = 0) statsmodels returns, and so does this: exact → statistic 0,
 * p 1; corrected chi-square → statistic Infinity, p 0 (!); uncorrected → NaN, NaN. Prefer the exact test.
 * @example mcnemar([[101, 121], [59, 33]]) // { statistic: 59, pValue: 0.000004434449263755179 }
 */
export function mcnemar(
  table: [[number, number], [number, number]],
  options: McNemarOptions = {},
): TestResult {
  const { exact = true, correction = true } = options;
  checkTable(table);
  const b = table[0][1];
  const c = table[1][0];
  if (exact) {
    if (!Number.isInteger(b) || !Number.isInteger(c))
      throw new RangeError(`mcnemar: the exact test needs integer counts, got b = ${b}, c = ${c}`);
    const statistic = Math.min(b, c);
    return { statistic, pValue: Math.min(1, 2 * binomialCdf(statistic, b + c, 0.5)) };
  }
  const statistic = (Math.abs(b - c) - (correction ? 1 : 0)) ** 2 / (b + c);
  return { statistic, pValue: Number.isNaN(statistic) ? Number.NaN : chiSquareSf(statistic, 1) };
}

function checkTable(table: unknown): asserts table is [[number, number], [number, number]] {
  const isRow = (row: unknown): row is number[] => Array.isArray(row) && row.length === 2;
  if (!Array.isArray(table) || table.length !== 2 || !isRow(table[0]) || !isRow(table[1]))
    throw new RangeError('mcnemar: the table must be 2×2: [[a, b], [c, d]]');
  for (const [i, row] of table.entries())
    for (const [j, count] of (row as number[]).entries())
      if (!(typeof count === 'number' && Number.isFinite(count) && count >= 0))
        throw new RangeError(`mcnemar: table[${i}][${j}] must be a finite count ≥ 0, got ${String(count)}`);
}
