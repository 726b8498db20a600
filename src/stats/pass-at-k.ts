// pass@k and pass^k from n attempts with c successes per task: the unbiased estimators of the chance that
// at least one (Chen et al. 2021, Codex) or all (Yao et al. 2024, τ-bench) of k fresh attempts pass.

/** One task's attempts: n tries, c of which passed. */
export interface PassCounts {
  n: number;
  c: number;
}

/**
 * pass@k = 1 − C(n − c, k) / C(n, k): the probability that at least one of k attempts drawn without
 * replacement from the n recorded ones passed (Chen et al. 2021, "Evaluating Large Language Models Trained
 * on Code"). Like their numpy snippet, the ratio is the product Π_{i=n−c+1}^{n} (1 − k/i), here summed as
 * logarithms (log1p, then expm1) so that a tiny pass@k keeps its relative precision; 1 when n − c < k.
 * Throws a RangeError unless n, c, k are integers with 0 ≤ c ≤ n and 1 ≤ k ≤ n.
 *
 * @example
 * passAtK(10, 3, 1); // 0.3
 * passAtK(10, 3, 5); // 0.9166666666666666
 */
export function passAtK(n: number, c: number, k: number): number {
  checkCounts('passAtK', n, c, k);
  if (n - c < k) return 1;
  let logRatio = 0;
  for (let i = n - c + 1; i <= n; i++) logRatio += Math.log1p(-k / i);
  return -Math.expm1(logRatio);
}

/**
 * pass^k = C(c, k) / C(n, k): the probability that all k attempts drawn without replacement from the n
 * recorded ones passed — the reliability measure of τ-bench (Yao et al. 2024). Computed as
 * Π_{i<k} (c − i)/(n − i); 0 when c < k. Same argument checks as `passAtK`.
 *
 * @example
 * passHatK(10, 7, 2); // 0.4666666666666666
 */
export function passHatK(n: number, c: number, k: number): number {
  checkCounts('passHatK', n, c, k);
  if (c < k) return 0;
  let ratio = 1;
  for (let i = 0; i < k; i++) ratio *= (c - i) / (n - i);
  return ratio;
}

/**
 * Mean pass@k over tasks, the benchmark-level figure (each task may have its own n). NaN for no tasks,
 * like `mean`; a task with n < k throws, naming its index.
 *
 * @example
 * meanPassAtK([{ n: 10, c: 3 }, { n: 10, c: 0 }, { n: 5, c: 5 }], 2); // 0.5111111111111111
 */
export function meanPassAtK(samples: ReadonlyArray<PassCounts>, k: number): number {
  return meanOver('meanPassAtK', samples, k, passAtK);
}

/**
 * Mean pass^k over tasks (τ-bench's headline pass^k). NaN for no tasks; a task with n < k throws.
 *
 * @example
 * meanPassHatK([{ n: 8, c: 8 }, { n: 8, c: 4 }], 4); // 0.5071428571428571
 */
export function meanPassHatK(samples: ReadonlyArray<PassCounts>, k: number): number {
  return meanOver('meanPassHatK', samples, k, passHatK);
}

function meanOver(
  name: string,
  samples: ReadonlyArray<PassCounts>,
  k: number,
  estimate: (n: number, c: number, k: number) => number,
): number {
  if (samples.length === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) {
    const { n, c } = samples[i]!;
    try {
      sum += estimate(n, c, k);
    } catch (error) {
      // Re-word the single-task message so it says which task is wrong.
      const detail = error instanceof RangeError ? error.message.replace(/^\w+: /, '') : String(error);
      throw new RangeError(`${name}: samples[${i}]: ${detail}`);
    }
  }
  return sum / samples.length;
}

function checkCounts(name: string, n: number, c: number, k: number): void {
  for (const [label, value] of [
    ['n', n],
    ['c', c],
    ['k', k],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`${name}: ${label} must be a whole number ≥ 0, got ${value}`);
  }
  if (c > n) throw new RangeError(`${name}: c = ${c} passing attempts exceeds n = ${n} attempts`);
  if (k < 1) throw new RangeError(`${name}: k must be at least 1, got ${k}`);
  if (k > n)
    throw new RangeError(`${name}: k = ${k} exceeds n = ${n} attempts; record at least k attempts per task`);
}
