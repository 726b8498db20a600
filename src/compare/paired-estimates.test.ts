import { describe, expect, it } from 'vitest';
import { bleuFromStatistics, bleuStatistics, sumBleuStatistics } from '../metrics/index.js';
import { mean, pairedBootstrap, pairedPermutationTest } from '../stats/index.js';
import {
  estimateCorpusDifference,
  estimateMeanDifference,
  type ResamplingSettings,
} from './paired-estimates.js';

const settings: ResamplingSettings = { resamples: 10_000, corpusResamples: 1_000, confidence: 0.95, seed: 0 };
const f64 = (values: number[]) => Float64Array.from(values);

describe('estimateMeanDifference', () => {
  it('pass/fail: McNemar exact on the discordant cases, the paired bootstrap interval', () => {
    // 10 cases: 3 passed before and fail now, none the other way.
    const base = f64([1, 1, 1, 1, 1, 1, 0, 0, 1, 1]);
    const candidate = f64([0, 0, 0, 1, 1, 1, 0, 0, 1, 1]);
    const estimate = estimateMeanDifference(base, candidate, settings);
    const bootstrap = pairedBootstrap(candidate, base, { resamples: 10_000, seed: 0 });
    expect(estimate).toEqual({
      base: 0.8,
      candidate: 0.5,
      delta: 0.5 - 0.8,
      ciLow: bootstrap.low,
      ciHigh: bootstrap.high,
      resamples: 10_000,
      pValue: 0.25, // 2 · P(X ≤ 0), X ~ Binomial(3, ½)
      test: 'mcnemar-exact',
    });
  });

  it('is the exact permutation test too when every difference has the same size', () => {
    const base = f64([0.5, 0.5, 0, 0.5, 0, 0.5, 0.5, 0]);
    const candidate = f64([0, 0, 0, 0.5, 0.5, 0, 0, 0]);
    const estimate = estimateMeanDifference(base, candidate, settings);
    expect(estimate.test).toBe('mcnemar-exact');
    expect(estimate.pValue).toBe(pairedPermutationTest(candidate, base, { resamples: 10_000 }).pValue);
  });

  it('scores: the paired permutation test, exact for few cases', () => {
    const base = f64([0.9, 0.8, 0.85, 0.7, 0.95, 0.6]);
    const candidate = f64([0.7, 0.75, 0.8, 0.72, 0.8, 0.5]);
    const estimate = estimateMeanDifference(base, candidate, settings);
    const permutation = pairedPermutationTest(candidate, base, { resamples: 10_000, seed: 0 });
    expect(estimate.pValue).toBe(permutation.pValue);
    expect(estimate.pValue).toBe(0.0625);
    expect(estimate.test).toBe('permutation-exact');
    expect(estimate.delta).toBeCloseTo(mean(candidate) - mean(base), 15);
  });

  it('scores over many cases: Monte Carlo permutations, seeded', () => {
    const base = Float64Array.from({ length: 40 }, (_, i) => (i % 7) / 7);
    const candidate = Float64Array.from({ length: 40 }, (_, i) => ((i + 2) % 9) / 9);
    const estimate = estimateMeanDifference(base, candidate, { ...settings, seed: 3 });
    expect(estimate.test).toBe('permutation-monte-carlo');
    expect(estimate.pValue).toBe(
      pairedPermutationTest(candidate, base, { resamples: 10_000, seed: 3 }).pValue,
    );
  });

  it('many pass/fail cases: the interval from value counts agrees with resampling cases', () => {
    const n = 4000;
    const base = Float64Array.from({ length: n }, (_, i) => (i % 10 < 8 ? 1 : 0));
    const candidate = Float64Array.from({ length: n }, (_, i) => (i % 10 < 7 || i % 40 === 9 ? 1 : 0));
    const estimate = estimateMeanDifference(base, candidate, settings);
    const direct = pairedBootstrap(candidate, base, { resamples: 10_000, seed: 0 });
    expect(estimate.delta).toBeCloseTo(direct.difference, 12);
    expect(Math.abs(estimate.ciLow! - direct.low)).toBeLessThanOrEqual(0.002);
    expect(Math.abs(estimate.ciHigh! - direct.high)).toBeLessThanOrEqual(0.002);
  });

  it('100,000 pass/fail cases take milliseconds, not the ~17 s of resampling them one by one', () => {
    const n = 100_000;
    const base = Float64Array.from({ length: n }, (_, i) => (i % 10 < 8 ? 1 : 0));
    const candidate = Float64Array.from({ length: n }, (_, i) => (i % 10 < 7 || i % 40 === 9 ? 1 : 0));
    const started = performance.now();
    const estimate = estimateMeanDifference(base, candidate, settings);
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(estimate.ciLow).toBeLessThan(estimate.delta!);
    expect(estimate.ciHigh).toBeGreaterThan(estimate.delta!);
    expect(estimate.pValue).toBeLessThan(1e-100);
  });

  it('caps the draws of case-by-case resampling: fewer resamples past 5,000 cases, never below 2,000', () => {
    const n = 20_000;
    const base = Float64Array.from({ length: n }, (_, i) => ((i * 7919) % 1000) / 1000);
    const candidate = Float64Array.from({ length: n }, (_, i) => ((i * 104729) % 997) / 997);
    const estimate = estimateMeanDifference(base, candidate, settings);
    expect(estimate.resamples).toBe(2_500); // 5·10^7 draws / 20,000 cases
    const direct = pairedBootstrap(candidate, base, { resamples: 2_500, seed: 0 });
    expect([estimate.ciLow, estimate.ciHigh]).toEqual([direct.low, direct.high]);
    expect(estimateMeanDifference(base, candidate, { ...settings, resamples: 500 }).resamples).toBe(500);
    const mid = estimateMeanDifference(base.subarray(0, 8_000), candidate.subarray(0, 8_000), settings);
    expect(mid.resamples).toBe(6_250);
  });

  it('has no interval or p-value below two cases, and no figures without cases', () => {
    expect(estimateMeanDifference(f64([1]), f64([0]), settings)).toEqual({
      base: 1,
      candidate: 0,
      delta: -1,
      ciLow: null,
      ciHigh: null,
      resamples: null,
      pValue: null,
      test: null,
    });
    expect(estimateMeanDifference(f64([]), f64([]), settings)).toEqual({
      base: null,
      candidate: null,
      delta: null,
      ciLow: null,
      ciHigh: null,
      resamples: null,
      pValue: null,
      test: null,
    });
  });
});

