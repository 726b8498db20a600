// Figures the run page derives from a run's summary: totals over targets, the slowest target, the
// scorer names, and how a target × prompt is named when a run has several prompts.
import type { RunSummary, TargetSummary } from '../../../../src/core/index';

export function targetLabel(t: { targetId: string; promptId: string }, multiplePrompts: boolean): string {
  return multiplePrompts ? `${t.targetId} \u00B7 ${t.promptId}` : t.targetId;
}

export function hasMultiplePrompts(summary: Pick<RunSummary, 'targets'>): boolean {
  return new Set(summary.targets.map((t) => t.promptId)).size > 1;
}

export interface RunTotals {
  cost: number;
  tokens: { prompt: number; completion: number; total: number };
  /** The target with the highest p95 latency (what a latency budget would hit first). */
  slowest: TargetSummary | undefined;
  cached: number;
  /** What the judges cost across targets, when a scorer called a model. */
  scoring?: { calls: number; cost: number };
}

export function runTotals(summary: Pick<RunSummary, 'targets'>): RunTotals {
  const totals: RunTotals = {
    cost: 0,
    tokens: { prompt: 0, completion: 0, total: 0 },
    slowest: undefined,
    cached: 0,
  };
  for (const t of summary.targets) {
    if (t.scoring) {
      totals.scoring ??= { calls: 0, cost: 0 };
      totals.scoring.calls += t.scoring.calls;
      totals.scoring.cost += t.scoring.cost;
    }
    totals.cost += t.cost;
    totals.tokens.prompt += t.tokens.prompt;
    totals.tokens.completion += t.tokens.completion;
    totals.tokens.total += t.tokens.total;
    totals.cached += t.cached;
    if (!totals.slowest || t.latency.p95 > totals.slowest.latency.p95) totals.slowest = t;
  }
  return totals;
}

/** Scorer names in the order the targets list them, each once. */
export function scorerNames(summary: Pick<RunSummary, 'targets'>): string[] {
  const names = new Set<string>();
  for (const t of summary.targets) for (const s of t.scorers) names.add(s.name);
  return [...names];
}
