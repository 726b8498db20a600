// The paired bootstrap of a mean difference drawn as counts: when the per-case differences take few
// distinct values (pass/fail, 0/1 scores), a resample of n cases is a multinomial count vector over
// those values, which costs O(values · √n) to draw instead of O(n). Same distribution as resampling
// the cases one by one (`pairedBootstrap`), so at 100,000 cases it takes milliseconds instead of seconds.
import { binomialCdf, binomialPmf, quantile, type Random, seededRandom } from '../stats/index.js';

/** Below n · p this small, inversion from 0 takes fewer steps than starting from the mode. */
const SMALL_MEAN = 10;

/**
 * A Binomial(n, p) draw by inversion: X = min{k : F(k) > u} for one uniform u, searched from the mode
 * (about √(np(1−p)) steps), or from 0 when np is small. Exact up to the rounding of the running CDF.
 */
export function sampleBinomial(random: Random, n: number, p: number): number {
  if (!(Number.isInteger(n) && n >= 0))
    throw new RangeError(`sampleBinomial: n must be an integer ≥ 0, got ${n}`);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`sampleBinomial: p must be in [0, 1], got ${p}`);
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  if (p > 0.5) return n - sampleBinomial(random, n, 1 - p);
  const q = 1 - p;
  const ratio = p / q;
  const u = random.next();
  if (n * p < SMALL_MEAN) {
    let k = 0;
    let pmf = q ** n;
    let cdf = pmf;
    while (cdf <= u && k < n) {
      pmf *= ((n - k) / (k + 1)) * ratio;
      k++;
      cdf += pmf;
    }
    return k;
  }
  let k = Math.floor((n + 1) * p);
  let pmf = binomialPmf(k, n, p);
  let cdf = binomialCdf(k, n, p);
  if (u < cdf) {
    // X = k while F(k − 1) ≤ u; otherwise step down.
    while (k > 0 && cdf - pmf > u) {
      cdf -= pmf;
      pmf *= k / (n - k + 1) / ratio;
      k--;
    }
    return k;
  }
  while (cdf <= u && k < n) {
    pmf *= ((n - k) / (k + 1)) * ratio;
    k++;
    cdf += pmf;
  }
  return k;
}

/** The distinct values of a sample and how often each occurs, in increasing order. */
export interface ValueCounts {
  values: Float64Array;
  counts: Float64Array;
}

/** The value counts of `sample`, or undefined as soon as it has more than `maxDistinct` distinct values. */
export function countValues(sample: ArrayLike<number>, maxDistinct: number): ValueCounts | undefined {
  const counts = new Map<number, number>();
  for (let i = 0; i < sample.length; i++) {
    const value = sample[i]!;
    counts.set(value, (counts.get(value) ?? 0) + 1);
    if (counts.size > maxDistinct) return undefined;
  }
  const values = Float64Array.from(counts.keys()).sort();
  return { values, counts: values.map((v) => counts.get(v)!) };
}

export interface CountBootstrapOptions {
  resamples: number;
  confidence: number;
  seed: number;
}

/**
 * Percentile interval of the mean of a sample given as value counts, by the bootstrap: each resample
 * draws the multinomial counts of the values (sequential conditional binomials) and takes their mean.
 * The sample is the per-case differences candidate − base, so this is the paired bootstrap's interval.
 */
export function countBootstrapInterval(
  sample: ValueCounts,
  options: CountBootstrapOptions,
): { low: number; high: number } {
  const { values, counts } = sample;
  const k = values.length;
  let n = 0;
  for (const c of counts) n += c;
  if (n < 2) throw new RangeError(`countBootstrapInterval: needs at least 2 values, got ${n}`);
  // remaining[j]: how many of the n values lie in classes j and above.
  const remaining = new Float64Array(k + 1);
  for (let j = k - 1; j >= 0; j--) remaining[j] = remaining[j + 1]! + counts[j]!;
  const random = seededRandom(options.seed);
  const means = new Float64Array(options.resamples);
  for (let r = 0; r < means.length; r++) {
    let left = n;
    let sum = 0;
    for (let j = 0; j < k - 1 && left > 0; j++) {
      const drawn = sampleBinomial(random, left, counts[j]! / remaining[j]!);
      sum += values[j]! * drawn;
      left -= drawn;
    }
    if (left > 0) sum += values[k - 1]! * left;
    means[r] = sum / n;
  }
  const tail = (1 - options.confidence) / 2;
  return { low: quantile(means, tail), high: quantile(means, 1 - tail) };
}
