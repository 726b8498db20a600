// A scorer over a suite's completed runs in time order, read from the summaries the runs stored:
// no result is read, so a trend over hundreds of 100,000-result runs costs as much as over small ones.
import { NotFoundError, type Run, type TargetSummary } from '../core/index.js';
import type { Store } from '../store/types.js';
import type { TrendPoint, TrendQuery, TrendResponse } from './api.js';

export const PASS_RATE = 'passRate';

export async function suiteTrend(store: Store, query: TrendQuery): Promise<TrendResponse> {
  if ((await store.countRuns({ suitePath: query.suite })) === 0) {
    throw new NotFoundError(`no runs of suite ${query.suite} in this store`, {
      hint: 'GET /api/suites lists the suites with runs, by the suite path their runs recorded',
    });
  }
  // The latest `limit` completed runs, shown oldest first.
  const runs = (
    await store.listRuns({ suitePath: query.suite, status: ['completed'], limit: query.limit })
  ).reverse();
  const scorers = new Set<string>();
  const points: TrendPoint[] = [];
  for (const run of runs) {
    for (const target of run.summary?.targets ?? []) {
      for (const scorer of target.scorers) scorers.add(scorer.name);
      if (query.target !== undefined && target.targetId !== query.target) continue;
      const point = pointOf(run, target, query.scorer);
      if (point !== undefined) points.push(point);
    }
  }
  return { suite: query.suite, scorer: query.scorer, scorers: [...scorers], points };
}

function pointOf(run: Run, target: TargetSummary, scorer: string): TrendPoint | undefined {
  const base = {
    runId: run.id,
    createdAt: run.createdAt,
    targetId: target.targetId,
    promptId: target.promptId,
  };
  const git = run.git === undefined ? {} : { git: run.git };
  if (scorer === PASS_RATE) {
    return {
      ...base,
      ...git,
      value: target.passRate,
      ...(target.passRateCi !== undefined ? { ci: target.passRateCi } : {}),
      n: target.total,
    };
  }
  const summary = target.scorers.find((s) => s.name === scorer);
  if (summary === undefined) return undefined;
  // A corpus metric's figure is its corpus value (BLEU of summed statistics), not the mean of sentences;
  // the interval is of the mean, so it is left out there.
  if (summary.corpus !== undefined) return { ...base, ...git, value: summary.corpus, n: summary.count };
  return {
    ...base,
    ...git,
    value: summary.mean,
    ...(summary.ci !== undefined ? { ci: summary.ci } : {}),
    n: summary.count,
  };
}
