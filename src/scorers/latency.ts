// latency: the target answered within `maxMs`. Value 1 when it did, else 0. A cached response keeps
// the latency it had when it was first produced.
import { formatNumber } from './text.js';
import type { ScoreFn, ScorerFactory } from './types.js';

export const latencyScorer: ScorerFactory<'latency'> = ({ maxMs }): ScoreFn => {
  return ({ latencyMs }) =>
    latencyMs <= maxMs
      ? { value: 1, pass: true, reason: `latency ${formatNumber(latencyMs)} ms <= ${maxMs} ms` }
      : { value: 0, pass: false, reason: `latency ${formatNumber(latencyMs)} ms > ${maxMs} ms` };
};