describe('estimateCorpusDifference', () => {
  it('resamples cases and recomputes each figure: with a mean as the "corpus" figure it is pairedBootstrap', () => {
    // Rows [value, 1]: the figure sum[0] / sum[1] is the mean, so the result must be pairedBootstrap's
    // with the mean as a statistic (same seed, same resampled cases).
    const base = [0.2, 0.5, 0.9, 0.4, 0.3, 0.8, 0.6];
    const candidate = [0.3, 0.4, 0.95, 0.6, 0.5, 0.7, 0.9];
    const side = (values: number[]) => ({
      rows: Float64Array.from(values.flatMap((v) => [v, 1])),
      dims: 2,
      figure: (sum: readonly number[]) => sum[0]! / sum[1]!,
    });
    const estimate = estimateCorpusDifference(side(base), side(candidate), 7, settings);
    const expected = pairedBootstrap(candidate, base, { resamples: 1_000, seed: 0, statistic: mean });
    expect(estimate.base).toBeCloseTo(mean(base), 15);
    expect(estimate.candidate).toBeCloseTo(mean(candidate), 15);
    expect(estimate.ciLow).toBeCloseTo(expected.low, 12);
    expect(estimate.ciHigh).toBeCloseTo(expected.high, 12);
    expect(estimate.pValue).toBe(expected.pValue);
    expect(estimate.test).toBe('paired-bootstrap');
  });

  it('BLEU: each run’s figure is corpus BLEU of its summed statistics, not a mean of sentence scores', () => {
    const references = [['the cat is on the mat'], ['it rains in paris today'], ['a quick brown fox jumps']];
    const baseHyps = ['the cat sat on a mat', 'rain in paris', 'the quick brown fox jumped'];
    const candidateHyps = ['the cat is on the mat', 'it rains in paris', 'a quick fox jumps'];
    const stats = (hyps: string[]) => hyps.map((h, i) => bleuStatistics(h, references[i]!));
    const flatten = (s: ReturnType<typeof bleuStatistics>) => [...s.correct, ...s.total, s.sysLen, s.refLen];
    const figure = (sum: readonly number[]) =>
      bleuFromStatistics({
        correct: sum.slice(0, 4),
        total: sum.slice(4, 8),
        sysLen: sum[8]!,
        refLen: sum[9]!,
      }).score / 100;
    const side = (hyps: string[]) => ({
      rows: Float64Array.from(stats(hyps).flatMap(flatten)),
      dims: 10,
      figure,
    });
    const estimate = estimateCorpusDifference(side(baseHyps), side(candidateHyps), 3, settings);
    expect(estimate.base).toBeCloseTo(bleuFromStatistics(sumBleuStatistics(stats(baseHyps))).score / 100, 12);
    expect(estimate.candidate).toBeCloseTo(
      bleuFromStatistics(sumBleuStatistics(stats(candidateHyps))).score / 100,
      12,
    );
    expect(estimate.delta).toBeGreaterThan(0);
    expect(estimate.ciLow).toBeLessThanOrEqual(estimate.delta!);
    expect(estimate.ciHigh).toBeGreaterThanOrEqual(estimate.delta!);
  });
});
