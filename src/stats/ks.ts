// The two-sample Kolmogorov–Smirnov test, numerically as `scipy.stats.ks_2samp` (SciPy 1.17): the statistic
// with ties, exact p-values by lattice-path counting, and SciPy's asymptotic p-values and fallbacks.

import type { Alternative } from './distributions.js';
import { kstwoSf } from './ks-distribution.js';

export type KsAlternative = Alternative;
export type KsMethod = 'auto' | 'exact' | 'asymp';

export interface KsTwoSampleOptions {
  /**
   * 'two-sided' (default): the distributions differ. 'greater': the CDF of x lies above the CDF of y
   * somewhere (x tends to be SMALLER); the statistic is max(F_x − F_y). 'less': the CDF of x lies below
   * the CDF of y somewhere (x tends to be LARGER); the statistic is max(F_y − F_x).
   */
  alternative?: KsAlternative;
  /** 'auto' (default): exact when both samples have at most 10,000 values, else asymptotic. */
  method?: KsMethod;
}

export interface KsTwoSampleResult {
  /** D (two-sided), D+ = max(F_x − F_y) ('greater') or D− = max(F_y − F_x) ('less'). */
  statistic: number;
  pValue: number;
  /** How the p-value was computed: 'asymp' also when an exact computation was asked for but SciPy gives up. */
  method: 'exact' | 'asymp';
  /** The observation at which the ECDFs are furthest apart (SciPy's `statistic_location`). */
  statisticLocation: number;
  /** +1 when the ECDF of x is above the ECDF of y there, −1 when below (SciPy's `statistic_sign`). */
  statisticSign: 1 | -1;
}

const ALTERNATIVES: readonly string[] = ['two-sided', 'less', 'greater'];
const METHODS: readonly string[] = ['auto', 'exact', 'asymp'];
/** SciPy's `MAX_AUTO_N`: 'auto' is exact while max(n1, n2) ≤ this. */
const MAX_AUTO_EXACT_SIZE = 10_000;
const INT32_MAX = 2 ** 31 - 1;
const LOG_MAX_DOUBLE = Math.log(Number.MAX_VALUE);

/**
 * Two-sample Kolmogorov–Smirnov test: are x and y drawn from the same continuous distribution?
 * Matches `scipy.stats.ks_2samp(x, y, alternative, method)`, including its edge cases:
 * - 'exact' two-sided p-values come from the same recursions as SciPy (Hodges; Viehmann's stable form), so
 *   they agree to the last bits; 'exact' one-sided p-values for unequal sizes are computed with a stable
 *   path-counting recursion, where SciPy's inclusion–exclusion loses up to ~1e-11 (the difference is SciPy's
 *   rounding, checked against exact rational arithmetic).
 * - like SciPy, an exact one-sided p-value for unequal sizes whose path count overflows a double
 *   (C(n1 + n2, n1) > 1.8e308, e.g. 600 vs 500) and an exact request whose lcm(n1, n2) ≥ 2^31 fall back to
 *   the asymptotic p-value (`method: 'asymp'` in the result).
 * - asymptotic two-sided p-values use the finite-n distribution `kstwo` at n = round(n1·n2/(n1 + n2)), as
 *   SciPy does; one-sided ones use Hodges' approximation exp(−2z² − 2z(m + 2n)/√(mn(m + n))/3).
 * - with method 'asymp' and two samples of one value each, round(0.5) = 0 and the p-value is NaN (SciPy too).
 * Ties are handled as SciPy does (ECDFs evaluated at every observation, right-continuous). NaN or empty
 * input throws a RangeError (SciPy returns NaN).
 *
 * @example
 * ksTwoSample([0.61, 0.29, 0.06, 0.59, -1.73], [-0.07, 0.35, 1.2, 2.1]);
 * // { statistic: 0.5, pValue: 0.5634920634920635, method: 'exact', statisticLocation: 0.61, statisticSign: 1 }
 */
