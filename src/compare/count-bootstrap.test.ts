import { describe, expect, it } from 'vitest';
import { binomialPmf, chiSquareSf, pairedBootstrap, seededRandom } from '../stats/index.js';
import { countBootstrapInterval, countValues, sampleBinomial } from './count-bootstrap.js';

/** Chi-square goodness of fit of `draws` Binomial(n, p) samples against the exact pmf. */
function goodnessOfFit(n: number, p: number, draws: number, seed: number): number {
  const random = seededRandom(seed);
  const observed = new Float64Array(n + 1);
  for (let i = 0; i < draws; i++) observed[sampleBinomial(random, n, p)]!++;
  // Cells with an expected count below 5 are pooled into their neighbour, as the test requires.
  let statistic = 0;
  let cells = 0;
  let pooledObserved = 0;
  let pooledExpected = 0;
  for (let k = 0; k <= n; k++) {
    pooledObserved += observed[k]!;
    pooledExpected += draws * binomialPmf(k, n, p);
    if (pooledExpected >= 5 || k === n) {
      statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
      cells++;
      pooledObserved = 0;
      pooledExpected = 0;
    }
  }
  return chiSquareSf(statistic, cells - 1);
}

describe('sampleBinomial', () => {
  it.each([
    [20, 0.1], // small mean: inversion from 0
    [60, 0.35], // from the mode
    [30, 0.8], // p > 1/2 by symmetry
    [400, 0.5],
  ])('draws Binomial(%i, %d) with the exact distribution (chi-square p > 0.001)', (n, p) => {
    expect(goodnessOfFit(n, p, 100_000, 7)).toBeGreaterThan(0.001);
  });

  it('has the right mean and variance at n = 100,000', () => {
    const random = seededRandom(3);
    const draws = Array.from({ length: 20_000 }, () => sampleBinomial(random, 100_000, 0.3));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1);
    expect(Math.abs(mean - 30_000)).toBeLessThan(5); // standard error ≈ 1.02
    expect(variance / 21_000).toBeGreaterThan(0.95);
    expect(variance / 21_000).toBeLessThan(1.05);
  });

  it('handles the edges exactly and rejects nonsense', () => {
    const random = seededRandom(1);
    expect(sampleBinomial(random, 0, 0.4)).toBe(0);
    expect(sampleBinomial(random, 17, 0)).toBe(0);
    expect(sampleBinomial(random, 17, 1)).toBe(17);
    expect(() => sampleBinomial(random, 2.5, 0.5)).toThrow(
      'sampleBinomial: n must be an integer ≥ 0, got 2.5',
    );
    expect(() => sampleBinomial(random, 3, 1.5)).toThrow('sampleBinomial: p must be in [0, 1], got 1.5');
  });
});

describe('countValues', () => {
  it('counts distinct values in increasing order', () => {
    const counted = countValues([1, -1, 0, 0, 1, 0], 3)!;
    expect([...counted.values]).toEqual([-1, 0, 1]);
    expect([...counted.counts]).toEqual([1, 3, 2]);
  });

  it('gives up past maxDistinct values', () => {
    expect(countValues([0.1, 0.2, 0.3], 2)).toBeUndefined();
  });
});

describe('countBootstrapInterval', () => {
  it('is the exact percentile interval on a tiny sample', () => {
    // Two cases with differences 0 and 1: resample means are 0, 0.5, 1 with probability ¼, ½, ¼.
    const interval = countBootstrapInterval(countValues([0, 1], 2)!, {
      resamples: 10_000,
      confidence: 0.95,
      seed: 0,
    });
    expect(interval).toEqual({ low: 0, high: 1 });
  });

  it('agrees with resampling the cases one by one (pairedBootstrap)', () => {
    // 1000 cases: 70 fixed (+1), 30 regressed (−1), 900 unchanged.
    const base = new Float64Array(1000);
    const candidate = new Float64Array(1000);
    for (let i = 0; i < 70; i++) candidate[i] = 1;
    for (let i = 70; i < 100; i++) base[i] = 1;
    const differences = candidate.map((c, i) => c - base[i]!);
    const counted = countBootstrapInterval(countValues(differences, 3)!, {
      resamples: 10_000,
      confidence: 0.95,
      seed: 0,
    });
    const direct = pairedBootstrap(candidate, base, { resamples: 10_000, seed: 5 });
    // Both estimate the same quantiles of the same distribution (means are multiples of 0.001).
    expect(Math.abs(counted.low - direct.low)).toBeLessThanOrEqual(0.002);
    expect(Math.abs(counted.high - direct.high)).toBeLessThanOrEqual(0.002);
    expect(counted.low).toBeGreaterThan(0.015);
    expect(counted.high).toBeLessThan(0.065);
  });

  it('is reproducible from its seed', () => {
    const sample = countValues([-1, 0, 0, 1, 1, 1, 0, 0], 3)!;
    const options = { resamples: 2000, confidence: 0.9, seed: 42 };
    expect(countBootstrapInterval(sample, options)).toEqual(countBootstrapInterval(sample, options));
  });
});
