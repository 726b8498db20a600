// Distribution functions to full double precision, built on the special functions: the normal,
// Student t, chi-square and binomial distributions (SciPy semantics), and shared argument checks.
import {
  betaPowerTerms,
  binomialRow,
  EPSILON,
  hasFiniteBinomialForm,
  incompleteBetaPair,
  regularizedGammaP,
  regularizedGammaQ,
  SQRT_2PI,
  upperGammaFraction,
} from './special-functions.js';

/** Φ(−x) for x ≥ 1: x e^{−x²/2} · K(x²/2) / (2√(2π)), K the continued fraction of Γ(½, ·). */
function normalUpperTail(x: number): number {
  if (x > 40) return 0; // below the smallest subnormal
  // e^{−x²/2} with x² split as hi² + lo(x + hi): hi has 12 fraction bits, so hi² is exact and the
  // exponential keeps full relative precision deep into the tail.
  const hi = Math.floor(x * 4096) / 4096;
  const lo = x - hi;
  const exponential = Math.exp((-hi * hi) / 2) * Math.exp((-lo * (x + hi)) / 2);
  return (x * exponential * upperGammaFraction(0.5, (x * x) / 2)) / (2 * SQRT_2PI);
}

/** erf(x/√2) for |x| ≤ 1 by its Maclaurin series (terms fall fast; no cancellation). */
function erfOfScaled(x: number): number {
  const z = x / Math.SQRT2;
  const z2 = z * z;
  let power = z;
  let sum = z;
  for (let n = 1; n < 60; n++) {
    power *= -z2 / n;
    const term = power / (2 * n + 1);
    sum += term;
    if (Math.abs(term) <= EPSILON * Math.abs(sum)) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

/**
 * Standard normal CDF Φ(x) (SciPy `special.ndtr`), with full relative precision in the lower tail
 * down to the smallest double (x ≈ −38.5).
 * @example normalCdf(-1.96) // 0.02499789514822042
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (Math.abs(x) <= 1) return 0.5 + 0.5 * erfOfScaled(x);
  return x < 0 ? normalUpperTail(-x) : 1 - normalUpperTail(x);
}

/**
 * Standard normal survival function 1 − Φ(x) = Φ(−x) (SciPy `special.ndtr(-x)`).
 * @example normalSf(1.96) // 0.02499789514822042
 */
export function normalSf(x: number): number {
  return normalCdf(-x);
}

// Wichura's AS 241 (PPND16), Applied Statistics 37(3), 1988: rational approximations accurate to
// about 1e-16 relative. Coefficients (the paper's 20 digits rounded to the nearest double) in
// ascending powers; the denominators' constant term is 1.
const AS241_CENTRAL_NUM = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987,
  67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const AS241_CENTRAL_DEN = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271,
  28729.085735721943, 5226.495278852854,
];
const AS241_NEAR_NUM = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684,
  0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const AS241_NEAR_DEN = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457,
  0.0005475938084995345, 1.0507500716444169e-9,
];
const AS241_FAR_NUM = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124,
  0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const AS241_FAR_DEN = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

function rational(numerator: readonly number[], denominator: readonly number[], r: number): number {
  let num = 0;
  let den = 0;
  for (let i = numerator.length - 1; i >= 0; i--) {
    num = num * r + numerator[i]!;
    den = den * r + denominator[i]!;
  }
  return num / den;
}

/**
 * Standard normal quantile Φ⁻¹(p) by Wichura's AS 241 (SciPy `special.ndtri`): −Infinity at 0,
 * Infinity at 1, NaN outside [0, 1].
 * @example normalQuantile(0.975) // 1.9599639845400536
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) return q * rational(AS241_CENTRAL_NUM, AS241_CENTRAL_DEN, 0.180625 - q * q);
  const r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const z =
    r <= 5
      ? rational(AS241_NEAR_NUM, AS241_NEAR_DEN, r - 1.6)
      : rational(AS241_FAR_NUM, AS241_FAR_DEN, r - 5);
  return q < 0 ? -z : z;
}

/**
 * Student t CDF with `df` > 0 degrees of freedom (SciPy `special.stdtr(df, t)`); `df` = Infinity is
 * the normal distribution. Beyond |t| = 1e154, where SciPy's t² overflows and it returns exactly 0
 * or 1, this keeps the true tail until df/t² itself underflows (|t| ≈ 1e161·√df).
 * @example studentTCdf(-2, 10) // 0.03669401738537019
 */
