// Per target × metric (and per slice): base, candidate, the difference with its interval, the p-value
// and whether it is significant; significant drops first.
import { useMemo } from 'react';
import type { MetricComparison, SliceMetricComparison } from '../../../../src/compare/types';
import { type DataColumn, DataTable } from '../../components/DataTable';
import { FewMark } from '../../components/Interval';
import {
  type DeltaScale,
  formatCount,
  formatDelta,
  formatDeltaInterval,
  formatPercent,
  formatPValue,
  formatScore,
} from '../../lib/format';
import { orderMetrics, verdictOf } from './metric-order';

const scaleOf = (m: MetricComparison): DeltaScale => (m.kind === 'passRate' ? 'points' : 'score');
const metricValue = (m: MetricComparison, v: number | null) =>
  m.kind === 'passRate' ? formatPercent(v) : formatScore(v);

function Verdict({ metric }: { metric: MetricComparison }) {
  const verdict = verdictOf(metric);
  if (verdict === 'drop')
    return (
      <span className="badge fail">
        <span className="icon" aria-hidden="true">
          {'\u25BC'}
        </span>
        significant drop
      </span>
    );
  if (verdict === 'gain')
    return (
      <span className="badge pass">
        <span className="icon" aria-hidden="true">
          {'\u25B2'}
        </span>
        significant gain
      </span>
    );
  return <span className="faint">not significant</span>;
}

function baseColumns<T extends MetricComparison>(
  multiplePrompts: boolean,
  holm: boolean,
): Array<DataColumn<T>> {
  return [
    {
      id: 'target',
      header: 'Target',
      cell: (m) => (
        <span className="mono">{multiplePrompts ? `${m.target} \u00B7 ${m.prompt}` : m.target}</span>
      ),
    },
    {
      id: 'metric',
      header: 'Metric',
      cell: (m) => (
        <span className="mono" title={m.kind === 'corpus' ? 'corpus figure' : undefined}>
          {m.scorer === 'passRate' ? 'pass rate' : m.scorer}
        </span>
      ),
    },
    { id: 'base', header: 'Base', numeric: true, cell: (m) => metricValue(m, m.base) },
    { id: 'candidate', header: 'Candidate', numeric: true, cell: (m) => metricValue(m, m.candidate) },
    {
      id: 'delta',
      header: 'Delta',
      numeric: true,
      cell: (m) => {
        const verdict = verdictOf(m);
        return (
          <span className={verdict === 'drop' ? 'delta-bad' : verdict === 'gain' ? 'delta-good' : undefined}>
            {formatDelta(m.delta, scaleOf(m))}
          </span>
        );
      },
    },
    {
      id: 'ci',
      header: '95% interval',
      numeric: true,
      title: 'paired bootstrap interval of the difference',
      cell: (m) => <span className="muted">{formatDeltaInterval(m.ciLow, m.ciHigh, scaleOf(m))}</span>,
    },
    {
      id: 'p',
      header: holm ? 'p (Holm)' : 'p',
      numeric: true,
      title: 'two-sided p-value for "no difference"',
      cell: (m) => (
        <span title={m.test ?? undefined}>
          {formatPValue(holm && m.pValueHolm !== undefined ? m.pValueHolm : m.pValue)}
        </span>
      ),
    },
    {
      id: 'n',
      header: 'Cases',
      numeric: true,
      optional: true,
      title: 'paired cases',
      cell: (m) => formatCount(m.n),
    },
    { id: 'verdict', header: 'Significance', cell: (m) => <Verdict metric={m} /> },
  ];
}

const metricKey = (m: MetricComparison) => `${m.target}\u0000${m.prompt}\u0000${m.scorer}`;

export function MetricsTable({
  metrics,
  multiplePrompts,
  holm,
}: {
  metrics: readonly MetricComparison[];
  multiplePrompts: boolean;
  holm: boolean;
}) {
  const rows = useMemo(() => orderMetrics(metrics), [metrics]);
  const columns = useMemo(
    () => baseColumns<MetricComparison>(multiplePrompts, holm),
    [multiplePrompts, holm],
  );
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={metricKey}
      isBad={(m) => verdictOf(m) === 'drop'}
      caption="Metrics, base against candidate"
    />
  );
}

export function SliceMetricsTable({
  slices,
  multiplePrompts,
  holm,
}: {
  slices: readonly SliceMetricComparison[];
  multiplePrompts: boolean;
  holm: boolean;
}) {
  const rows = useMemo(() => orderMetrics(slices), [slices]);
  const columns = useMemo(
    (): Array<DataColumn<SliceMetricComparison>> => [
      {
        id: 'slice',
        header: 'Slice',
        cell: (m) => (
          <span className="mono">
            {m.slice}
            {m.insufficient ? <FewMark /> : null}
          </span>
        ),
      },
      ...baseColumns<SliceMetricComparison>(multiplePrompts, holm),
    ],
    [multiplePrompts, holm],
  );
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(m) => `${m.slice}\u0000${metricKey(m)}`}
      isBad={(m) => verdictOf(m) === 'drop'}
      caption="Metrics per slice"
    />
  );
}
