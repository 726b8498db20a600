import { describe, expect, it } from 'vitest';
import type { TrendPoint } from '../../../../src/server/api';
import { trendSeries } from './trend-series';

const point = (
  runId: string,
  createdAt: string,
  targetId: string,
  value: number,
  extra: Partial<TrendPoint> = {},
): TrendPoint => ({
  runId,
  createdAt,
  targetId,
  promptId: 'default',
  value,
  n: 82,
  ...extra,
});

describe('trendSeries', () => {
  const points = [
    point('r2', '2026-11-02T00:00:00Z', 'a', 0.7, {
      git: { commit: 'abc1234def', branch: 'main' },
      ci: { low: 0.6, high: 0.8, method: 'wilson' },
    }),
    point('r1', '2026-11-01T00:00:00Z', 'a', 0.6),
    point('r2', '2026-11-02T00:00:00Z', 'b', 0.5),
  ];

  it('makes a series per target and a row per run in time order', () => {
    const { series, rows } = trendSeries(points);
    expect(series).toEqual([
      { key: 'a\u0000default', label: 'a' },
      { key: 'b\u0000default', label: 'b' },
    ]);
    expect(rows).toEqual([
      { runId: 'r1', createdAt: '2026-11-01T00:00:00Z', values: { 'a\u0000default': { value: 0.6, n: 82 } } },
      {
        runId: 'r2',
        createdAt: '2026-11-02T00:00:00Z',
        commit: 'abc1234def',
        branch: 'main',
        values: {
          'a\u0000default': { value: 0.7, n: 82, low: 0.6, high: 0.8 },
          'b\u0000default': { value: 0.5, n: 82 },
        },
      },
    ]);
  });

  it('keeps one target when filtered, and names prompts only when there are several', () => {
    expect(trendSeries(points, 'b').series).toEqual([{ key: 'b\u0000default', label: 'b' }]);
    const prompts = trendSeries([
      point('r1', '2026-11-01T00:00:00Z', 'a', 1),
      { ...point('r1', '2026-11-01T00:00:00Z', 'a', 0), promptId: 'terse' },
    ]);
    expect(prompts.series.map((s) => s.label)).toEqual(['a \u00B7 default', 'a \u00B7 terse']);
  });
});
