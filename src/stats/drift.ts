// Drift between two binned distributions (a baseline and a current window): the population stability
// index and the Jensen–Shannon divergence and distance.

export interface PopulationStabilityIndexOptions {
  /**
   * The proportion that stands in for an empty bin (default 1e-4, the replacement Evidently and the
   * widely copied mwburke/population-stability-index use), so that a bin empty on one side adds a large
   * but finite term. Only exact zeros are replaced and nothing is renormalised. With 0, a bin empty on
   * one side only makes the index Infinity.
   */
  epsilon?: number;
}

const DEFAULT_PSI_EPSILON = 1e-4;
/** Proportions read from a report are rounded; a sum further than this from 1 is a mistake, not rounding. */
const PROPORTION_SUM_TOLERANCE = 0.01;

/**
 * Population stability index Σ (actual − expected) · ln(actual / expected) over bins, which equals
 * KL(actual‖expected) + KL(expected‖actual). Rule of thumb: < 0.1 stable, 0.1–0.25 moderate shift,
 * > 0.25 major shift. Both arguments are proportions per bin (each summing to 1 within 0.01); for counts
 * use `populationStabilityIndexFromCounts`.
 *
 * @example
 * populationStabilityIndex([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4]); // 0.22821740957339182
 */
export function populationStabilityIndex(
  expectedProportions: ArrayLike<number>,
  actualProportions: ArrayLike<number>,
  options: PopulationStabilityIndexOptions = {},
): number {
  const name = 'populationStabilityIndex';
  checkPair(name, expectedProportions, actualProportions, 'expectedProportions', 'actualProportions');
  for (const [values, label] of [
    [expectedProportions, 'expectedProportions'],
    [actualProportions, 'actualProportions'],
  ] as const) {
    const sum = total(values);
    if (Math.abs(sum - 1) > PROPORTION_SUM_TOLERANCE)
      throw new RangeError(
        `${name}: ${label} sum to ${sum}, not 1; pass proportions, or counts to populationStabilityIndexFromCounts`,
      );
  }
  return psiOfProportions(expectedProportions, actualProportions, 1, 1, psiEpsilon(name, options));
}

/**
 * The population stability index from counts per bin (each divided by its total first), e.g. a baseline
 * histogram and the current window's histogram over the same bin edges.
 *
 * @example
 * populationStabilityIndexFromCounts([50, 30, 20], [40, 30, 30]); // 0.06286086594223739
 */
export function populationStabilityIndexFromCounts(
  expectedCounts: ArrayLike<number>,
  actualCounts: ArrayLike<number>,
  options: PopulationStabilityIndexOptions = {},
): number {
  const name = 'populationStabilityIndexFromCounts';
  checkPair(name, expectedCounts, actualCounts, 'expectedCounts', 'actualCounts');
  const expectedTotal = positiveTotal(name, expectedCounts, 'expectedCounts');
  const actualTotal = positiveTotal(name, actualCounts, 'actualCounts');
  return psiOfProportions(
    expectedCounts,
    actualCounts,
    expectedTotal,
    actualTotal,
    psiEpsilon(name, options),
  );
}

function psiOfProportions(
  expected: ArrayLike<number>,
  actual: ArrayLike<number>,
  expectedTotal: number,
  actualTotal: number,
  epsilon: number,
): number {
  let index = 0;
  for (let i = 0; i < expected.length; i++) {
    const e = expected[i]! / expectedTotal || epsilon;
    const a = actual[i]! / actualTotal || epsilon;
    if (a === e) continue;
    index += (a - e) * Math.log(a / e);
  }
  return index;
}

function psiEpsilon(name: string, options: PopulationStabilityIndexOptions): number {
  const epsilon = options.epsilon ?? DEFAULT_PSI_EPSILON;
  if (!(epsilon >= 0 && epsilon < 1))
    throw new RangeError(`${name}: epsilon must be in [0, 1), got ${epsilon}`);
  return epsilon;
}

export interface JensenShannonOptions {
  /** Base of the logarithm: e by default (nats, as SciPy); 2 bounds the divergence and distance by 1. */
  base?: number;
}

