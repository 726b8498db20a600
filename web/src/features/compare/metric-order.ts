// The order a comparison's metrics are read in: significant drops first (largest first), then significant
// gains, then everything else in the comparison's own order (per target: pass rate, then each scorer).
import type { MetricComparison } from '../../../../src/compare/types';

export type MetricVerdict = 'drop' | 'gain' | 'none';

export function verdictOf(m: Pick<MetricComparison, 'significant' | 'delta'>): MetricVerdict {
  if (!m.significant || m.delta === null || m.delta === 0) return 'none';
  return m.delta < 0 ? 'drop' : 'gain';
}

const RANK: Record<MetricVerdict, number> = { drop: 0, gain: 1, none: 2 };

export function orderMetrics<T extends Pick<MetricComparison, 'significant' | 'delta'>>(
  metrics: readonly T[],
): T[] {
  return metrics
    .map((metric, index) => ({ metric, index, verdict: verdictOf(metric) }))
    .sort((a, b) => {
      const byVerdict = RANK[a.verdict] - RANK[b.verdict];
      if (byVerdict !== 0) return byVerdict;
      if (a.verdict === 'drop') return (a.metric.delta ?? 0) - (b.metric.delta ?? 0);
      if (a.verdict === 'gain') return (b.metric.delta ?? 0) - (a.metric.delta ?? 0);
      return a.index - b.index;
    })
    .map((x) => x.metric);
}
