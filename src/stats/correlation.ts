// Correlation coefficients with their significance tests, as SciPy computes them: Pearson's r
// (`pearsonr`), Spearman's rho (`spearmanr`) and Kendall's tau-b / tau-c (`kendalltau`).
import {
  type Alternative,
  checkAlternative,
  normalCdf,
  normalSf,
  studentTCdf,
  studentTSf,
} from './distributions.js';
import { regularizedBeta, regularizedBetaComplement } from './special-functions.js';

export interface CorrelationOptions {
  /** 'greater': positive association; 'less': negative; default 'two-sided'. */
  alternative?: Alternative;
}

export interface KendallOptions extends CorrelationOptions {
  /** 'b' (default) adjusts for ties; 'c' (Stuart's tau-c) suits rectangular tables. Same p-value. */
  variant?: 'b' | 'c';
  /** 'auto' (default) is exact for n ≤ 33 or ≤ 1 discordant (or concordant) pair without ties. */
  method?: 'auto' | 'exact' | 'asymptotic';
}

function checkPairs(fn: string, x: ArrayLike<number>, y: ArrayLike<number>, minimum: number): void {
  if (x.length !== y.length)
    throw new RangeError(`${fn}: x and y must have the same length, got ${x.length} and ${y.length}`);
  if (x.length < minimum)
    throw new RangeError(`${fn}: x and y need at least ${minimum} values, got ${x.length}`);
}

function hasNaN(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) return true;
  return false;
}

function isConstant(values: ArrayLike<number>): boolean {
  for (let i = 1; i < values.length; i++) if (values[i] !== values[0]) return false;
  return true;
}

/** Pearson's r, scaling by the largest deviation first so that huge values do not overflow (as SciPy). */
function pearsonCoefficient(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let xMean = 0;
  let yMean = 0;
  for (let i = 0; i < n; i++) {
    xMean += x[i]!;
    yMean += y[i]!;
  }
  xMean /= n;
  yMean /= n;
  let xMax = 0;
  let yMax = 0;
  for (let i = 0; i < n; i++) {
    xMax = Math.max(xMax, Math.abs(x[i]! - xMean));
    yMax = Math.max(yMax, Math.abs(y[i]! - yMean));
  }
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i]! - xMean) / xMax;
    const dy = (y[i]! - yMean) / yMax;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  // One square root of the product: exactly ±1 when y is x or −x (√(s²) = |s| in IEEE arithmetic).
  return Math.min(1, Math.max(-1, sxy / Math.sqrt(sxx * syy)));
}

/**
 * Pearson's r of two rank vectors in NumPy's `corrcoef` order of operations (covariances scaled by
 * 1/(n − 1), then divided by each standard deviation). Centred ranks are multiples of ½, so the sums
 * are exact and rho agrees with SciPy to the last bit, which matters at rho = ±1 for small n.
 */
function rankCorrelation(xRanks: Float64Array, yRanks: Float64Array): number {
  const n = xRanks.length;
  const center = (n + 1) / 2;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xRanks[i]! - center;
    const dy = yRanks[i]! - center;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const scale = 1 / (n - 1);
  // SciPy reads corrcoef's [1][0] entry: c_yx divided by sd_y (rows first), then by sd_x.
  return Math.min(1, Math.max(-1, (sxy * scale) / Math.sqrt(syy * scale) / Math.sqrt(sxx * scale)));
}

/**
 * Pearson's correlation coefficient and its exact p-value under bivariate normality (SciPy
 * `pearsonr(x, y, alternative)`): r follows a beta distribution on (−1, 1) with a = b = n/2 − 1, and
 * the p-value is computed from x = (r + 1)/2 exactly as SciPy does. NaN for a constant input or any
 * NaN value (SciPy warns and returns NaN); n = 2 gives r = ±1 and p = 1, as SciPy promises.
 * Deliberate difference: r is exactly ±1 when y is exactly x or −x. At n = 3 the p-value moves like
 * √(1 − |r|), so SciPy's rounding there shows: pearsonr([1, 0, 2], [1, 0, 2]) gives r = 1 − 2e-16 and
 * p = 6.7e-9 where the exact answer, returned here, is r = 1 and p = 0 (SciPy's tests allow √(2ε)).
 * @example pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]) // { r: 0.7745966692414834, pValue: 0.12402706265755455 }
 */
