import { describe, expect, it } from 'vitest';
import { expectClose, expectRelativeClose } from '../test-helpers/close-to.js';
import { bootstrapInterval, bootstrapIntervalFromDistribution, pairedBootstrap } from './bootstrap.js';
import { mean, quantile } from './descriptive.js';
import { normalQuantile } from './distributions.js';
import { seededRandom } from './random.js';

const range = (n: number, f: (i: number) => number): number[] => Array.from({ length: n }, (_, i) => f(i));
const variance = (xs: Float64Array): number => {
  const m = mean(xs);
  return xs.reduce((sum, x) => sum + (x - m) ** 2, 0) / (xs.length - 1);
};

// The same 15 values and 199 "bootstrap statistics" are built in the SciPy script.
const SAMPLE = range(15, (i) => ((i * 37) % 23) / 4 + (i % 5) ** 2 / 10);
const MEAN_DISTRIBUTION = Float64Array.from(
  range(199, (b) => 3.25 + (((b * 7919) % 199) / 199 - 0.5) * 1.3 + ((b * b) % 17) / 40),
);
const VARIANCE_DISTRIBUTION = Float64Array.from(
  range(199, (b) => 4.205 + (((b * 7919) % 199) / 199 - 0.45) * 3),
);

describe('bootstrapIntervalFromDistribution (the deterministic half of SciPy’s bootstrap)', () => {
  it('reproduces scipy.stats.bootstrap’s BCa and percentile intervals for a given distribution', () => {
    // scipy 1.17.1: a1, a2, a = scipy.stats._resampling._bca_interval((sample,), statistic, axis=-1,
    // alpha=(1 - conf)/2, theta_hat_b=dist, batch=None, xp=np); stats.quantile(dist, [a1, a2]);
    // percentile: stats.quantile(dist, [(1 - conf)/2, 1 - (1 - conf)/2]); se: np.std(dist, ddof=1).
    // [statistic, confidence, BCa low, BCa high, percentile low, percentile high, standard error]
    const cases: Array<[string, number, number, number, number, number, number]> = [
      // levels 0.002726925993014928, 0.8797087991651924; acceleration −0.010298808496100813
      [
        'mean',
        0.95,
        2.6963194110799096,
        3.962874597513169,
        2.804195979899497,
        4.16427135678392,
        0.3933769345925199,
      ],
      [
        'mean',
        0.8,
        2.796627835237467,
        3.6438145679874143,
        2.936130653266332,
        4.010728643216081,
        0.3933769345925199,
      ],
      // levels 0.017772385139548583, 0.9643855628348547; acceleration 0.02371439743598159
      [
        'variance',
        0.95,
        2.908049230014532,
        5.733618212682934,
        2.9296231155778893,
        5.765301507537689,
        0.8681986202598491,
      ],
      [
        'variance',
        0.8,
        3.063712677874803,
        5.418194152022542,
        3.153492462311558,
        5.541432160804019,
        0.8681986202598491,
      ],
    ];
    for (const [name, confidence, bcaLow, bcaHigh, low, high, standardError] of cases) {
      const statistic = name === 'mean' ? mean : variance;
      const distribution = name === 'mean' ? MEAN_DISTRIBUTION : VARIANCE_DISTRIBUTION;
      const bca = bootstrapIntervalFromDistribution(SAMPLE, statistic, distribution, { confidence });
      expectRelativeClose(bca.low, bcaLow, 1e-12, `${name} ${confidence} BCa low`);
      expectRelativeClose(bca.high, bcaHigh, 1e-12, `${name} ${confidence} BCa high`);
      expectRelativeClose(bca.standardError, standardError, 1e-12, `${name} standard error`);
      expect(bca.estimate).toBe(name === 'mean' ? 3.25 : 4.205);
      const percentile = bootstrapIntervalFromDistribution(SAMPLE, statistic, distribution, {
        confidence,
        method: 'percentile',
      });
      expectRelativeClose(percentile.low, low, 1e-12, `${name} ${confidence} percentile low`);
      expectRelativeClose(percentile.high, high, 1e-12, `${name} ${confidence} percentile high`);
    }
  });

  it('takes plain linear-interpolated quantiles for the percentile method', () => {
    const distribution = Float64Array.of(3.5, 1.5, 3, 2, 2.5);
    const result = bootstrapIntervalFromDistribution([1, 2, 3, 4], mean, distribution, {
      method: 'percentile',
      confidence: 0.5,
    });
    // numpy.quantile([1.5, 2, 2.5, 3, 3.5], [0.25, 0.75]) == [2, 3]; std(ddof=1) == sqrt(0.625)
    expect(result).toEqual({ low: 2, high: 3, estimate: 2.5, standardError: Math.sqrt(0.625) });
  });

  it('gives NaN for BCa where SciPy does (degenerate data, estimate outside the distribution)', () => {
    const constant = bootstrapIntervalFromDistribution([2, 2, 2], mean, Float64Array.of(2, 2, 2, 2));
    expect(constant.low).toBeNaN();
    expect(constant.high).toBeNaN();
    expect(constant.estimate).toBe(2);
    expect(constant.standardError).toBe(0);
    const percentile = bootstrapIntervalFromDistribution([2, 2, 2], mean, Float64Array.of(2, 2, 2, 2), {
      method: 'percentile',
    });
    expect([percentile.low, percentile.high]).toEqual([2, 2]);
    // Every bootstrap variance below the sample's: z0 = Φ⁻¹(1) = ∞, so SciPy's levels are NaN.
    expect(bootstrapIntervalFromDistribution(SAMPLE, variance, MEAN_DISTRIBUTION).low).toBeNaN();
  });
});