export function ksTwoSample(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: KsTwoSampleOptions = {},
): KsTwoSampleResult {
  const alternative = options.alternative ?? 'two-sided';
  const requestedMethod = options.method ?? 'auto';
  if (!ALTERNATIVES.includes(alternative))
    throw new RangeError(
      `ksTwoSample: alternative must be one of ${ALTERNATIVES.join(', ')}, got ${alternative}`,
    );
  if (!METHODS.includes(requestedMethod))
    throw new RangeError(`ksTwoSample: method must be one of ${METHODS.join(', ')}, got ${requestedMethod}`);
  const xs = sortedSample(x, 'x');
  const ys = sortedSample(y, 'y');
  const n1 = xs.length;
  const n2 = ys.length;

  const extremes = ecdfExtremes(xs, ys);
  const useMinimum =
    alternative === 'less' || (alternative === 'two-sided' && extremes.minimum > extremes.maximum);
  let statistic = useMinimum ? extremes.minimum : extremes.maximum;
  const statisticLocation = useMinimum ? extremes.minimumLocation : extremes.maximumLocation;
  const statisticSign = useMinimum ? -1 : 1;

  const g = gcd(n1, n2);
  let method: 'exact' | 'asymp';
  if (requestedMethod === 'auto') method = Math.max(n1, n2) <= MAX_AUTO_EXACT_SIZE ? 'exact' : 'asymp';
  else if (requestedMethod === 'exact') method = n1 / g >= INT32_MAX / (n2 / g) ? 'asymp' : 'exact';
  else method = 'asymp';

  if (method === 'exact') {
    // The statistic is a multiple of 1/lcm(n1, n2); SciPy snaps it to that grid before counting paths.
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(statistic * lcm);
    statistic = h / lcm;
    const pValue = h === 0 ? 1 : exactPValue(n1, n2, g, h, alternative);
    if (pValue !== undefined && pValue >= 0 && pValue <= 1)
      return { statistic, pValue, method, statisticLocation, statisticSign };
    method = 'asymp';
  }
  const pValue = asymptoticPValue(n1, n2, statistic, alternative);
  return { statistic, pValue, method, statisticLocation, statisticSign };
}

interface EcdfExtremes {
  /** max over observations of F_x − F_y (never negative: both ECDFs reach 1 at the largest value). */
  maximum: number;
  maximumLocation: number;
  /** max over observations of F_y − F_x, at least 0. */
  minimum: number;
  minimumLocation: number;
}

/**
 * Walks the merged sorted samples once. The location follows numpy's argmax over [sorted x, sorted y]:
 * the smallest x attaining the extreme if there is one, else the smallest y.
 */
function ecdfExtremes(xs: Float64Array, ys: Float64Array): EcdfExtremes {
  const n1 = xs.length;
  const n2 = ys.length;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxXAt = Number.NaN;
  let maxY = Number.NEGATIVE_INFINITY;
  let maxYAt = Number.NaN;
  let minX = Number.POSITIVE_INFINITY;
  let minXAt = Number.NaN;
  let minY = Number.POSITIVE_INFINITY;
  let minYAt = Number.NaN;
  let i = 0;
  let j = 0;
  while (i < n1 || j < n2) {
    const value = j >= n2 || (i < n1 && xs[i]! <= ys[j]!) ? xs[i]! : ys[j]!;
    const inX = i < n1 && xs[i] === value;
    const inY = j < n2 && ys[j] === value;
    while (i < n1 && xs[i] === value) i++;
    while (j < n2 && ys[j] === value) j++;
    const difference = i / n1 - j / n2;
    if (inX) {
      if (difference > maxX) [maxX, maxXAt] = [difference, value];
      if (difference < minX) [minX, minXAt] = [difference, value];
    }
    if (inY) {
      if (difference > maxY) [maxY, maxYAt] = [difference, value];
      if (difference < minY) [minY, minYAt] = [difference, value];
    }
  }
  const maximum = Math.max(maxX, maxY);
  const lowest = Math.min(minX, minY);
  return {
    maximum,
    maximumLocation: maxX === maximum ? maxXAt : maxYAt,
    // SciPy clips −min to [0, 1]; + 0 turns −0 into 0.
    minimum: Math.min(Math.max(-lowest, 0), 1) + 0,
    minimumLocation: minX === lowest ? minXAt : minYAt,
  };
}

/** The exact p-value for D = h / lcm(n1, n2), or undefined where SciPy gives up and goes asymptotic. */
function exactPValue(
  n1: number,
  n2: number,
  g: number,
  h: number,
  alternative: KsAlternative,
): number | undefined {
  if (alternative === 'two-sided') {
    return n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
  }
  if (n1 === n2) {
    // C(2n, n − h) / C(2n, n) as a product, which stays accurate where the binomials would not.
    let p = 1;
    for (let j = 0; j < h; j++) p *= (n1 - j) / (n1 + j + 1);
    return p;
  }
  // SciPy divides a path count by C(n1 + n2, n1) and gives up when that overflows.
  if (logBinomial(n1 + n2, Math.min(n1, n2)) > LOG_MAX_DOUBLE) return undefined;
  return probabilityBelowLine(n1, n2, g, h);
}

