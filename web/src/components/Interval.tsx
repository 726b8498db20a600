// A figure with its 95% interval: the point, the range as text, and a small bar that shows how wide
// the range is, so a 60% on 5 cases does not read like a 60% on 5,000.
import type { ConfidenceInterval } from '../../../src/core/index';
import {
  describeInterval,
  formatPercent,
  formatPercentInterval,
  formatScore,
  formatScoreInterval,
} from '../lib/format';

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function IntervalBar({ value, ci }: { value: number; ci: ConfidenceInterval }) {
  const low = clamp01(ci.low);
  const high = clamp01(ci.high);
  return (
    <span className="ci-bar" aria-hidden="true">
      <span
        className="band"
        style={{ left: `${low * 100}%`, width: `${Math.max(1, (high - low) * 100)}%` }}
      />
      <span className="point" style={{ left: `calc(${clamp01(value) * 100}% - 1px)` }} />
    </span>
  );
}

export const FEW_TITLE = 'Fewer than 10 cases: the interval is too wide to act on.';

/** "(few)": a slice with too few cases for its figures to mean much. */
export function FewMark() {
  return (
    <span className="few" title={FEW_TITLE}>
      (few)
    </span>
  );
}

export function RateWithInterval({
  rate,
  ci,
  insufficient,
  bar = true,
}: {
  rate: number | undefined;
  ci?: ConfidenceInterval | undefined;
  insufficient?: boolean;
  bar?: boolean;
}) {
  return (
    <span className="rate num" title={describeInterval(ci)}>
      <span>
        {formatPercent(rate)}
        {insufficient ? <FewMark /> : null}
      </span>
      {ci ? <span className="ci">{formatPercentInterval(ci)}</span> : null}
      {ci && bar && rate !== undefined ? <IntervalBar value={rate} ci={ci} /> : null}
    </span>
  );
}

export function ScoreWithInterval({
  value,
  ci,
}: {
  value: number | undefined;
  ci?: ConfidenceInterval | undefined;
}) {
  return (
    <span className="rate num" title={describeInterval(ci)}>
      <span>{formatScore(value)}</span>
      {ci ? <span className="ci">{formatScoreInterval(ci)}</span> : null}
    </span>
  );
}
