// Special functions to full double precision: log-gamma and log-beta, and the regularized incomplete
// gamma and beta functions (continued fractions, series and expansions; SciPy/Boost semantics).
export const EPSILON = Number.EPSILON;
/** Lentz's method needs a non-zero stand-in for a zero denominator. */
const TINY = 1e-300;
const LOG_SQRT_2PI = 0.9189385332046728;
export const SQRT_2PI = 2.5066282746310002;
const EULER_GAMMA = 0.5772156649015329;

// ζ(k) − 1 for k = 2..30 (mpmath, 40 digits, rounded to double). They give the Taylor coefficients
// of log Γ around 2, which converge like 4^-k on |ε| ≤ 1/2 (A&S 6.1.33 rearranged).
const ZETA_MINUS_ONE = [
  0.6449340668482264, 0.2020569031595943, 0.08232323371113819, 0.03692775514336993, 0.01734306198444914,
  0.008349277381922827, 0.00407735619794434, 0.0020083928260822143, 0.0009945751278180853,
  0.0004941886041194645, 0.0002460865533080483, 0.00012271334757848915, 6.124813505870483e-5,
  3.058823630702049e-5, 1.528225940865187e-5, 7.637197637899763e-6, 3.81729326499984e-6, 1.908212716553939e-6,
  9.539620338727962e-7, 4.769329867878064e-7, 2.38450502727733e-7, 1.1921992596531106e-7,
  5.960818905125948e-8, 2.980350351465228e-8, 1.4901554828365043e-8, 7.45071178983543e-9,
  3.725334024788457e-9, 1.862659723513049e-9, 9.313274324196682e-10,
];
/** c_k = (−1)^k (ζ(k) − 1) / k, so that log Γ(2 + ε) = (1 − γ)ε + Σ_{k≥2} c_k ε^k. */
const LOG_GAMMA_2_SERIES = Float64Array.from(
  ZETA_MINUS_ONE,
  (z, i) => ((i % 2 === 0 ? 1 : -1) * z) / (i + 2),
);

/** B_2k / (2k(2k − 1)): the Stirling series of log Γ(x) − [(x − ½) log x − x + log √(2π)]. */
const STIRLING_SERIES = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
  43867 / 244188,
  -174611 / 125400,
];
/** From here on the Stirling series above is exact to a unit in the last place. */
const STIRLING_THRESHOLD = 10;
/** I_x(a, b) switches to its large-a expansion when a ≥ 100 and a ≥ 100·b. */
const LARGE_PARAMETER = 100;
const LARGE_RATIO = 100;

function logGammaNear2(epsilon: number): number {
  let sum = 0;
  for (let k = LOG_GAMMA_2_SERIES.length - 1; k >= 0; k--) sum = sum * epsilon + LOG_GAMMA_2_SERIES[k]!;
  return (1 - EULER_GAMMA) * epsilon + epsilon * epsilon * sum;
}

/** δ(x) = log Γ(x) − Stirling's formula, for x ≥ 10. */
function stirlingCorrection(x: number): number {
  const r = 1 / (x * x);
  let sum = 0;
  for (let k = STIRLING_SERIES.length - 1; k >= 0; k--) sum = sum * r + STIRLING_SERIES[k]!;
  return sum / x;
}

/** log(1 + u) − u without cancellation for small u. */
function log1pMinusX(u: number): number {
  if (Math.abs(u) > 0.5) return Math.log1p(u) - u;
  // log(1 + u) = 2 atanh(w), w = u / (2 + u): the odd series in w converges like 9^-k here.
  const w = u / (2 + u);
  const w2 = w * w;
  let power = w * w2;
  let sum = 0;
  for (let k = 3; ; k += 2) {
    const term = power / k;
    sum += term;
    if (Math.abs(term) <= EPSILON * Math.abs(sum)) break;
    power *= w2;
  }
  return 2 * sum - u * w;
}

/**
 * Natural logarithm of the gamma function for x > 0 (SciPy `special.gammaln`); Infinity at 0, NaN
 * for negative x (not needed by any distribution here). Accurate to a few units in the last place.
 * @example logGamma(10) // 12.80182748008147 = log(9!)
 */
