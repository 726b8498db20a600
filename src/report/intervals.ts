// 95% confidence intervals for summaries: Wilson for shares of 0/1 outcomes (pass rates, binary
// scorers), a seeded percentile bootstrap for the mean of graded scores, and the normal interval once
// a sample is large enough that the bootstrap would cost more than it tells.
import type { ConfidenceInterval } from '../core/index.js';
import { bootstrapInterval, wilsonInterval } from '../stats/index.js';

/** Above this many values the mean's interval is mean ± 1.96 SE: bootstrap and normal agree to ~1e-3. */
const BOOTSTRAP_MAX_N = 5_000;
const BOOTSTRAP_RESAMPLES = 2_000;
/** A fixed seed: the same run always reports the same intervals. */
const BOOTSTRAP_SEED = 0;
const Z_95 = 1.959963984540054;

export function proportionInterval(successes: number, trials: number): ConfidenceInterval | undefined {
  if (trials === 0) return undefined;
  const { low, high } = wilsonInterval(successes, trials);
  return { low, high, method: 'wilson' };
}

/** The interval of the mean of `values` (all finite); Wilson when every value is 0 or 1. */
export function meanInterval(values: Float64Array): ConfidenceInterval | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  let sum = 0;
  let binary = true;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    sum += v;
    if (v !== 0 && v !== 1) binary = false;
  }
  if (binary) return proportionInterval(sum, n);
  const mean = sum / n;
  if (n === 1) return { low: mean, high: mean, method: 'normal' };
  if (n <= BOOTSTRAP_MAX_N) {
    const { low, high } = bootstrapInterval(values, undefined, {
      resamples: BOOTSTRAP_RESAMPLES,
      method: 'percentile',
      seed: BOOTSTRAP_SEED,
    });
    return { low, high, method: 'bootstrap' };
  }
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (values[i]! - mean) ** 2;
  const standardError = Math.sqrt(squares / (n - 1) / n);
  return { low: mean - Z_95 * standardError, high: mean + Z_95 * standardError, method: 'normal' };
}

/** A growing sample of numbers: 8 bytes each instead of a boxed number in an array. */
export class NumberSample {
  private values = new Float64Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  view(): Float64Array {
    return this.values.subarray(0, this.length);
  }
}