export function studentTCdf(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalCdf(t);
  if (t === 0) return 0.5;
  if (!Number.isFinite(t)) return t < 0 ? 0 : 1;
  // tail = ½ I_x(df/2, ½) with x = df/(df + t²); both x and 1 − x from r = df/t² without subtraction.
  const r = df / Math.abs(t) / Math.abs(t);
  const [lower, upper] = incompleteBetaPair(df / 2, 0.5, r / (1 + r), 1 / (1 + r));
  return t < 0 ? 0.5 * lower : 0.5 + 0.5 * upper;
}

/**
 * Student t survival function 1 − F(t) (SciPy `special.stdtr(df, -t)`).
 * @example studentTSf(2, 10) // 0.03669401738537019
 */
export function studentTSf(t: number, df: number): number {
  return studentTCdf(-t, df);
}

/**
 * Chi-square CDF with `df` > 0 degrees of freedom (SciPy `stats.chi2.cdf`): 0 for x ≤ 0.
 * @example chiSquareCdf(3.841458820694124, 1) // 0.95
 */
export function chiSquareCdf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
  return x <= 0 ? 0 : regularizedGammaP(df / 2, x / 2);
}

/**
 * Chi-square survival function (SciPy `stats.chi2.sf`, `special.chdtrc`): 1 for x ≤ 0.
 * @example chiSquareSf(3.841458820694124, 1) // 0.0500000000000001
 */
export function chiSquareSf(x: number, df: number): number {
  if (Number.isNaN(x) || !(df > 0)) return Number.NaN;
  return x <= 0 ? 1 : regularizedGammaQ(df / 2, x / 2);
}

function checkBinomial(name: string, n: number, p: number): void {
  if (!(Number.isInteger(n) && n >= 0)) throw new RangeError(`${name}: n must be an integer ≥ 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`${name}: p must be in [0, 1], got ${p}`);
}

/**
 * Binomial probability of exactly k successes in n trials (SciPy `stats.binom.pmf`); 0 for k
 * outside 0..n or not an integer.
 * @example binomialPmf(3, 10, 0.5) // 0.1171875
 */
export function binomialPmf(k: number, n: number, p: number): number {
  checkBinomial('binomialPmf', n, p);
  if (!Number.isInteger(k) || k < 0 || k > n) return 0;
  const q = 1 - p;
  if (k === 0) return q ** n;
  if (k === n) return p ** n;
  if (hasFiniteBinomialForm(k, n - k + 1, p, q)) return binomialRow(n)[k]! * p ** k * q ** (n - k);
  // C(n, k) = n / (k (n − k) B(k, n − k))
  return (n / (k * (n - k))) * betaPowerTerms(k, n - k, p, q);
}

/**
 * Binomial CDF P(X ≤ k) for X ~ Binomial(n, p) (SciPy `stats.binom.cdf`, k floored), computed as
 * 1 − I_p(k + 1, n − k) without cancellation.
 * @example binomialCdf(2, 10, 0.5) // 0.0546875
 */
export function binomialCdf(k: number, n: number, p: number): number {
  checkBinomial('binomialCdf', n, p);
  const j = Math.floor(k);
  if (j < 0) return 0;
  if (j >= n) return 1;
  return incompleteBetaPair(j + 1, n - j, p, 1 - p)[1];
}

/**
 * Binomial survival function P(X > k) (SciPy `stats.binom.sf`, k floored) = I_p(k + 1, n − k).
 * @example binomialSf(7, 10, 0.5) // 0.0546875
 */
export function binomialSf(k: number, n: number, p: number): number {
  checkBinomial('binomialSf', n, p);
  const j = Math.floor(k);
  if (j < 0) return 1;
  if (j >= n) return 0;
  return incompleteBetaPair(j + 1, n - j, p, 1 - p)[0];
}

/** Which tail a test or a one-sided interval looks at, as SciPy's `alternative`. */
export type Alternative = 'two-sided' | 'less' | 'greater';

/** Throws a RangeError naming `fn` unless `alternative` is one of SciPy's three. */
export function checkAlternative(fn: string, alternative: unknown): asserts alternative is Alternative {
  if (alternative !== 'two-sided' && alternative !== 'less' && alternative !== 'greater')
    throw new RangeError(
      `${fn}: alternative must be 'two-sided', 'less' or 'greater', got ${String(alternative)}`,
    );
}

/** Throws a RangeError naming `fn` unless 0 < confidence < 1. */
export function checkConfidence(fn: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1))
    throw new RangeError(`${fn}: confidence must be between 0 and 1 (exclusive), got ${confidence}`);
}