describe('bootstrapInterval', () => {
  const skewed = range(30, (i) => ((i * 7) % 30) + 1).map((k) => (k * k) / 100);

  it('agrees with scipy.stats.bootstrap within Monte Carlo error (BCa and percentile)', () => {
    // scipy 1.17.1: stats.bootstrap((x,), np.mean, n_resamples=4_000_000, method='BCa' | 'percentile',
    // rng=np.random.default_rng(1 | 2), batch=200000).confidence_interval
    // SciPy's resamples differ from ours, so only the Monte Carlo error separates the two. Its size,
    // measured with SciPy over 40 seeds at 50,000 resamples, is SD(low) = 0.0053 and SD(high) = 0.0089
    // for BCa (0.0047, 0.0057 percentile); at the 200,000 resamples below it halves, and the 4e6-resample
    // reference adds 1/9 of that. Tolerance 0.015 ≈ 5 SD (low) and 3.4 SD (high), while BCa and
    // percentile differ by 0.05–0.06 here, so a wrong correction cannot pass.
    const bca = bootstrapInterval(skewed, mean, { resamples: 200_000, seed: 11 });
    expectClose(bca.low, 2.241333333333334, 0.015, 'BCa low');
    expectClose(bca.high, 4.228, 0.015, 'BCa high');
    expectClose(bca.standardError, 0.5046517979279014, 0.005, 'standard error');
    expect(bca.estimate).toBeCloseTo(3.151666666666667, 14);
    const percentile = bootstrapInterval(skewed, mean, {
      resamples: 200_000,
      seed: 12,
      method: 'percentile',
    });
    expectClose(percentile.low, 2.1919916666666968, 0.015, 'percentile low');
    expectClose(percentile.high, 4.167333333333334, 0.015, 'percentile high');
  });

  it('is reproducible from its seed, and the seed matters', () => {
    const a = bootstrapInterval(skewed, mean, { resamples: 999, seed: 5 });
    const b = bootstrapInterval(skewed, mean, { resamples: 999, seed: 5 });
    const c = bootstrapInterval(skewed, mean, { resamples: 999, seed: 6 });
    expect(b).toEqual(a);
    expect(c.low).not.toBe(a.low);
    // Defaults: 9999 resamples, seed 0, BCa, 95%.
    expect(bootstrapInterval(skewed)).toEqual(
      bootstrapInterval(skewed, mean, { resamples: 9999, seed: 0, method: 'bca', confidence: 0.95 }),
    );
  });

  it('covers the true mean of a normal population about 95% of the time', () => {
    // 1,000 samples of 25 from N(0, 1), 499 resamples each. Coverage is a binomial proportion with
    // SD √(0.95·0.05/1000) = 0.007; bootstrap intervals under-cover slightly at n = 25 (about 0.93–0.94).
    // [0.915, 0.97] is ±3 SD around that: a 90% interval (≈ 0.88) or a biased centre would fail.
    const random = seededRandom(2024);
    const draw = () => normalQuantile((random.int(2 ** 32) + 0.5) / 2 ** 32);
    let coveredPercentile = 0;
    let coveredBca = 0;
    const trials = 1000;
    for (let t = 0; t < trials; t++) {
      const sample = range(25, draw);
      const percentile = bootstrapInterval(sample, mean, { resamples: 499, seed: t, method: 'percentile' });
      const bca = bootstrapInterval(sample, mean, { resamples: 499, seed: t });
      if (percentile.low <= 0 && 0 <= percentile.high) coveredPercentile++;
      if (bca.low <= 0 && 0 <= bca.high) coveredBca++;
    }
    for (const covered of [coveredPercentile, coveredBca]) {
      expect(covered / trials).toBeGreaterThan(0.915);
      expect(covered / trials).toBeLessThan(0.97);
    }
  });

  it('accepts any statistic, even one that sorts its input in place', () => {
    const median = (xs: Float64Array) => quantile(xs, 0.5);
    const sortingMedian = (xs: Float64Array) => {
      xs.sort();
      return (xs[(xs.length - 1) >> 1]! + xs[xs.length >> 1]!) / 2;
    };
    const result = bootstrapInterval(skewed, median, { resamples: 2000 });
    expect(result.estimate).toBe(quantile(skewed, 0.5));
    expect(result.low).toBeLessThan(result.estimate);
    expect(result.high).toBeGreaterThan(result.estimate);
    expect(bootstrapInterval(skewed, sortingMedian, { resamples: 2000 })).toEqual(result);
  });

  it('rejects samples, counts and levels SciPy rejects, with messages', () => {
    expect(() => bootstrapInterval([1])).toThrow(
      'bootstrapInterval: the sample needs at least 2 values, got 1',
    );
    expect(() => bootstrapInterval([1, 2], mean, { resamples: 1 })).toThrow(
      'bootstrapInterval: resamples must be an integer ≥ 2, got 1',
    );
    expect(() => bootstrapInterval([1, 2], mean, { resamples: 10.5 })).toThrow(RangeError);
    expect(() => bootstrapInterval([1, 2], mean, { confidence: 0 })).toThrow(
      'bootstrapInterval: confidence must be between 0 and 1 (exclusive), got 0',
    );
    expect(() => bootstrapInterval([1, 2], mean, { method: 'basic' as 'bca' })).toThrow(
      "bootstrapInterval: method must be 'percentile' or 'bca', got basic",
    );
    expect(() => bootstrapInterval([1, 2], mean, { seed: Number.NaN })).toThrow(RangeError);
  });
});

