// Trend points (one per run × target × prompt) regrouped for the chart: a series per target × prompt,
// a row per run in time order.
import type { TrendPoint } from '../../../../src/server/api';
import type { TrendRow, TrendSeries } from '../../components/charts/TrendChart';

export function trendSeries(
  points: readonly TrendPoint[],
  target?: string,
): { series: TrendSeries[]; rows: TrendRow[] } {
  const shown = target === undefined ? points : points.filter((p) => p.targetId === target);
  const multiplePrompts = new Set(shown.map((p) => p.promptId)).size > 1;
  const series = new Map<string, TrendSeries>();
  const rows = new Map<string, TrendRow>();
  for (const p of shown) {
    const key = `${p.targetId}\u0000${p.promptId}`;
    if (!series.has(key))
      series.set(key, { key, label: multiplePrompts ? `${p.targetId} \u00B7 ${p.promptId}` : p.targetId });
    let row = rows.get(p.runId);
    if (!row) {
      row = { runId: p.runId, createdAt: p.createdAt, values: {} };
      if (p.git?.commit) row.commit = p.git.commit;
      if (p.git?.branch) row.branch = p.git.branch;
      rows.set(p.runId, row);
    }
    row.values[key] = { value: p.value, n: p.n, ...(p.ci ? { low: p.ci.low, high: p.ci.high } : {}) };
  }
  const ordered = [...rows.values()].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.runId.localeCompare(b.runId),
  );
  return { series: [...series.values()], rows: ordered };
}
