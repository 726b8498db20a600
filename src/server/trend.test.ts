import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRun } from '../compare/test-helpers/runs.js';
import type { RunSummary, TargetSummary } from '../core/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { suiteTrend } from './trend.js';

let store: Store;
const SUITE = '/work/suites/groundtruth.yaml';

function target(targetId: string, passRate: number, bleu: number): TargetSummary {
  return {
    targetId,
    promptId: 'default',
    total: 10,
    passed: passRate * 10,
    failed: 10 - passRate * 10,
    errors: 0,
    passRate,
    errorRate: 0,
    passRateCi: { low: passRate - 0.1, high: passRate + 0.1, method: 'wilson' },
    scorers: [
      { name: 'exact', mean: passRate, passRate, count: 10, ci: { low: 0, high: 1, method: 'bootstrap' } },
      { name: 'bleu', mean: 0.2, corpus: bleu, passRate: 1, count: 9 },
    ],
    latency: { p50: 1, p95: 2, mean: 1 },
    tokens: { prompt: 0, completion: 0, total: 0 },
    cost: 0,
    cached: 0,
  };
}

async function completedRun(id: string, createdAt: string, targets: TargetSummary[], commit?: string) {
  await writeRun(store, {
    id,
    createdAt,
    ...(commit ? { git: { commit, branch: 'main' } } : {}),
    results: [{ caseId: 'c1', status: 'pass' }],
  });
  const summary: RunSummary = {
    ...targets[0]!,
    durationMs: 5,
    targets,
    slices: [],
    gates: [],
  };
  await store.updateRun(id, { summary });
}

beforeEach(async () => {
  store = await openStore(':memory:');
  await completedRun(
    'r1',
    '2026-01-01T00:00:00.000Z',
    [target('a', 0.5, 0.31), target('b', 0.4, 0.2)],
    'c0ffee1',
  );
  await completedRun('r2', '2026-01-02T00:00:00.000Z', [target('a', 0.7, 0.35)]);
  await writeRun(store, {
    id: 'r3',
    createdAt: '2026-01-03T00:00:00.000Z',
    status: 'interrupted',
    results: [{ caseId: 'c1', status: 'pass' }],
  });
});
afterEach(async () => {
  await store.close();
});

describe('suiteTrend', () => {
  it('reads the pass rate of completed runs oldest first, with git info and intervals', async () => {
    const trend = await suiteTrend(store, { suite: SUITE, scorer: 'passRate', limit: 200 });
    expect(trend.scorers).toEqual(['exact', 'bleu']);
    expect(trend.points).toEqual([
      {
        runId: 'r1',
        createdAt: '2026-01-01T00:00:00.000Z',
        git: { commit: 'c0ffee1', branch: 'main' },
        targetId: 'a',
        promptId: 'default',
        value: 0.5,
        ci: { low: 0.4, high: 0.6, method: 'wilson' },
        n: 10,
      },
      expect.objectContaining({ runId: 'r1', targetId: 'b', value: 0.4 }),
      expect.objectContaining({ runId: 'r2', targetId: 'a', value: 0.7 }),
    ]);
    expect(trend.points[2]).not.toHaveProperty('git');
  });

  it('reads a corpus metric’s corpus figure without the interval of its mean, for one target', async () => {
    const trend = await suiteTrend(store, { suite: SUITE, scorer: 'bleu', target: 'a', limit: 200 });
    expect(trend.points.map((p) => [p.runId, p.value, p.n, p.ci])).toEqual([
      ['r1', 0.31, 9, undefined],
      ['r2', 0.35, 9, undefined],
    ]);
    const exact = await suiteTrend(store, { suite: SUITE, scorer: 'exact', limit: 200 });
    expect(exact.points[0]).toMatchObject({
      value: 0.5,
      ci: { low: 0, high: 1, method: 'bootstrap' },
      n: 10,
    });
  });

  it('keeps the latest runs within the limit', async () => {
    const trend = await suiteTrend(store, { suite: SUITE, scorer: 'passRate', limit: 1 });
    expect(trend.points.map((p) => p.runId)).toEqual(['r2']);
  });
});