export function logGamma(x: number): number {
  if (Number.isNaN(x) || x < 0) return Number.NaN;
  if (x === 0 || x === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (x < 0.5) return logGammaNear2(x) - Math.log(x) - Math.log1p(x); // Γ(x + 2) = x(x + 1)Γ(x)
  if (x < 1.5) return logGammaNear2(x - 1) - Math.log(x); // Γ(x + 1) = xΓ(x)
  if (x <= 2.5) return logGammaNear2(x - 2);
  if (x < STIRLING_THRESHOLD) {
    let product = 1;
    let y = x;
    while (y > 2.5) {
      y -= 1;
      product *= y;
    }
    return logGammaNear2(y - 2) + Math.log(product);
  }
  return (x - 0.5) * Math.log(x) - x + LOG_SQRT_2PI + stirlingCorrection(x);
}

/** log Γ(b) − log Γ(a + b) for b ≥ 10, without the cancellation of two huge log-gammas. */
function logGammaRatio(a: number, b: number): number {
  const s = a + b;
  return -(b - 0.5) * Math.log1p(a / b) - a * Math.log(s) + a + stirlingCorrection(b) - stirlingCorrection(s);
}

/**
 * log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b) for a, b > 0 (SciPy `special.betaln`), accurate
 * also when a or b is huge.
 * @example logBeta(0.5, 0.5) // 1.1447298858494002 = log π
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0)) return a === 0 || b === 0 ? Number.POSITIVE_INFINITY : Number.NaN;
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (small >= STIRLING_THRESHOLD) {
    const s = a + b;
    return (
      LOG_SQRT_2PI -
      0.5 * Math.log(s) -
      (a - 0.5) * Math.log1p(b / a) -
      (b - 0.5) * Math.log1p(a / b) +
      stirlingCorrection(a) +
      stirlingCorrection(b) -
      stirlingCorrection(s)
    );
  }
  if (large >= STIRLING_THRESHOLD) return logGamma(small) + logGammaRatio(small, large);
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** x^a e^−x / Γ(a), the common factor of both incomplete gamma functions. */
function gammaPowerTerm(a: number, x: number): number {
  if (a < STIRLING_THRESHOLD) {
    // Separate roundings of x^a, e^−x and Γ(a) (each < 1 ulp) beat rounding a log x − x as one sum.
    const logPower = a * Math.log(x);
    if (x < 708 && Math.abs(logPower) < 708) return (x ** a * Math.exp(-x)) / Math.exp(logGamma(a));
    return Math.exp(logPower - x - logGamma(a));
  }
  // Stirling form: a log x − x − log Γ(a) = a·(log(x/a) − u) − δ(a) with u = (x − a)/a, so the huge
  // terms a log x and x never meet; near the mode log1pMinusX keeps full relative precision.
  const u = (x - a) / a;
  const logRatio = Math.abs(u) <= 0.5 ? log1pMinusX(u) : Math.log(x / a) - u;
  return Math.sqrt(a / (2 * Math.PI)) * Math.exp(a * logRatio - stirlingCorrection(a));
}

function iterationLimit(size: number): number {
  return 1000 + Math.ceil(50 * Math.sqrt(size));
}

function notConverged(call: string): never {
  throw new RangeError(`${call} did not converge`);
}

/** P(a, x) by its power series, for x < a + 1 (or any x when a < 1 and x is small). */
function lowerGammaSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  const limit = iterationLimit(Math.max(a, x));
  for (let n = 1; n <= limit; n++) {
    term *= x / (a + n);
    sum += term;
    if (term <= EPSILON * sum) return (gammaPowerTerm(a, x) / a) * sum;
  }
  return notConverged(`regularizedGammaP(${a}, ${x})`);
}

/** Legendre's continued fraction for Γ(a, x) / (x^a e^−x), evaluated by the modified Lentz method. */
export function upperGammaFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  const limit = iterationLimit(Math.max(a, x));
  for (let i = 1; i <= limit; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPSILON) return h;
  }
  return notConverged(`regularizedGammaQ(${a}, ${x})`);
}

/**
 * Q(a, x) for a < 1 and x ≤ 1.1, where 1 − P(a, x) would cancel:
 * Q = −expm1(a log x − log Γ(a + 1)) + x^a/Γ(a + 1) · a Σ_{n≥1} (−1)^{n+1} x^n / (n! (a + n)).
 */
function upperGammaSmallA(a: number, x: number): number {
  const logPower = a * Math.log(x) - logGamma(a + 1);
  let term = 1;
  let sum = 0;
  for (let n = 1; n < 200; n++) {
    term *= -x / n;
    const contribution = -term / (a + n);
    sum += contribution;
    if (Math.abs(contribution) <= EPSILON * Math.abs(sum)) break;
  }
  return -Math.expm1(logPower) + Math.exp(logPower) * a * sum;
}

/** [P(a, x), Q(a, x)], each computed directly where it is the small one. */
function incompleteGammaPair(a: number, x: number): [number, number] {
  if (Number.isNaN(a) || Number.isNaN(x) || a <= 0 || x < 0) return [Number.NaN, Number.NaN];
  if (x === 0) return [0, 1];
  if (x === Number.POSITIVE_INFINITY) return [1, 0];
  if (a < 1 && x <= 1.1) return [lowerGammaSeries(a, x), upperGammaSmallA(a, x)];
  if (x < a + 1) {
    const p = lowerGammaSeries(a, x);
    return [p, 1 - p];
  }
  const q = gammaPowerTerm(a, x) * upperGammaFraction(a, x);
  return [1 - q, q];
}