export function pearson(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: CorrelationOptions = {},
): { r: number; pValue: number } {
  const { alternative = 'two-sided' } = options;
  checkAlternative('pearson', alternative);
  checkPairs('pearson', x, y, 2);
  if (hasNaN(x) || hasNaN(y) || isConstant(x) || isConstant(y)) return { r: Number.NaN, pValue: Number.NaN };
  const n = x.length;
  const r = pearsonCoefficient(x, y);
  if (n === 2) return { r: Math.round(r), pValue: 1 };
  const ab = n / 2 - 1;
  let pValue: number;
  if (alternative === 'less') pValue = regularizedBeta(ab, ab, (r + 1) / 2);
  else if (alternative === 'greater') pValue = regularizedBetaComplement(ab, ab, (r + 1) / 2);
  else pValue = 2 * regularizedBetaComplement(ab, ab, (Math.abs(r) + 1) / 2);
  return { r, pValue };
}

/**
 * Ranks 1..n, ties sharing their average rank (SciPy `rankdata(values, method='average')`).
 * @example averageRanks([10, 30, 20, 20]) // Float64Array [1, 4, 2.5, 2.5]
 */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => compare(values[i]!, values[j]!));
  const ranks = new Float64Array(n);
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = rank;
    start = end;
  }
  return ranks;
}

/** SciPy's `_get_pvalue` for a statistic with a symmetric null distribution. */
function pValueFromTails(
  alternative: Alternative,
  statistic: number,
  cdf: (s: number) => number,
  sf: (s: number) => number,
): number {
  if (alternative === 'less') return cdf(statistic);
  if (alternative === 'greater') return sf(statistic);
  return 2 * sf(Math.abs(statistic));
}

/**
 * Spearman's rank correlation with ties given average ranks, and SciPy's t-distribution p-value
 * with n − 2 degrees of freedom (SciPy `spearmanr(x, y, alternative)`). NaN for a constant input, any
 * NaN value or n < 2, as SciPy; for n = 2 rho is ±1 and the p-value NaN (no degrees of freedom).
 * @example
 * spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) // { rho: 0.8207826816681234, pValue: 0.08858700531354381 }
 */
export function spearman(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: CorrelationOptions = {},
): { rho: number; pValue: number } {
  const { alternative = 'two-sided' } = options;
  checkAlternative('spearman', alternative);
  checkPairs('spearman', x, y, 0);
  const n = x.length;
  if (n < 2 || hasNaN(x) || hasNaN(y) || isConstant(x) || isConstant(y))
    return { rho: Number.NaN, pValue: Number.NaN };
  const rho = rankCorrelation(averageRanks(x), averageRanks(y));
  const dof = n - 2;
  // As SciPy: the radicand is clipped at 0, rho = ±1 gives t = ±Infinity (p = 0), and n = 2 gives
  // 0/0 = NaN, which Math.max propagates like numpy's clip.
  const t = rho * Math.sqrt(Math.max(dof / ((rho + 1) * (1 - rho)), 0));
  const pValue = pValueFromTails(
    alternative,
    t,
    (s) => studentTCdf(s, dof),
    (s) => studentTSf(s, dof),
  );
  return { rho, pValue };
}

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Tied pairs Σ c(c − 1)/2 over groups of c equal values, and SciPy's variance terms v0 and v1. */
function tieSums(groupSizes: ArrayLike<number>): { ties: number; v0: number; v1: number } {
  let ties = 0;
  let v0 = 0;
  let v1 = 0;
  for (let g = 0; g < groupSizes.length; g++) {
    const c = groupSizes[g]!;
    if (c < 2) continue;
    ties += (c * (c - 1)) / 2;
    v0 += c * (c - 1) * (c - 2);
    v1 += c * (c - 1) * (2 * c + 5);
  }
  return { ties, v0, v1 };
}

