// Null distributions of the one-sample Kolmogorov–Smirnov statistics, as SciPy evaluates them:
// two-sided D_n (`scipy.stats.kstwo`, Simard & L'Ecuyer 2011) and one-sided D+_n (`scipy.special.smirnov`).

const SCALE_EXPONENT = 128;
const SCALE_UP = 2 ** SCALE_EXPONENT;
const SCALE_DOWN = 2 ** -SCALE_EXPONENT;
/** Below this log, exp() is 0 in double precision (log 2^-1022). */
const MIN_LOG = -708.3964185322641;
/** SciPy switches the one-sided distribution to an approximation above this size. */
const SMIRNOV_MAX_EXACT_N = 1_000_000;

/**
 * P(D_n ≥ d) for the two-sided one-sample Kolmogorov–Smirnov statistic D_n = sup|F_n − F| with `n`
 * observations: `scipy.stats.kstwo.sf(d, n)`, with SciPy's choice of method by region (Ruben–Gambino
 * closed forms, Durbin's matrix, Pomeranz's recursion, Pelz–Good, 2 × Smirnov). `ksTwoSample` uses it for
 * its asymptotic two-sided p-value.
 *
 * @example
 * kstwoSf(0.2, 50); // 0.03143877776953241
 */
export function kstwoSf(d: number, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`kstwoSf: n must be an integer ≥ 1, got ${n}`);
  if (Number.isNaN(d)) return Number.NaN;
  // The support of D_n is [1/(2n), 1].
  if (d >= 1) return 0;
  if (d <= 0.5 / n) return 1;
  const t = n * d;
  if (t <= 1) {
    // Ruben–Gambino: P(D_n ≤ d) = n!/n^n (2t − 1)^n for 1/(2n) ≤ d ≤ 1/n.
    if (t <= 0.5) return 1;
    let cdf: number;
    if (n <= 140) {
      cdf = 1;
      for (let i = 1; i <= n; i++) cdf *= i * (1 / n) * (2 * t - 1);
    } else {
      cdf = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    }
    return clipProbability(1 - cdf);
  }
  if (t >= n - 1) return clipProbability(2 * (1 - d) ** n);
  // Beyond 1/2 the two one-sided events cannot both happen, so the two-sided tail is twice the one-sided.
  if (d >= 0.5) return clipProbability(2 * smirnovSf(n, d));
  const nxSquared = t * d;
  if (n <= 140) {
    if (nxSquared <= 0.754693) return 1 - durbinMatrixCdf(n, d);
    if (nxSquared <= 4) return 1 - pomeranzCdf(n, d);
    return clipProbability(2 * smirnovSf(n, d));
  }
  if (nxSquared >= 370) return 0;
  if (nxSquared >= 2.2) return clipProbability(2 * smirnovSf(n, d));
  const cdf = n <= 100_000 && n * d ** 1.5 <= 1.4 ? durbinMatrixCdf(n, d) : pelzGoodCdf(n, d);
  return clipProbability(1 - cdf);
}

/**
 * P(D+_n ≥ d) for the one-sided one-sample statistic D+_n = sup(F_n − F): `scipy.special.smirnov(n, d)`.
 * Evaluates the Birnbaum–Tingey sum term by term in logarithms (every term is positive, so nothing
 * cancels); above n = 1,000,000 it uses the same approximation exp(−(6nd + 1)² / 18n) as SciPy.
 *
 * @example
 * smirnovSf(10, 0.3); // 0.1354635556000001
 */
export function smirnovSf(n: number, d: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`smirnovSf: n must be an integer ≥ 1, got ${n}`);
  if (!(d >= 0 && d <= 1)) return Number.NaN;
  if (n === 1) return 1 - d;
  if (d === 0) return 1;
  if (d === 1) return 0;
  if (n * d <= 1) return clipProbability(1 - d * Math.exp((n - 1) * Math.log1p(d)));
  if (-2 * n * d * d < MIN_LOG) return 0;
  if (n * d >= n - 1) return (1 - d) ** n;
  if (n > SMIRNOV_MAX_EXACT_N) {
    const logP = -((6 * n * d + 1) ** 2) / 18 / n;
    return logP < -Math.LN2 ? Math.exp(logP) : 1 + Math.expm1(logP);
  }
  // P(D+_n ≥ d) = d Σ_{v=0}^{⌊n(1−d)⌋} C(n, v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v). With a = d + v/n,
  // log1p(−a) keeps (n − v)·log(1 − a) accurate, and compensated summation keeps log C(n, v) accurate
  // (both errors are multiplied by up to n).
  let logBinomial = 0;
  let logBinomialError = 0;
  let sum = 0;
  let largestLogTerm = Number.NEGATIVE_INFINITY;
  for (let v = 0; v < n; v++) {
    if (v > 0) {
      const step = Math.log((n - v + 1) / v);
      const next = logBinomial + step;
      logBinomialError +=
        Math.abs(logBinomial) >= Math.abs(step) ? logBinomial - next + step : step - next + logBinomial;
      logBinomial = next;
    }
    const a = d + v / n;
    if (!(a < 1)) break;
    const logTerm = logBinomial + logBinomialError + (v - 1) * Math.log(a) + (n - v) * Math.log1p(-a);
    if (logTerm > largestLogTerm) largestLogTerm = logTerm;
    // A term 2^-60 below the largest one cannot change the sum.
    if (logTerm > largestLogTerm - 42) sum += Math.exp(logTerm);
  }
  return clipProbability(d * sum);
}