/**
 * Regularized lower incomplete gamma function P(a, x) = γ(a, x) / Γ(a) (SciPy `special.gammainc`).
 * @example regularizedGammaP(1, 2) // 0.8646647167633873 = 1 − e^−2
 */
export function regularizedGammaP(a: number, x: number): number {
  return incompleteGammaPair(a, x)[0];
}

/**
 * Regularized upper incomplete gamma function Q(a, x) = 1 − P(a, x), computed without cancellation
 * (SciPy `special.gammaincc`).
 * @example regularizedGammaQ(1, 2) // 0.1353352832366127 = e^−2
 */
export function regularizedGammaQ(a: number, x: number): number {
  return incompleteGammaPair(a, x)[1];
}

/**
 * x^a y^b / B(a, b) with y = 1 − x, the common factor of the incomplete beta function. The smaller of
 * x and y is the accurate one (the other may be 1 minus it, rounded), so every logarithm is taken of
 * the smaller: log x = log1p(−y) when y < x.
 */
export function betaPowerTerms(a: number, b: number, x: number, y: number): number {
  const xIsSmaller = x <= y;
  if (a >= STIRLING_THRESHOLD && b >= STIRLING_THRESHOLD) {
    // Stirling form: with x0 = a/s, y0 = b/s, a log(x/x0) + b log(y/y0) = a·l(u) + b·l(v), l(u) =
    // log(1 + u) − u (the linear terms cancel since a·u + b·v = 0): no huge cancelling logarithms.
    const s = a + b;
    const u = (xIsSmaller ? s * x - a : b - s * y) / a;
    const v = (-u * a) / b;
    const logRatioX = Math.abs(u) <= 0.5 ? log1pMinusX(u) : Math.log((x * s) / a) - u;
    const logRatioY = Math.abs(v) <= 0.5 ? log1pMinusX(v) : Math.log((y * s) / b) - v;
    const exponent =
      a * logRatioX + b * logRatioY + stirlingCorrection(s) - stirlingCorrection(a) - stirlingCorrection(b);
    return Math.sqrt(((a / s) * b) / (2 * Math.PI)) * Math.exp(exponent);
  }
  const logX = xIsSmaller ? Math.log(x) : Math.log1p(-y);
  const logY = xIsSmaller ? Math.log1p(-x) : Math.log(y);
  return Math.exp(a * logX + b * logY - logBeta(a, b));
}