/** Sizes of the runs of consecutive entries of `order` that `equal` puts together. */
function runLengths(order: Uint32Array, equal: (i: number, j: number) => boolean): number[] {
  const sizes: number[] = [];
  let run = 1;
  for (let k = 1; k < order.length; k++) {
    if (equal(order[k - 1]!, order[k]!)) run++;
    else {
      sizes.push(run);
      run = 1;
    }
  }
  if (order.length > 0) sizes.push(run);
  return sizes;
}

/** How many values share each dense rank. */
function rankCounts({ ranks, distinct }: { ranks: Uint32Array; distinct: number }): Uint32Array {
  const counts = new Uint32Array(distinct + 1);
  for (const rank of ranks) counts[rank]!++;
  return counts;
}

/** Dense ranks 1..m of `values` (equal values share a rank) and m. */
function denseRanks(values: ArrayLike<number>): { ranks: Uint32Array; distinct: number } {
  const n = values.length;
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((i, j) => compare(values[i]!, values[j]!));
  const ranks = new Uint32Array(n);
  let rank = 0;
  for (let k = 0; k < n; k++) {
    if (k === 0 || values[order[k]!] !== values[order[k - 1]!]) rank++;
    ranks[order[k]!] = rank;
  }
  return { ranks, distinct: rank };
}

/**
 * Discordant pairs (x_i < x_j and y_i > y_j) in O(n log n): walk the points in `order` (by x), one
 * group of equal x at a time, and count earlier (strictly smaller x) points with a larger y in a
 * Fenwick tree over the y ranks.
 */
function discordantPairs(
  order: Uint32Array,
  xRanks: Uint32Array,
  yRanks: Uint32Array,
  yDistinct: number,
): number {
  const n = order.length;
  const tree = new Float64Array(yDistinct + 1);
  let discordant = 0;
  let seen = 0;
  for (let start = 0; start < n; ) {
    let end = start;
    while (end < n && xRanks[order[end]!] === xRanks[order[start]!]) {
      let atMost = 0;
      for (let r = yRanks[order[end]!]!; r > 0; r &= r - 1) atMost += tree[r]!;
      discordant += seen - atMost;
      end++;
    }
    for (; start < end; start++, seen++)
      for (let r = yRanks[order[start]!]!; r <= yDistinct; r += r & -r) tree[r]!++;
  }
  return discordant;
}

/**
 * SciPy's exact null distribution of the concordant-pair count for n untied pairs
 * (`mstats_basic._kendall_p_exact`, Kendall 1970): the p-value of c concordant pairs.
 */
function kendallExactPValue(n: number, concordant: number, alternative: Alternative): number {
  const pairs = (n * (n - 1)) / 2;
  const inRightTail = concordant >= pairs - concordant;
  const c = Math.min(concordant, pairs - concordant);
  let probability: number;
  let massAtC = 0;
  if (n === 1) {
    probability = 1;
    massAtC = 1;
  } else if (n === 2) {
    probability = 1;
    massAtC = 0.5;
  } else if (c === 0) {
    probability = n < 171 ? 2 / factorial(n) : 0;
    massAtC = probability / 2;
  } else if (c === 1) {
    probability = n < 172 ? 2 / factorial(n - 1) : 0;
    massAtC = (n - 1) / factorial(n);
  } else if (4 * c === n * (n - 1) && alternative === 'two-sided') {
    probability = 1;
  } else {
    // counts[k] = permutations of 1..j with k inversions, built up j = 3..n (Mahonian numbers),
    // scaled by 1/j at each step when n! would overflow.
    const scaled = n >= 171;
    let counts = new Float64Array(c + 1);
    let next = new Float64Array(c + 1);
    counts[0] = 1;
    counts[1] = 1;
    for (let j = 3; j <= n; j++) {
      let running = 0;
      for (let k = 0; k <= c; k++) {
        running += counts[k]!;
        next[k] = scaled ? running / j : running;
      }
      if (j <= c) for (let k = c; k >= j; k--) next[k]! -= next[k - j]!;
      [counts, next] = [next, counts];
    }
    let total = 0;
    for (let k = 0; k <= c; k++) total += counts[k]!;
    if (scaled) {
      probability = total;
      massAtC = counts[c]! / 2;
    } else {
      probability = (2 * total) / factorial(n);
      massAtC = counts[c]! / factorial(n);
    }
  }
  if (alternative !== 'two-sided') {
    probability =
      inRightTail === (alternative === 'greater') ? probability / 2 : 1 - probability / 2 + massAtC;
  }
  return Math.min(1, Math.max(0, probability));
}

