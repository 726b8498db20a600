// The regression gate: a metric fails only when its drop against the baseline is both statistically
// significant and larger than the tolerated drop, so noise alone never fails CI.
import type { GateOutcome } from '../core/index.js';
import {
  decisivePValue,
  formatConfidence,
  formatDelta,
  formatFigure,
  formatInterval,
  formatPValue,
  groupLabel,
  metricLabel,
} from './figures.js';
import type { MetricComparison, RunComparison } from './types.js';

export interface RegressionGateOptions {
  /** A drop (base − candidate, 0..1 scale) must be larger than this to fail. */
  maxDrop: number;
  /** …and its p-value (Holm-adjusted when the comparison used holm) below this. */
  alpha: number;
  /** Only these target ids (e.g. the targets whose `gate` is not false); default every target. */
  targets?: readonly string[];
}

/**
 * One outcome per target × prompt × metric of the comparison's overall metrics: the pass rate and each
 * scorer of weight > 0 (weight 0 scorers only report, here as in the runs). Gate `regression.<metric>`,
 * `actual` the change candidate − base, `limit` −maxDrop. A metric without paired cases gives none.
 */
export function regressionOutcomes(comparison: RunComparison, options: RegressionGateOptions): GateOutcome[] {
  const { maxDrop, alpha } = options;
  if (!(maxDrop >= 0 && maxDrop <= 1)) throw new RangeError(`maxDrop must be in [0, 1], got ${maxDrop}`);
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
  const targets = options.targets === undefined ? undefined : new Set(options.targets);
  const outcomes: GateOutcome[] = [];
  for (const metric of comparison.metrics) {
    if (metric.delta === null || metric.weight === 0) continue;
    if (targets && !targets.has(metric.target)) continue;
    const p = decisivePValue(metric);
    const significantDrop = metric.delta < 0 && p !== null && p < alpha;
    const tooLarge = -metric.delta > maxDrop;
    const pass = !(significantDrop && tooLarge);
    outcomes.push({
      gate: `regression.${metric.scorer}`,
      targetId: metric.target,
      promptId: metric.prompt,
      actual: metric.delta,
      limit: -maxDrop,
      pass,
      incomplete: false,
      message: describe(metric, comparison.settings.confidence, p, {
        alpha,
        maxDrop,
        significantDrop,
        tooLarge,
      }),
    });
  }
  return outcomes;
}

function describe(
  metric: MetricComparison,
  confidence: number,
  p: number | null,
  verdict: { alpha: number; maxDrop: number; significantDrop: boolean; tooLarge: boolean },
): string {
  const { kind } = metric;
  const { alpha, maxDrop, significantDrop, tooLarge } = verdict;
  const figures =
    `${groupLabel(metric)}: ${metricLabel(metric)} ${formatFigure(kind, metric.base)} → ${formatFigure(kind, metric.candidate)}` +
    ` (${formatDelta(kind, metric.delta)}, ${formatConfidence(confidence)} CI ${formatInterval(kind, metric.ciLow, metric.ciHigh)},` +
    ` p ${formatPValue(p)}, n ${metric.n})`;
  const limit = formatDelta(kind, -maxDrop);
  const pName = metric.pValueHolm !== undefined ? 'Holm-adjusted p' : 'p';
  if (metric.delta! >= 0) return `${figures}: no drop`;
  if (significantDrop && tooLarge)
    return `${figures}: a significant drop (${pName} < ${alpha}) larger than maxDrop (limit ${limit})`;
  if (significantDrop)
    return `${figures}: significant (${pName} < ${alpha}) but within maxDrop (limit ${limit})`;
  return `${figures}: not significant at alpha ${alpha}${tooLarge ? ` although over maxDrop (limit ${limit})` : ''}`;
}
