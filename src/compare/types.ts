// The shape of a comparison between two runs: the settings of its statistics, the per-metric and
// per-slice differences, the case flips and what could not be paired. `--json` prints it as is.
import type { GitInfo, RunStatus } from '../core/index.js';

/** How the statistics are computed; every field has a default (see DEFAULT_COMPARE_SETTINGS). */
export interface CompareSettings {
  /** A difference is significant when its p-value (Holm-adjusted with `holm`) is below alpha. */
  alpha: number;
  /** Level of the intervals of the differences. */
  confidence: number;
  /** Seed of every resampling: the same runs and seed give the same figures on any machine. */
  seed: number;
  /**
   * Bootstrap resamples (and Monte Carlo permutations) per metric. Intervals that resample many cases
   * one by one (scores with many distinct values, over 5,000 cases) use fewer, never below 2,000, so
   * that each costs at most 5·10^7 case draws; each metric records what it used.
   */
  resamples: number;
  /** Bootstrap resamples of corpus metrics (BLEU, chrF), which recompute the corpus figure each time. */
  corpusResamples: number;
  /** Holm's step-down adjustment of the p-values, within the overall metrics and within the slices. */
  holm: boolean;
}

export interface CompareOptions extends Partial<CompareSettings> {
  /** Cases left out of every figure (e.g. the suite's quarantine); their results are counted as excluded. */
  excludeCases?: readonly string[];
}

/** `passRate`: the share of passing results; `mean`: a scorer's mean value; `corpus`: BLEU/chrF of summed statistics. */
export type MetricKind = 'passRate' | 'mean' | 'corpus';

/**
 * Where a p-value comes from. `mcnemar-exact`: every paired difference has the same size (pass/fail,
 * 0/1 scores), where the exact permutation test is McNemar's exact test; `permutation`: the paired
 * sign-flip permutation test (exact or Monte Carlo); `paired-bootstrap`: corpus metrics.
 */
export type PairedTest =
  | 'mcnemar-exact'
  | 'permutation-exact'
  | 'permutation-monte-carlo'
  | 'paired-bootstrap';

/** The statistics of one metric over paired cases. */
export interface PairedEstimate {
  /** On the 0..1 scale; null when nothing is paired. */
  base: number | null;
  candidate: number | null;
  /** candidate − base: negative is worse. */
  delta: number | null;
  /** Paired bootstrap interval of delta; null below 2 paired cases. */
  ciLow: number | null;
  ciHigh: number | null;
  /** Bootstrap resamples behind the interval; null without one. */
  resamples: number | null;
  /** Two-sided p-value for "no difference"; null below 2 paired cases. */
  pValue: number | null;
  test: PairedTest | null;
}

/** One metric of one target × prompt, base against candidate, over the cases both runs have. */
export interface MetricComparison extends PairedEstimate {
  target: string;
  prompt: string;
  /** `passRate`, or a scorer's name. */
  scorer: string;
  kind: MetricKind;
  /** The scorer's weight in the candidate run (1 for passRate); weight 0 scorers are not gated. */
  weight: number;
  /** Paired cases: the statistical units (a case's paired repeats are averaged into one value). */
  n: number;
  /** Paired results behind them. */
  samples: number;
  /** With `holm`: the adjusted p-value that `significant` uses. */
  pValueHolm?: number | null;
  significant: boolean;
}

export interface SliceMetricComparison extends MetricComparison {
  slice: string;
  /** Fewer paired cases than MIN_SLICE_CASES: too few to act on. */
  insufficient: boolean;
}

export type FlipChange = 'regressed' | 'fixed' | 'stillFailing';

/**
 * A case × target × prompt whose outcome changed (or stayed failing). With repeats, `basePassed` and
 * `candidatePassed` count passing samples among the `samples` repeats both runs have: a case regressed
 * when the candidate passes fewer of them, was fixed when it passes more, and is still failing when
 * neither run passes any.
 */
export interface CaseFlip {
  caseId: string;
  target: string;
  prompt: string;
  change: FlipChange;
  basePassed: number;
  candidatePassed: number;
  samples: number;
}

export interface Flips {
  /** Case ids, each once, whatever the target. */
  regressed: string[];
  fixed: string[];
  stillFailing: string[];
  /** Every flip per target × prompt: regressed first, then fixed, then still failing. */
  cases: CaseFlip[];
}

/** Results of a target × prompt that the other run does not have (other cases, repeats, targets). */
export interface UnpairedGroup {
  target: string;
  prompt: string;
  /** Results only the base run has. */
  base: number;
  /** Results only the candidate run has. */
  candidate: number;
}

export interface ComparedRun {
  id: string;
  suitePath: string;
  status: RunStatus;
  createdAt: string;
  datasetHash: string;
  git?: GitInfo;
}

export interface RunComparison {
  baseRun: ComparedRun;
  candidateRun: ComparedRun;
  settings: CompareSettings;
  /** Results present in both runs. */
  paired: number;
  unpaired: { base: number; candidate: number; targets: UnpairedGroup[] };
  /** Results left out because their case is in `excludeCases` (both runs). */
  excluded: number;
  flips: Flips;
  /** Per target × prompt: passRate first, then each scorer both runs have. */
  metrics: MetricComparison[];
  /** The same per slice (tags, source:, adversarial, sliceBy fields), slices in name order. */
  slices: SliceMetricComparison[];
}