/**
 * Jensen–Shannon divergence JSD(p, q) = (KL(p‖m) + KL(q‖m)) / 2 with m = (p + q)/2, in nats unless
 * `base` says otherwise. p and q are normalised to sum to 1 first (weights or counts are fine), as SciPy
 * does. Symmetric, 0 for identical distributions, at most ln 2 (1 in base 2). This is the SQUARE of SciPy's
 * `scipy.spatial.distance.jensenshannon`; see `jensenShannonDistance` for that one.
 *
 * Each bin contributes m·f(δ) with δ = (p − q)/(p + q) and f(δ) = (1 + δ)ln(1 + δ) + (1 − δ)ln(1 − δ) ≥ 0,
 * evaluated by its series for small δ: every term is non-negative, so nearly identical distributions keep
 * full relative precision. SciPy sums p·ln(p/m) + q·ln(q/m), which cancels there: for distributions 1e-7
 * apart its distance is off by 1e-10, and closer still it returns NaN (the square root of a rounding error
 * below 0). We deliberately differ there and return the accurate value; elsewhere we agree with SciPy to
 * ~1e-16. All-zero vectors throw a RangeError (SciPy returns NaN).
 *
 * @example
 * jensenShannonDivergence([1, 0], [0.5, 0.5]); // 0.21576155433883565 (nats)
 * jensenShannonDivergence([1, 0, 0], [0, 1, 0], { base: 2 }); // 1
 */
export function jensenShannonDivergence(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: JensenShannonOptions = {},
): number {
  return jensenShannon('jensenShannonDivergence', p, q, options);
}

/**
 * Jensen–Shannon distance √JSD(p, q): a metric on distributions, equal to SciPy's
 * `scipy.spatial.distance.jensenshannon(p, q, base)` (see `jensenShannonDivergence` for normalisation,
 * precision and edge cases).
 *
 * @example
 * jensenShannonDistance([1, 0], [0.5, 0.5]); // 0.46450140402245893
 */
export function jensenShannonDistance(
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: JensenShannonOptions = {},
): number {
  return Math.sqrt(jensenShannon('jensenShannonDistance', p, q, options));
}

function jensenShannon(
  name: string,
  p: ArrayLike<number>,
  q: ArrayLike<number>,
  options: JensenShannonOptions,
): number {
  checkPair(name, p, q, 'p', 'q');
  const base = options.base;
  if (base !== undefined && !(base > 0 && base !== 1 && Number.isFinite(base)))
    throw new RangeError(`${name}: base must be a positive number other than 1, got ${base}`);
  const pTotal = positiveTotal(name, p, 'p');
  const qTotal = positiveTotal(name, q, 'q');
  let sum = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i]! / pTotal;
    const qi = q[i]! / qTotal;
    if (pi === qi) continue;
    const mean = (pi + qi) / 2;
    sum += mean * mixingLoss((pi - qi) / (pi + qi));
  }
  const divergence = base === undefined ? sum / 2 : sum / Math.log(base) / 2;
  return divergence;
}

/** f(δ) = (1 + δ)ln(1 + δ) + (1 − δ)ln(1 − δ) = Σ_k δ^(2k) / (k(2k − 1)), for δ in [−1, 1]. */
function mixingLoss(delta: number): number {
  const d2 = delta * delta;
  if (d2 >= 1) return 2 * Math.LN2;
  if (d2 < 0.01) {
    // The series: each term is at most 1/100 of the previous one, so 9 terms reach double precision.
    let term = d2;
    let sum = 0;
    for (let k = 1; k <= 9; k++) {
      sum += term / (k * (2 * k - 1));
      term *= d2;
    }
    return sum;
  }
  return (1 + delta) * Math.log1p(delta) + (1 - delta) * Math.log1p(-delta);
}

function checkPair(
  name: string,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  aLabel: string,
  bLabel: string,
): void {
  if (a.length === 0) throw new RangeError(`${name}: ${aLabel} is empty`);
  if (a.length !== b.length)
    throw new RangeError(`${name}: ${aLabel} has ${a.length} bins but ${bLabel} has ${b.length}`);
  for (const [values, label] of [
    [a, aLabel],
    [b, bLabel],
  ] as const) {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value !== 'number' || !(value >= 0) || value === Number.POSITIVE_INFINITY)
        throw new RangeError(`${name}: ${label}[${i}] must be a finite number ≥ 0, got ${String(value)}`);
    }
  }
}

function positiveTotal(name: string, values: ArrayLike<number>, label: string): number {
  const sum = total(values);
  if (!(sum > 0)) throw new RangeError(`${name}: ${label} is all zeros`);
  return sum;
}

function total(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}
