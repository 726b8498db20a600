// Runs and results: what an evaluation produced and how it is summarised.
import type { Score, ScorerUsage } from './scorers.js';
import type { TokenUsage } from './targets.js';

export const RUN_STATUSES = ['running', 'completed', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export type ResultStatus = 'pass' | 'fail' | 'error';

export interface GitInfo {
  commit?: string;
  branch?: string;
  dirty?: boolean;
}

export interface Run {
  id: string;
  /** Absolute path of the suite file. */
  suitePath: string;
  description?: string;
  suiteHash: string;
  datasetHash: string;
  /** The dataset file, or `inline`. */
  datasetRef: string;
  /** Target configs with secrets redacted. */
  targets: Array<Record<string, unknown> & { id: string; type: string }>;
  /** The resolved suite (prompts, scorers, gates, repeat...) without secrets. */
  config: Record<string, unknown>;
  git?: GitInfo;
  status: RunStatus;
  /** Cases in the run (after --filter-tag). */
  caseCount: number;
  /** Results the run will have when complete: sum over cases of targets × prompts × repeats. */
  expectedResults: number;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string;
  /** Process that owns a `running` run; a dead owner means the run was interrupted. */
  owner?: { pid: number; host: string };
  summary?: RunSummary;
  /** The CLI options that shaped the run (filters, concurrency...), for resume. */
  options: Record<string, unknown>;
}

/** One evaluation: run × case × target × prompt × repeat. */
export interface Result {
  runId: string;
  caseId: string;
  targetId: string;
  promptId: string;
  /** 0-based sample index. */
  repeat: number;
  /** The rendered prompt as sent (a chat as JSON). */
  prompt: string;
  output: string | null;
  /** Why there is no scored output: the target failed after its retries, or a scorer crashed. */
  error: string | null;
  status: ResultStatus;
  /** Weighted mean of the scores' values; null when there are no scores. */
  score: number | null;
  scores: Score[];
  latencyMs: number;
  tokenUsage?: TokenUsage;
  cost?: number;
  cached: boolean;
  createdAt: string;
}

/** A 95% confidence interval, and how it was computed. */
export interface ConfidenceInterval {
  low: number;
  high: number;
  /** wilson: a share of 0/1 values; bootstrap: percentile bootstrap of the mean (seeded); normal: the mean ± 1.96 standard errors (large samples). */
  method: 'wilson' | 'bootstrap' | 'normal';
}

export interface ScorerSummary {
  name: string;
  /** Mean value over the results that have this score. */
  mean: number;
  /** For corpus metrics (BLEU, chrF): the value of the summed statistics, which gates and reports use. */
  corpus?: number;
  /** 95% interval of the mean (slices and targets). */
  ci?: ConfidenceInterval;
  passRate: number;
  count: number;
  /**
   * Targets only: how many values fell in each tenth of [0, 1] (0–0.1, …, 0.9–1, 1 in the last);
   * values outside [0, 1] count in the end bins. The distribution charts read it.
   */
  histogram?: number[];
}

export interface Percentiles {
  p50: number;
  p95: number;
  mean: number;
}

export interface GroupSummary {
  total: number;
  passed: number;
  failed: number;
  errors: number;
  /** passed / total: errors count against it. */
  passRate: number;
  errorRate: number;
  scorers: ScorerSummary[];
  /** 95% Wilson interval of the pass rate. */
  passRateCi?: ConfidenceInterval;
  /** Distinct cases (a case with repeats counts once). */
  cases?: number;
}

/** With several samples per case: how often a case passes, and how consistently. */
export interface RepeatSummary {
  /** Samples per case the figures are computed for (the suite's repeat; cases with fewer are left out). */
  k: number;
  /** Cases with at least k samples. */
  cases: number;
  /** Unbiased pass@1 and pass@k (Chen et al. 2021), and pass^k (all k samples pass), averaged over cases. */
  passAt1: number;
  passAtK: number;
  passHatK: number;
  /** Mean share of a case's samples that agree with its majority outcome. */
  consistency: number;
  /** Cases that passed in some samples and failed in others, over cases. */
  flakyRate: number;
  /** Their ids (at most 200 listed; flakyCount has them all). */
  flaky: string[];
  flakyCount: number;
}

export interface TargetSummary extends GroupSummary {
  targetId: string;
  promptId: string;
  latency: Percentiles;
  tokens: Required<TokenUsage>;
  cost: number;
  cached: number;
  /** Present when cases have more than one sample. */
  repeats?: RepeatSummary;
  /** What scoring this target's outputs cost (LLM judges): present when a scorer called a model. */
  scoring?: ScorerUsage;
}

export interface SliceSummary extends GroupSummary {
  tag: string;
  targetId: string;
  promptId: string;
  /** Too few cases for the figures to say anything (fewer than MIN_SLICE_CASES). */
  insufficient: boolean;
}

/** Below this many cases a slice is marked insufficient: its interval is too wide to act on. */
export const MIN_SLICE_CASES = 10;

export interface GateOutcome {
  gate: string;
  targetId: string;
  promptId: string;
  actual: number;
  limit: number;
  pass: boolean;
  /** A failing maxErrorRate gate means the run is incomplete (exit 3), not merely failing. */
  incomplete: boolean;
  message: string;
}

export interface RunSummary extends GroupSummary {
  durationMs: number;
  targets: TargetSummary[];
  slices: SliceSummary[];
  gates: GateOutcome[];
  /** Quarantined cases found in the run: reported, but left out of the gates. */
  quarantined?: string[];
  /** The baseline run a regression gate compared against, and the cases that regressed. */
  regression?: { baselineRunId: string; regressed: string[]; fixed: string[] };
}
