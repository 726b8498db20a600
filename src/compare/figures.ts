// How a comparison's numbers read, the same in the console, the Markdown report and gate messages:
// pass rates in percent and their changes in percentage points, scorer values on the 0..1 scale.
import type { MetricComparison, MetricKind } from './types.js';

/** A figure of one run: `65.9%` for a pass rate, `0.659` for a scorer. */
export function formatFigure(kind: MetricKind, value: number | null): string {
  if (value === null) return '–';
  return kind === 'passRate' ? `${(value * 100).toFixed(1)}%` : value.toFixed(3);
}

/** A change, signed: `-20.0 pts` for a pass rate, `+0.042` for a scorer. */
export function formatDelta(kind: MetricKind, value: number | null): string {
  if (value === null) return '–';
  const sign = value > 0 ? '+' : value < 0 ? '-' : '';
  return kind === 'passRate'
    ? `${sign}${Math.abs(value * 100).toFixed(1)} pts`
    : `${sign}${Math.abs(value).toFixed(3)}`;
}

/** The interval of a change: `[-25.1, -14.9] pts`, `[-0.031, +0.004]`. */
export function formatInterval(kind: MetricKind, low: number | null, high: number | null): string {
  if (low === null || high === null) return '–';
  const unit = kind === 'passRate' ? ' pts' : '';
  const strip = (text: string) => (unit ? text.slice(0, -unit.length) : text);
  return `[${strip(formatDelta(kind, low))}, ${strip(formatDelta(kind, high))}]${unit}`;
}

/** Two significant digits (`0.031`, `0.25`, `1`); very small values as a bound. */
export function formatPValue(p: number | null): string {
  if (p === null) return '–';
  return p < 0.0001 ? '<0.0001' : String(Number(p.toPrecision(2)));
}

/** The p-value `significant` was decided on: Holm-adjusted when the comparison adjusted. */
export function decisivePValue(metric: MetricComparison): number | null {
  return metric.pValueHolm !== undefined ? metric.pValueHolm : metric.pValue;
}

/** `target`, or `target (prompt)` when the prompt is not the default one. */
export function groupLabel(metric: Pick<MetricComparison, 'target' | 'prompt'>): string {
  return metric.prompt === 'default' ? metric.target : `${metric.target} (${metric.prompt})`;
}

/** `passRate` reads as "pass rate"; corpus metrics say that their figure is corpus-level. */
export function metricLabel(metric: Pick<MetricComparison, 'scorer' | 'kind'>): string {
  if (metric.kind === 'passRate') return 'pass rate';
  return metric.kind === 'corpus' ? `${metric.scorer} (corpus)` : metric.scorer;
}

/** `95%`. */
export function formatConfidence(confidence: number): string {
  return `${Number((confidence * 100).toFixed(1))}%`;
}