/**
 * P(D_{n,n} ≥ h/n) = 2 Σ_k (−1)^(k+1) C(2n, n − kh) / C(2n, n), each ratio a product of h factors, nested
 * Horner-like to avoid the cancellation of the alternating sum (SciPy's `_compute_prob_outside_square`).
 */
function probabilityOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let ratio = 1;
    for (let j = 0; j < h; j++) ratio = ((n - k * h - j) * ratio) / (n + k * h + j + 1);
    p = ratio * (1 - p);
  }
  return 2 * p;
}

/**
 * The share of lattice paths from (0, 0) to (m, n) that leave the band |x/m − y/n| < h/lcm, computed
 * directly as a probability column by column (Viehmann's recursion for 1 − p in Hodges' inside method,
 * SciPy's `_compute_outer_prob_inside_method`). Only a sliding window of each column is kept.
 */
function probabilityOutsideBand(n1: number, n2: number, g: number, h: number): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const mg = m / g;
  const ng = n / g;
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxJ - minJ;
  const column = new Float64Array(Math.min(2 * maxJ + 2, n + 1)).fill(1);
  column.fill(0, minJ, maxJ);
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxJ <= minJ) return 1;
    let value = minJ === 0 ? 0 : 1;
    for (let jj = 0; jj < maxJ - minJ; jj++) {
      const j = jj + minJ;
      value = (column[jj + minJ - lastMinJ]! * i + value * j) / (i + j);
      column[jj] = value;
    }
    currentLength = maxJ - minJ;
    if (lastLength > currentLength) column.fill(1, maxJ - minJ, maxJ - minJ + (lastLength - currentLength));
  }
  return column[maxJ - minJ - 1]!;
}

/**
 * The share of lattice paths from (0, 0) to (m, n), m ≥ n, that touch n·x − m·y ≥ h·g, i.e. P(D+ ≥ h/lcm).
 * Each point holds the probability that a uniformly random path reaching it has touched the line; a point
 * is reached from the left with probability x/(x + y), so every update is a convex combination and the
 * result is accurate to a few ulps (SciPy's inclusion–exclusion count is not).
 */
function probabilityBelowLine(n1: number, n2: number, g: number, h: number): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const threshold = h * g;
  const touched = new Float64Array(n + 1);
  for (let x = 1; x <= m; x++) {
    const reach = n * x - threshold;
    for (let y = 0; y <= n; y++) {
      if (reach >= m * y) touched[y] = 1;
      else if (y > 0) touched[y] = (x * touched[y]! + y * touched[y - 1]!) / (x + y);
    }
  }
  return touched[n]!;
}

function asymptoticPValue(n1: number, n2: number, statistic: number, alternative: KsAlternative): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const effectiveSize = (m * n) / (m + n);
  let p: number;
  if (alternative === 'two-sided') {
    const size = roundHalfEven(effectiveSize);
    p = size >= 1 ? kstwoSf(statistic, size) : Number.NaN;
  } else {
    // Hodges (1958) eq. 5.3, which needs m to be the larger sample.
    const z = Math.sqrt(effectiveSize) * statistic;
    p = Math.exp(-2 * z ** 2 - (2 * z * (m + 2 * n)) / Math.sqrt(m * n * (m + n)) / 3);
  }
  return Number.isNaN(p) ? p : Math.min(Math.max(p, 0), 1);
}

function sortedSample(values: ArrayLike<number>, name: string): Float64Array {
  if (values.length === 0) throw new RangeError(`ksTwoSample: ${name} is empty`);
  const sorted = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'number' || Number.isNaN(value))
      throw new RangeError(`ksTwoSample: ${name}[${i}] is not a number (${String(value)})`);
    sorted[i] = value;
  }
  return sorted.sort();
}

/** ln C(n, k) as a sum of logs: only compared with ln(MAX_DOUBLE), so a few ulps do not matter. */
function logBinomial(n: number, k: number): number {
  let total = 0;
  for (let i = 1; i <= k; i++) total += Math.log((n - k + i) / i);
  return total;
}

/** numpy's round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return fraction < 0.5 ? floor : floor + 1;
  return floor % 2 === 0 ? floor : floor + 1;
}

function gcd(a: number, b: number): number {
  let [p, q] = [a, b];
  while (q !== 0) [p, q] = [q, p % q];
  return p;
}
