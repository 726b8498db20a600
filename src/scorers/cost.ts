// cost: the target's reported cost (USD) for this output is at most `max`. Value 1 when it is, else 0.
// An output without a reported cost fails: a budget check that cannot see the cost must not pass.
import type { ScoreFn, ScorerFactory } from './types.js';

export const costScorer: ScorerFactory<'cost'> = ({ max }): ScoreFn => {
  return ({ cost }) => {
    if (cost === undefined) return { value: 0, pass: false, reason: 'no cost reported for this output' };
    return cost <= max
      ? { value: 1, pass: true, reason: `cost $${formatUsd(cost)} <= $${formatUsd(max)}` }
      : { value: 0, pass: false, reason: `cost $${formatUsd(cost)} > $${formatUsd(max)}` };
  };
};

/** Costs are often fractions of a cent: keep six significant digits, never exponent notation. */
function formatUsd(usd: number): string {
  return usd.toLocaleString('en-US', { maximumSignificantDigits: 6, useGrouping: false });
}
