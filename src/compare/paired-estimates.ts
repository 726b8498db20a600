// The statistics of one metric over paired cases: base and candidate figures, the difference with its
// paired bootstrap interval, and a p-value. Which test and which resampling path is decided here.
import { mcnemar, mean, pairedBootstrap, pairedPermutationTest } from '../stats/index.js';
import { countBootstrapInterval, countValues } from './count-bootstrap.js';
import type { CompareSettings, PairedEstimate } from './types.js';

export type ResamplingSettings = Pick<
  CompareSettings,
  'resamples' | 'corpusResamples' | 'confidence' | 'seed'
>;

const NO_ESTIMATE: PairedEstimate = {
  base: null,
  candidate: null,
  delta: null,
  ciLow: null,
  ciHigh: null,
  resamples: null,
  pValue: null,
  test: null,
};

/** Differences with more distinct values than this are resampled case by case. */
const MAX_COUNTED_VALUES = 256;
/**
 * Drawing counts costs about this many case draws per distinct value (one binomial draw, whose CDF
 * evaluation dominates), so the count path is taken only when it is clearly cheaper; small samples
 * therefore get exactly `pairedBootstrap`'s figures.
 */
const COUNT_PATH_RATIO = 32;
/** Case draws one interval may cost when resampling case by case (about 0.7 s on a CI machine)… */
const MAX_CASE_DRAWS = 5e7;
/** …unless that leaves fewer resamples than this (Efron & Tibshirani: ≥ 1,000 for percentile intervals). */
const MIN_BUDGETED_RESAMPLES = 2_000;

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/**
 * A mean over paired cases (`base[i]` and `candidate[i]` are case i's values, each the mean over the
 * case's paired repeats). The interval is the percentile interval of the paired bootstrap (resampling
 * cases); the p-value is McNemar's exact test when every non-zero difference has the same size (pass/
 * fail: the exact sign-flip permutation test reduces to it), else the paired permutation test.
 */
export function estimateMeanDifference(
  base: Float64Array,
  candidate: Float64Array,
  settings: ResamplingSettings,
): PairedEstimate {
  const n = base.length;
  if (n === 0) return { ...NO_ESTIMATE };
  const baseMean = mean(base);
  const candidateMean = mean(candidate);
  const estimate: PairedEstimate = {
    ...NO_ESTIMATE,
    base: baseMean,
    candidate: candidateMean,
    delta: candidateMean - baseMean,
  };
  if (n < 2) return estimate;
  const differences = candidate.map((value, i) => value - base[i]!);
  const counted = countValues(differences, Math.min(MAX_COUNTED_VALUES, Math.floor(n / COUNT_PATH_RATIO)));
  // Resampling cases one by one costs n draws per resample: past the budget, fewer resamples.
  const resamples = counted
    ? settings.resamples
    : Math.min(settings.resamples, Math.max(MIN_BUDGETED_RESAMPLES, Math.floor(MAX_CASE_DRAWS / n)));
  const interval = counted
    ? countBootstrapInterval(counted, settings)
    : pairedBootstrap(candidate, base, { resamples, confidence: settings.confidence, seed: settings.seed });
  estimate.ciLow = finiteOrNull(interval.low);
  estimate.ciHigh = finiteOrNull(interval.high);
  estimate.resamples = resamples;
  const signs = discordantSigns(differences);
  if (signs) {
    estimate.pValue = mcnemar([
      [0, signs.better],
      [signs.worse, 0],
    ]).pValue;
    estimate.test = 'mcnemar-exact';
  } else {
    const permutation = pairedPermutationTest(candidate, base, {
      resamples: settings.resamples,
      seed: settings.seed,
    });
    estimate.pValue = permutation.pValue;
    estimate.test = permutation.exact ? 'permutation-exact' : 'permutation-monte-carlo';
  }
  return estimate;
}

/** How many differences are positive and negative, when every non-zero one has the same size. */
function discordantSigns(differences: Float64Array): { better: number; worse: number } | undefined {
  let size = 0;
  let better = 0;
  let worse = 0;
  for (const d of differences) {
    if (d === 0) continue;
    const magnitude = Math.abs(d);
    if (size === 0) size = magnitude;
    else if (magnitude !== size) return undefined;
    if (d > 0) better++;
    else worse++;
  }
  return { better, worse };
}

/** One run's side of a corpus metric: per-case summed statistics and how a sum becomes the figure. */
export interface CorpusSide {
  /** Row i (dims values) holds case i's statistics summed over its paired repeats. */
  rows: Float64Array;
  dims: number;
  figure: (sum: readonly number[]) => number;
}

function corpusFigure(side: CorpusSide, cases: number): number {
  const sum = new Array<number>(side.dims).fill(0);
  for (let row = 0; row < cases * side.dims; row += side.dims)
    for (let d = 0; d < side.dims; d++) sum[d]! += side.rows[row + d]!;
  return side.figure(sum);
}

/**
 * A corpus metric (BLEU, chrF) over paired cases: each run's figure comes from its summed statistics,
 * and the interval and p-value from the paired bootstrap that resamples cases and recomputes both
 * corpus figures each time, as sacreBLEU's paired bootstrap does (Koehn 2004).
 */
export function estimateCorpusDifference(
  base: CorpusSide,
  candidate: CorpusSide,
  cases: number,
  settings: ResamplingSettings,
): PairedEstimate {
  if (cases === 0) return { ...NO_ESTIMATE };
  const baseFigure = corpusFigure(base, cases);
  const candidateFigure = corpusFigure(candidate, cases);
  const estimate: PairedEstimate = {
    ...NO_ESTIMATE,
    base: finiteOrNull(baseFigure),
    candidate: finiteOrNull(candidateFigure),
    delta: finiteOrNull(candidateFigure - baseFigure),
  };
  if (cases < 2) return estimate;
  // pairedBootstrap resamples case indices jointly for both systems; the "values" it resamples are
  // row numbers (candidate rows 0..n−1, base rows n..2n−1), so the statistic can sum whole rows.
  const statistic = (sample: Float64Array): number => {
    const isCandidate = sample[0]! < cases;
    const side = isCandidate ? candidate : base;
    const offset = isCandidate ? 0 : cases;
    const sum = new Array<number>(side.dims).fill(0);
    for (let i = 0; i < sample.length; i++) {
      const row = (sample[i]! - offset) * side.dims;
      for (let d = 0; d < side.dims; d++) sum[d]! += side.rows[row + d]!;
    }
    return side.figure(sum);
  };
  const candidateRows = Float64Array.from({ length: cases }, (_, i) => i);
  const baseRows = Float64Array.from({ length: cases }, (_, i) => cases + i);
  const result = pairedBootstrap(candidateRows, baseRows, {
    resamples: settings.corpusResamples,
    confidence: settings.confidence,
    seed: settings.seed,
    statistic,
  });
  estimate.ciLow = finiteOrNull(result.low);
  estimate.ciHigh = finiteOrNull(result.high);
  estimate.resamples = settings.corpusResamples;
  estimate.pValue = finiteOrNull(result.pValue);
  estimate.test = estimate.pValue === null ? null : 'paired-bootstrap';
  return estimate;
}