describe('pairedBootstrap', () => {
  const a = range(200, (i) => ((i * 13) % 17) / 16);
  const b = range(200, (i) => ((i * 13) % 17) / 16 - (i % 5 === 0 ? 0.25 : 0) + ((i % 7) - 3) / 50);

  it('reports the observed difference of means and a percentile interval around it', () => {
    const result = pairedBootstrap(a, b, { seed: 3 });
    expectClose(result.difference, mean(a) - mean(b), 1e-15);
    expect(result.low).toBeLessThan(result.difference);
    expect(result.high).toBeGreaterThan(result.difference);
    expect(result.low).toBeGreaterThan(0); // a clear improvement: 40 of 200 cases better by 0.25
    expect(result.pValue).toBe(2 / 10_000); // no resample crosses 0: the +1 correction's floor
  });

  it('has the documented p-value: doubled share at or beyond 0, +1 corrected, capped at 1', () => {
    // A constant shift: every resampled difference is exactly 0.1, none on the other side of 0.
    const shifted = pairedBootstrap(
      b.map((x) => x + 0.1),
      b,
      { resamples: 999 },
    );
    expectClose(shifted.difference, 0.1, 1e-15);
    expectClose(shifted.low, 0.1, 1e-15);
    expectClose(shifted.high, 0.1, 1e-15);
    expect(shifted.pValue).toBe(2 / 1000);
    // Identical systems: difference 0, p = 1.
    expect(pairedBootstrap(a, a)).toEqual({ difference: 0, low: 0, high: 0, pValue: 1 });
    // Two cases with per-case differences 1 and −3: the observed mean is −1 and a resampled mean is
    // ≥ 0 only when both draws are case 0 (probability ¼), so p ≈ 2·¼ = ½.
    const two = pairedBootstrap([1, 0], [0, 3], { resamples: 40_000, seed: 9 });
    expect(two.difference).toBe(-1);
    expectClose(two.pValue, 0.5, 0.02); // binomial SD of the estimate: 2·√(¼·¾/40000) = 0.0043
    expect([two.low, two.high]).toEqual([-3, 1]);
  });

  it('is antisymmetric in the two systems and reproducible from its seed', () => {
    const forward = pairedBootstrap(a, b, { seed: 8, resamples: 2000 });
    const backward = pairedBootstrap(b, a, { seed: 8, resamples: 2000 });
    expectClose(backward.difference, -forward.difference, 1e-15);
    expectClose(backward.low, -forward.high, 1e-12);
    expectClose(backward.high, -forward.low, 1e-12);
    expect(backward.pValue).toBe(forward.pValue);
    expect(pairedBootstrap(a, b, { seed: 8, resamples: 2000 })).toEqual(forward);
  });

  it('gives the same numbers through a custom statistic (same seed, same case indices)', () => {
    const fast = pairedBootstrap(a, b, { seed: 4, resamples: 3000 });
    const generic = pairedBootstrap(a, b, { seed: 4, resamples: 3000, statistic: (xs) => mean(xs) });
    expectClose(generic.difference, fast.difference, 1e-15);
    expectClose(generic.low, fast.low, 1e-14);
    expectClose(generic.high, fast.high, 1e-14);
    expect(generic.pValue).toBe(fast.pValue);
    // A statistic other than the mean: the difference of medians.
    const median = (xs: Float64Array) => quantile(xs, 0.5);
    const medians = pairedBootstrap(a, b, { seed: 4, resamples: 500, statistic: median });
    expect(medians.difference).toBe(quantile(a, 0.5) - quantile(b, 0.5));
  });

  it('does not find differences between systems that have none', () => {
    const random = seededRandom(77);
    const noise = () => random.next();
    const x = range(300, noise);
    const y = range(300, noise);
    expect(pairedBootstrap(x, y, { seed: 1 }).pValue).toBeGreaterThan(0.05);
  });

  it('handles 10,000 resamples × 10,000 cases without per-resample allocation', () => {
    const n = 10_000;
    const x = range(n, (i) => ((i * 7919) % 1000) / 1000);
    const y = range(n, (i) => ((i * 7919 + 13) % 1000) / 1000);
    const started = performance.now();
    const result = pairedBootstrap(x, y, { resamples: 10_000, seed: 1 });
    // 10⁸ index draws. About 1.8–2.5 s here, almost all of it inside seededRandom's next();
    // the bound only guards against a regression to per-index overhead (int(), allocation).
    expect(performance.now() - started).toBeLessThan(8000);
    expect(result.low).toBeLessThan(result.difference);
    expect(result.high).toBeGreaterThan(result.difference);
  });

  it('rejects unpaired or too small inputs', () => {
    expect(() => pairedBootstrap([1, 2, 3], [1, 2])).toThrow(
      'pairedBootstrap: a and b must have one score per case, got 3 and 2 values',
    );
    expect(() => pairedBootstrap([1], [1])).toThrow('pairedBootstrap: needs at least 2 cases, got 1');
    expect(() => pairedBootstrap([1, 2], [1, 2], { resamples: -1 })).toThrow(
      'pairedBootstrap: resamples must be an integer ≥ 1, got -1',
    );
    expect(() => pairedBootstrap([1, 2], [1, 2], { confidence: 1.5 })).toThrow(
      'pairedBootstrap: confidence must be between 0 and 1 (exclusive), got 1.5',
    );
  });
});
