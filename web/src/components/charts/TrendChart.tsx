// A figure over runs in time order: a line per series with its 95% interval as a band; clicking a run's
// point opens the run, and the tooltip names the run's time and git commit.
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from 'recharts';
import {
  formatDateTime,
  formatPercent,
  formatPercentInterval,
  formatScore,
  formatScoreInterval,
  shortCommit,
} from '../../lib/format';
import { seriesColor } from './palette';

export interface TrendSeries {
  key: string;
  label: string;
}

export interface TrendRow {
  runId: string;
  createdAt: string;
  commit?: string;
  branch?: string;
  /** By series key. */
  values: Record<string, { value: number; low?: number; high?: number; n: number } | undefined>;
}

type ChartDatum = Record<string, number | [number, number] | string | null> & { i: number; row: number };

export function TrendChart({
  series,
  rows,
  percent,
  onOpenRun,
}: {
  series: readonly TrendSeries[];
  rows: readonly TrendRow[];
  /** Values are shares shown as percentages (the pass rate), else scorer values. */
  percent: boolean;
  onOpenRun: (runId: string) => void;
}) {
  const data: ChartDatum[] = rows.map((row, i) => {
    const datum: ChartDatum = { i, row: i };
    series.forEach((s, k) => {
      const point = row.values[s.key];
      datum[`v${k}`] = point ? point.value : null;
      datum[`b${k}`] =
        point && point.low !== undefined && point.high !== undefined ? [point.low, point.high] : null;
    });
    return datum;
  });
  const format = percent ? (x: number) => formatPercent(x, 0) : (x: number) => x.toFixed(2);

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    const index = payload?.[0]?.payload?.row;
    if (!active || typeof index !== 'number') return null;
    const row = rows[index];
    if (!row) return null;
    return (
      <div className="chart-tooltip">
        <div>
          <strong>{formatDateTime(row.createdAt)}</strong>
        </div>
        <div className="muted mono">
          {row.runId}
          {row.commit ? ` \u00B7 ${shortCommit(row.commit)}` : ''}
          {row.branch ? ` (${row.branch})` : ''}
        </div>
        {series.map((s, k) => {
          const point = row.values[s.key];
          if (!point) return null;
          const ci =
            point.low !== undefined && point.high !== undefined
              ? { low: point.low, high: point.high }
              : undefined;
          return (
            <div key={s.key} className="num" style={{ textAlign: 'left' }}>
              <span
                className="swatch"
                style={{
                  background: seriesColor(k),
                  display: 'inline-block',
                  width: 8,
                  height: 8,
                  marginRight: 6,
                }}
              />
              {s.label}: {percent ? formatPercent(point.value) : formatScore(point.value)}
              {ci ? (
                <span className="muted">
                  {' '}
                  {percent ? formatPercentInterval(ci) : formatScoreInterval(ci)}
                </span>
              ) : null}
              <span className="faint"> n={point.n}</span>
            </div>
          );
        })}
        <div className="faint">Click a point to open the run</div>
      </div>
    );
  };

  return (
    <figure style={{ margin: 0 }}>
      <ComposedChart
        responsive
        data={data}
        style={{ width: '100%', height: 320, cursor: 'pointer' }}
        onClick={(chart) => {
          // A click anywhere over a run (not only on its dot) opens it: dots are small targets.
          const index = typeof chart.activeIndex === 'number' ? chart.activeIndex : Number(chart.activeIndex);
          const row = Number.isInteger(index) ? rows[index] : undefined;
          if (row) onOpenRun(row.runId);
        }}
        margin={{ top: 10, right: 16, bottom: 4, left: 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis
          dataKey="i"
          type="category"
          tickFormatter={(i: number) => formatDateTime(rows[i]?.createdAt).slice(5)}
          tick={{ fontSize: 11, fill: 'var(--text-muted)' }}
          minTickGap={24}
          padding={{ left: 16, right: 16 }}
        />
        <YAxis
          tickFormatter={format}
          domain={percent ? [0, 1] : ['auto', 'auto']}
          tick={{ fontSize: 11, fill: 'var(--text-muted)' }}
          width={48}
        />
        <Tooltip content={renderTooltip} />
        {series.map((s, k) => (
          <Area
            key={`band-${s.key}`}
            dataKey={`b${k}`}
            stroke="none"
            fill={seriesColor(k)}
            fillOpacity={0.15}
            isAnimationActive={false}
            connectNulls
            activeDot={false}
            legendType="none"
            tooltipType="none"
          />
        ))}
        {series.map((s, k) => (
          <Line
            key={`line-${s.key}`}
            dataKey={`v${k}`}
            name={s.label}
            stroke={seriesColor(k)}
            strokeWidth={2}
            isAnimationActive={false}
            connectNulls
            dot={{ r: 3.5, fill: seriesColor(k), stroke: 'var(--surface)', strokeWidth: 1.5 }}
            activeDot={{ r: 6, stroke: 'var(--surface)', strokeWidth: 2 }}
          />
        ))}
      </ComposedChart>
      <figcaption className="legend" style={{ padding: '0 0 6px 48px' }}>
        {series.map((s, k) => (
          <span key={s.key}>
            <span className="swatch" style={{ background: seriesColor(k) }} />
            {s.label}
          </span>
        ))}
        <span className="faint">bands: 95% intervals</span>
      </figcaption>
    </figure>
  );
}