/** log(n! / n^n) by Stirling's series with n·log(n) cancelled up front (SciPy's `_log_nfactorial_div_n_pow_n`). */
function logFactorialOverPower(n: number): number {
  // Bernoulli-number coefficients B_2j / (2j(2j − 1)), highest power first.
  const coefficients = [
    -3617 / 122400,
    1 / 156,
    -691 / 360360,
    1 / 1188,
    -1 / 1680,
    1 / 1260,
    -1 / 360,
    1 / 12,
  ];
  const rn = 1 / n;
  const x = rn / n;
  let polynomial = 0;
  for (const c of coefficients) polynomial = polynomial * x + c;
  return Math.log(n) / 2 - n + Math.log(2 * Math.PI) / 2 + rn * polynomial;
}

/** P(D_n ≤ d) by Durbin's matrix method as Marsaglia, Tsang & Wang evaluate it: the k-th diagonal of H^n. */
function durbinMatrixCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] = (1 - h ** j) * factorial;
  }
  v[m - 1] = (1 + (Math.max(2 * h - 1, 0) ** m - 2 * h ** m)) * factorial;
  let power = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) power[r * m + i] = w[r - i + 1]!;
  for (let r = 0; r < m; r++) power[r * m] = v[r]!;
  for (let c = 0; c < m; c++) power[(m - 1) * m + c] = v[m - 1 - c]!;

  let result = new Float64Array(m * m);
  for (let i = 0; i < m; i++) result[i * m + i] = 1;
  let exponent = 0;
  let powerExponent = 0;
  for (let remaining = n; remaining > 0; remaining = Math.floor(remaining / 2)) {
    if (remaining % 2 === 1) {
      result = multiplySquare(result, power, m);
      exponent += powerExponent;
    }
    power = multiplySquare(power, power, m);
    powerExponent *= 2;
    // Rescale by 2^128 so that H^n neither overflows nor loses its exponent.
    if (Math.abs(power[(k - 1) * m + k - 1]!) > SCALE_UP) {
      for (let i = 0; i < power.length; i++) power[i]! /= SCALE_UP;
      powerExponent += SCALE_EXPONENT;
    }
  }
  let p = result[(k - 1) * m + k - 1]!;
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < SCALE_DOWN) {
      p *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
  }
  return clipProbability(scaleByPowerOfTwo(p, exponent));
}

function multiplySquare(a: Float64Array, b: Float64Array, m: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    const row = i * m;
    for (let k = 0; k < m; k++) {
      const aik = a[row + k]!;
      if (aik === 0) continue;
      const bRow = k * m;
      for (let j = 0; j < m; j++) out[row + j]! += aik * b[bRow + j]!;
    }
  }
  return out;
}