function factorial(n: number): number {
  let product = 1;
  for (let k = 2; k <= n; k++) product *= k;
  return product;
}

/**
 * Kendall's tau-b (default) or tau-c with SciPy's p-value (SciPy `kendalltau(x, y, variant, method,
 * alternative)`), in O(n log n). 'auto' uses the exact null distribution when there are no ties and
 * n ≤ 33 (or at most one discordant or concordant pair), else the normal approximation with the
 * tie-corrected variance. NaN for a constant input, any NaN value or fewer than 2 values, as SciPy;
 * 'exact' with ties throws (SciPy raises).
 * @example
 * kendall([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) // { tau: -0.4714045207910316, pValue: 0.2827454599327728 }
 */
export function kendall(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  options: KendallOptions = {},
): { tau: number; pValue: number } {
  const { variant = 'b', method = 'auto', alternative = 'two-sided' } = options;
  checkAlternative('kendall', alternative);
  if (variant !== 'b' && variant !== 'c')
    throw new RangeError(`kendall: variant must be 'b' or 'c', got ${String(variant)}`);
  if (method !== 'auto' && method !== 'exact' && method !== 'asymptotic')
    throw new RangeError(`kendall: method must be 'auto', 'exact' or 'asymptotic', got ${String(method)}`);
  checkPairs('kendall', x, y, 0);
  const n = x.length;
  const nan = { tau: Number.NaN, pValue: Number.NaN };
  if (n === 0 || hasNaN(x) || hasNaN(y)) return nan;

  const xDense = denseRanks(x);
  const yDense = denseRanks(y);
  const xs = xDense.ranks;
  const ys = yDense.ranks;
  const byX = Uint32Array.from({ length: n }, (_, i) => i).sort((i, j) => xs[i]! - xs[j]! || ys[i]! - ys[j]!);
  const xTies = tieSums(rankCounts(xDense));
  const yTies = tieSums(rankCounts(yDense));
  const jointTies = tieSums(runLengths(byX, (i, j) => xs[i] === xs[j] && ys[i] === ys[j])).ties;
  const pairs = (n * (n - 1)) / 2;
  if (xTies.ties === pairs || yTies.ties === pairs) return nan;

  const discordant = discordantPairs(byX, xs, ys, yDense.distinct);
  // pairs = concordant + discordant + (x-only ties) + (y-only ties) + joint ties
  const concordantMinusDiscordant = pairs - xTies.ties - yTies.ties + jointTies - 2 * discordant;
  let tau: number;
  if (variant === 'b') {
    tau = concordantMinusDiscordant / Math.sqrt(pairs - xTies.ties) / Math.sqrt(pairs - yTies.ties);
  } else {
    const classes = Math.min(xDense.distinct, yDense.distinct);
    tau = (2 * concordantMinusDiscordant) / ((n ** 2 * (classes - 1)) / classes);
  }
  tau = Math.min(1, Math.max(-1, tau));

  const untied = xTies.ties === 0 && yTies.ties === 0;
  if (method === 'exact' && !untied)
    throw new RangeError('kendall: ties found, the exact method cannot be used');
  const exact =
    method === 'exact' ||
    (method === 'auto' && untied && (n <= 33 || Math.min(discordant, pairs - discordant) <= 1));
  if (exact) return { tau, pValue: kendallExactPValue(n, pairs - discordant, alternative) };

  const m = n * (n - 1);
  const variance =
    (m * (2 * n + 5) - xTies.v1 - yTies.v1) / 18 +
    (2 * xTies.ties * yTies.ties) / m +
    (xTies.v0 * yTies.v0) / (9 * m * (n - 2));
  const z = concordantMinusDiscordant / Math.sqrt(variance);
  return { tau, pValue: pValueFromTails(alternative, z, normalCdf, normalSf) };
}
