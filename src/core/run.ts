// Runs and results: what an evaluation produced and how it is summarised.
import type { Score } from './scorers.js';
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

export interface ScorerSummary {
  name: string;
  /** Mean value over the results that have this score. */
  mean: number;
  /** For corpus metrics (BLEU, chrF): the value of the summed statistics, which gates and reports use. */
  corpus?: number;
  passRate: number;
  count: number;
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
}

export interface TargetSummary extends GroupSummary {
  targetId: string;
  promptId: string;
  latency: Percentiles;
  tokens: Required<TokenUsage>;
  cost: number;
  cached: number;
}

export interface SliceSummary extends GroupSummary {
  tag: string;
  targetId: string;
  promptId: string;
}

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
}