/** P(D_n ≤ d) by Pomeranz's recursion: 2n + 1 convolutions of short rows with Poisson-like weights. */
function pomeranzCdf(n: number, d: number): number {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilF = f > 0 ? 1 : 0;
  const roundF = f > 0.5 ? 1 : 0;
  const size = 2 * (ll + 1);
  // (g/n)^m/m!, (2g/n)^m/m!, ((1−2g)/n)^m/m!: Poisson probabilities without their normalising factor.
  const gPowers = new Float64Array(size);
  const twoGPowers = new Float64Array(size);
  const oneMinusTwoGPowers = new Float64Array(size);
  gPowers[0] = twoGPowers[0] = oneMinusTwoGPowers[0] = 1;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < size; m++) {
    gPowers[m] = (gPowers[m - 1]! * gOverN) / m;
    twoGPowers[m] = (twoGPowers[m - 1]! * twoGOverN) / m;
    oneMinusTwoGPowers[m] = (oneMinusTwoGPowers[m - 1]! * oneMinusTwoGOverN) / m;
  }
  let previous = new Float64Array(size);
  let current = new Float64Array(size);
  current[0] = 1;
  let previousStart = 0;
  let currentStart = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzRowBounds(0, n, ll, ceilF, roundF);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
    current.fill(0);
    [j1, j2] = pomeranzRowBounds(i, n, ll, ceilF, roundF);
    const weights = i === 1 || i === 2 * n + 1 ? gPowers : i % 2 === 1 ? twoGPowers : oneMinusTwoGPowers;
    const length = j2 - k1 + 1;
    if (length <= 0) continue;
    const offset = k1 - previousStart;
    const rowLength = Math.min(length, size - offset);
    const weightLength = Math.min(length, size);
    const skip = j1 - k1;
    const count = j2 - j1 + 1;
    let largest = 0;
    // Entries skip..skip+count−1 of the full convolution of the row with the weights.
    for (let c = 0; c < count; c++) {
      const index = skip + c;
      let total = 0;
      const low = Math.max(0, index - weightLength + 1);
      const high = Math.min(index, rowLength - 1);
      for (let a = low; a <= high; a++) total += previous[offset + a]! * weights[index - a]!;
      current[c] = total;
      if (total > largest) largest = total;
    }
    if (largest > 0 && largest < SCALE_DOWN) {
      for (let c = 0; c < size; c++) current[c]! *= SCALE_UP;
      exponent -= SCALE_EXPONENT;
    }
    currentStart = previousStart + j1 - k1;
  }
  let answer = current[n - currentStart]!;
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > SCALE_UP) {
      answer *= SCALE_DOWN;
      exponent += SCALE_EXPONENT;
    }
    answer *= m;
  }
  return clipProbability(scaleByPowerOfTwo(answer, exponent));
}

function pomeranzRowBounds(
  i: number,
  n: number,
  ll: number,
  ceilF: number,
  roundF: number,
): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilF - 1;
    j2 = ll + ceilF - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilF - 1;
        j2 = n + ll + ceilF - 1;
      } else {
        j1 = half - 1 - ll - roundF - 1;
        j2 = half + ll - 1 + ceilF - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundF - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/**
 * P(D_n ≤ d) by the Pelz–Good transform of the Li-Chien/Korolyuk expansion
 * K0(z) + K1(z)/√n + K2(z)/n + K3(z)/n^1.5, z = d√n: accurate for the large n where SciPy uses it.
 */
function pelzGoodCdf(n: number, d: number): number {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const pi2 = Math.PI ** 2;
  const pi4 = Math.PI ** 4;
  const pi6 = Math.PI ** 6;
  const logQ = -pi2 / 8 / z2;
  if (logQ < -708) return 0;
  const q = Math.exp(logQ);
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * pi2) / 4;
  const k2c = (pi4 * (1 - 2 * z2)) / 16;
  const k3d = (pi6 * (5 - 30 * z2)) / 64;
  const k3c = (pi4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (pi2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  // Horner over odd m = 2k − 1 of c_m q^(m²): the powers of q between consecutive terms are q^(8k).
  const maxK = Math.ceil((16 * z) / Math.PI);
  for (let k = maxK; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qPower = q ** (8 * k);
    terms[0] = terms[0]! * qPower + 1;
    terms[1] = terms[1]! * qPower + (k1a + k1b * m2);
    terms[2] = terms[2]! * qPower + (k2a + k2b * m2 + k2c * m4);
    terms[3] = terms[3]! * qPower + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const sqrt2Pi = Math.sqrt(2 * Math.PI);
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = (terms[i]! * q * sqrt2Pi) / divisors[i]!;
  // The extra sums over all integers k in K2 and K3.
  const q2 = Math.exp(-pi2 / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2Extra = 0;
  let k3Extra = 0;
  for (let k = maxK; k >= 1; k--) {
    const k2 = k * k;
    const qk = q2 ** k2;
    const kPi = Math.PI * k;
    k2Extra += k2 * qk;
    k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * qk;
  }
  terms[2] = terms[2]! + (k2Extra * pi2 * sqrt2Pi) / (-36 * z2 * z);
  terms[3] = terms[3]! + (k3Extra * pi2 * sqrt2Pi) / (216 * z6);
  let cdf = 0;
  for (let i = 0; i < 4; i++) cdf += terms[i]! / n ** (i / 2);
  return cdf;
}

/** x · 2^exponent without overflowing the intermediate power of two. */
function scaleByPowerOfTwo(x: number, exponent: number): number {
  let result = x;
  let remaining = exponent;
  while (remaining > 1000) {
    result *= 2 ** 1000;
    remaining -= 1000;
  }
  while (remaining < -1000) {
    result *= 2 ** -1000;
    remaining += 1000;
  }
  return result * 2 ** remaining;
}

function clipProbability(p: number): number {
  return Math.min(Math.max(p, 0), 1);
}
