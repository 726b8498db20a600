// The Wilson score interval for a binomial proportion, with and without continuity correction,
// exactly as SciPy's `binomtest(k, n).proportion_ci(method='wilson' | 'wilsoncc')` computes it.
import { type Alternative, checkAlternative, checkConfidence, normalQuantile } from './distributions.js';

export interface WilsonOptions {
  /** Confidence level in (0, 1); default 0.95. */
  confidence?: number;
  /** Continuity correction (SciPy's 'wilsoncc', Newcombe 1998 method 4); default false. */
  correction?: boolean;
  /** 'less' gives [0, high], 'greater' gives [low, 1], each at the full confidence; default 'two-sided'. */
  alternative?: Alternative;
}

export interface ProportionInterval {
  low: number;
  high: number;
}

/**
 * Wilson score confidence interval for `successes` out of `trials` (SciPy `binomtest(k, n)
 * .proportion_ci(confidence_level, method='wilson')`, or 'wilsoncc' with `correction`). The bound at
 * k = 0 is exactly 0 and at k = n exactly 1, as SciPy sets them. Like SciPy, the corrected bounds are
 * not clipped to [0, 1]. Deliberate difference: SciPy accepts confidence 0 (a point) and 1 (NaN); here
 * both are errors, as are trials = 0 and non-integer counts.
 * @example wilsonInterval(7, 10) // { low: 0.39677814746114537, high: 0.8922087325936989 }
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  options: WilsonOptions = {},
): ProportionInterval {
  const { confidence = 0.95, correction = false, alternative = 'two-sided' } = options;
  if (!(Number.isInteger(trials) && trials >= 1))
    throw new RangeError(`wilsonInterval: trials must be a positive integer, got ${trials}`);
  if (!(Number.isInteger(successes) && successes >= 0 && successes <= trials))
    throw new RangeError(`wilsonInterval: successes must be an integer in 0..${trials}, got ${successes}`);
  checkConfidence('wilsonInterval', confidence);
  checkAlternative('wilsonInterval', alternative);

  const n = trials;
  const p = successes / n;
  const q = 1 - p;
  const z = normalQuantile(alternative === 'two-sided' ? 0.5 + 0.5 * confidence : confidence);
  // Newcombe (1998), in SciPy's order of operations so that results agree to the last bits.
  const denominator = 2 * (n + z ** 2);
  const center = (2 * n * p + z ** 2) / denominator;
  const lowIsZero = alternative === 'less' || successes === 0;
  const highIsOne = alternative === 'greater' || successes === n;
  if (correction) {
    const low = lowIsZero
      ? 0
      : center - (1 + z * Math.sqrt(z ** 2 - 2 - 1 / n + 4 * p * (n * q + 1))) / denominator;
    const high = highIsOne
      ? 1
      : center + (1 + z * Math.sqrt(z ** 2 + 2 - 1 / n + 4 * p * (n * q - 1))) / denominator;
    return { low, high };
  }
  const delta = (z / denominator) * Math.sqrt(4 * n * p * q + z ** 2);
  return { low: lowIsZero ? 0 : center - delta, high: highIsOne ? 1 : center + delta };
}