/** The continued fraction of I_x(a, b) (DLMF 8.17.22) by the modified Lentz method; x < (a+1)/(a+b+2). */
function betaFraction(a: number, b: number, x: number, y: number): number {
  const qab = a + b;
  let c = 1;
  // 1 − (a + b)x/(a + 1), written with y = 1 − x so that it does not cancel when x is near 1.
  let d = y + ((1 - b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  const limit = iterationLimit(Math.max(a, b));
  for (let m = 1; m <= limit; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + even * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + even / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    const odd = (-(a + m) * (qab + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + odd * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + odd / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPSILON) return h;
  }
  return notConverged(`regularizedBeta(${a}, ${b}, ${x})`);
}

/**
 * [I_x(a, b), 1 − I_x(a, b)] for a ≫ b and x ≥ ½, where the continued fraction cancels (its partial
 * denominators are 1 − O(b/a + y)). With x = e^−τ and f(t) = ((1 − e^−t)/t)^(b−1) = Σ c_k t^k,
 * I_x(a, b) = F Σ_k c_k (b)_k a^−k Q(b + k, aτ) and 1 − I_x(a, b) = the same sum with P, where
 * F = Γ(a + b)/(Γ(a) a^b) (Temme, Special Functions §11.3.3; DiDonato & Morris's BGRAT).
 */
function incompleteBetaLargeA(a: number, b: number, x: number, y: number): [number, number] {
  const z = -a * (y < x ? Math.log1p(-y) : Math.log(x));
  const logF = (a + b - 0.5) * Math.log1p(b / a) - b + stirlingCorrection(a + b) - stirlingCorrection(a);
  const lowerIsSmall = incompleteGammaPair(b, z)[1] < 0.5;
  // c_k by the power rule for g^(b−1), g(t) = (1 − e^−t)/t = Σ (−t)^j/(j + 1)!, c_0 = 1.
  const g = [1];
  const c = [1];
  let scale = 1; // (b)_k a^−k
  let sum = 0;
  for (let k = 0; k < 200; k++) {
    if (k > 0) {
      g.push(-g[k - 1]! / (k + 1));
      let ck = 0;
      for (let j = 1; j <= k; j++) ck += (b * j - k) * g[j]! * c[k - j]!;
      c.push(ck / k);
      scale *= (b + k - 1) / a;
    }
    const [p, q] = incompleteGammaPair(b + k, z);
    const term = c[k]! * scale * (lowerIsSmall ? q : p);
    sum += term;
    if (Math.abs(term) <= EPSILON * Math.abs(sum) && k > 0) break;
  }
  const small = Math.exp(logF) * sum;
  return lowerIsSmall ? [small, 1 - small] : [1 - small, small];
}

/** Rows of Pascal's triangle are exact in doubles up to row 56 (C(56, 28) < 2^53). */
const EXACT_BINOMIAL_ROWS = 56;

/** C(m, 0..m), by additions only, so every entry is exact for m ≤ 56. */
export function binomialRow(m: number): Float64Array {
  const row = new Float64Array(m + 1);
  row[0] = 1;
  for (let i = 1; i <= m; i++) for (let j = i; j > 0; j--) row[j]! += row[j - 1]!;
  return row;
}

/** Whether the finite binomial sums are usable: integer a, b, a + b − 1 ≤ 56, no underflow in x^j y^(m−j). */
export function hasFiniteBinomialForm(a: number, b: number, x: number, y: number): boolean {
  const m = a + b - 1;
  return (
    Number.isInteger(a) &&
    Number.isInteger(b) &&
    m <= EXACT_BINOMIAL_ROWS &&
    m * Math.log(Math.min(x, y)) > -600
  );
}

/**
 * [I_x(a, b), 1 − I_x(a, b)] for small integer a and b: the two tails of Binomial(m = a + b − 1, x),
 * Σ_{j≥a} C(m, j) x^j y^(m−j) and Σ_{j<a}, each a sum of positive terms with exact coefficients, so
 * both are accurate to a few ulps and exact for dyadic x (binomial tails at p = ½, as Boost's are).
 */
function incompleteBetaFiniteSum(a: number, b: number, x: number, y: number): [number, number] {
  const m = a + b - 1;
  const row = binomialRow(m);
  let lower = 0;
  let upper = 0;
  for (let j = 0; j <= m; j++) {
    const term = row[j]! * x ** j * y ** (m - j);
    if (j >= a) lower += term;
    else upper += term;
  }
  return [lower, upper];
}

/**
 * [I_x(a, b), 1 − I_x(a, b)] given x and y = 1 − x separately, so that callers who know y exactly
 * (the t distribution, binomial tails) lose nothing to the subtraction.
 */
export function incompleteBetaPair(a: number, b: number, x: number, y: number): [number, number] {
  if (!(a > 0 && b > 0 && x >= 0 && y >= 0)) return [Number.NaN, Number.NaN];
  if (x === 0) return [0, 1];
  if (y === 0) return [1, 0];
  if (hasFiniteBinomialForm(a, b, x, y)) return incompleteBetaFiniteSum(a, b, x, y);
  if (a >= LARGE_PARAMETER && a >= LARGE_RATIO * b && x >= 0.5) return incompleteBetaLargeA(a, b, x, y);
  if (b >= LARGE_PARAMETER && b >= LARGE_RATIO * a && y >= 0.5) {
    const [upper, lower] = incompleteBetaLargeA(b, a, y, x);
    return [lower, upper];
  }
  if (x > (a + 1) / (a + b + 2)) {
    const upper = (betaPowerTerms(b, a, y, x) * betaFraction(b, a, y, x)) / b;
    return [1 - upper, upper];
  }
  const lower = (betaPowerTerms(a, b, x, y) * betaFraction(a, b, x, y)) / a;
  return [lower, 1 - lower];
}

/**
 * Regularized incomplete beta function I_x(a, b) (SciPy `special.betainc`); NaN outside a, b > 0,
 * 0 ≤ x ≤ 1.
 * @example regularizedBeta(2, 3, 0.4) // 0.5248
 */
export function regularizedBeta(a: number, b: number, x: number): number {
  if (!(x >= 0 && x <= 1)) return Number.NaN;
  return incompleteBetaPair(a, b, x, 1 - x)[0];
}

/**
 * 1 − I_x(a, b), computed without cancellation (SciPy `special.betaincc`).
 * @example regularizedBetaComplement(2, 3, 0.4) // 0.4752
 */
export function regularizedBetaComplement(a: number, b: number, x: number): number {
  if (!(x >= 0 && x <= 1)) return Number.NaN;
  return incompleteBetaPair(a, b, x, 1 - x)[1];
}
