// Assertions for floating-point results compared with reference values (sacreBLEU, rouge-score, SciPy,
// mpmath, statsmodels...): one helper for every test that checks a number against a reference.
import { expect } from 'vitest';

/** |actual − expected| ≤ tolerance (absolute); NaN and ±Infinity must match exactly. */
export function expectClose(actual: number, expected: number, tolerance = 1e-9, label = ''): void {
  if (!Number.isFinite(expected)) {
    expect(actual, label).toBe(expected);
    return;
  }
  const error = Math.abs(actual - expected);
  expect(error, `${label} got ${actual}, expected ${expected} (absolute error ${error})`).toBeLessThanOrEqual(
    tolerance,
  );
}

/** |actual − expected| ≤ relative·|expected|; zero, NaN and ±Infinity must match exactly. */
export function expectRelativeClose(actual: number, expected: number, relative = 1e-12, label = ''): void {
  if (!Number.isFinite(expected) || expected === 0) {
    expect(actual, label).toBe(expected);
    return;
  }
  const error = Math.abs(actual - expected) / Math.abs(expected);
  expect(error, `${label} got ${actual}, expected ${expected} (relative error ${error})`).toBeLessThanOrEqual(
    relative,
  );
}

/** Element-wise {@link expectClose}; the lengths must be equal. */
export function expectAllClose(
  actual: readonly number[],
  expected: readonly number[],
  tolerance = 1e-9,
): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => {
    expectClose(value, expected[i]!, tolerance, `[${i}]`);
  });
}
