// Paired permutation test of the mean difference by sign flips, as scipy.stats.permutation_test with
// permutation_type='samples': exact over all 2^n flips when they fit in the budget, else seeded Monte Carlo.

import { seededRandom } from './random.js';

export interface PairedPermutationTestOptions {
  /** Budget of null statistics (default 9999, SciPy's `n_resamples`): exact enumeration when 2^n ≤ resamples. */
  resamples?: number;
  /** Seed of the Monte Carlo sign flips (default 0): the same seed gives the same p-value everywhere. */
  seed?: number;
  /** 'two-sided' (default); 'greater': a tends to exceed b; 'less': a tends to fall below b. */
  alternative?: 'two-sided' | 'less' | 'greater';
  /** The statistic of the paired differences a − b; only their mean for now. */
  statistic?: 'mean';
}

export interface PairedPermutationTestResult {
  /** The observed statistic: mean(a − b). */
  difference: number;
  pValue: number;
  /** True when every one of the 2^n sign patterns was enumerated. */
  exact: boolean;
  /** How many null statistics the p-value rests on: 2^n when exact, else `resamples`. */
  resamples: number;
}

const DEFAULT_RESAMPLES = 9999;
/**
 * Pairs per lookup block: 16 sums per 4 pairs (32 bytes of table per pair, so 100,000 pairs take 3.2 MB).
 * It divides 32, so a block never straddles two flip words; 8-pair blocks measured no faster at 8× the memory.
 */
const BLOCK_BITS = 4;
const BLOCK_PATTERNS = 2 ** BLOCK_BITS;
/**
 * SciPy counts null statistics within 100 ulps (relative to the observed value) as ties, so that values
 * equal in exact arithmetic but rounded differently still count as "at least as extreme".
 */
const TIE_TOLERANCE = 100 * Number.EPSILON;

/**
 * Paired permutation test: under the null hypothesis each pair (a_i, b_i) is exchangeable, so every
 * difference a_i − b_i keeps or flips its sign with probability 1/2. The p-value is the share of sign
 * patterns whose mean difference is at least as extreme as the observed one.
 * - exact (2^n ≤ resamples, e.g. n ≤ 13 by default): all 2^n patterns, p = count / 2^n, as SciPy;
 * - otherwise `resamples` random patterns from `seededRandom(seed)`, p = (count + 1) / (resamples + 1),
 *   SciPy's estimator that counts the observed data as one of the resamples (never exactly 0);
 * - two-sided: twice the smaller one-sided p-value, capped at 1 (SciPy's definition).
 * Null statistics within 100 ulps of the observed mean count as at least as extreme (SciPy's tie rule),
 * so sign patterns equal in exact arithmetic but rounded differently still tie.
 *
 * @example
 * pairedPermutationTest([0.9, 0.8, 0.75, 0.95, 0.7], [0.85, 0.7, 0.8, 0.8, 0.6]);
 * // { difference: 0.06999999999999999, pValue: 0.1875, exact: true, resamples: 32 }
 */
export function pairedPermutationTest(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  options: PairedPermutationTestOptions = {},
): PairedPermutationTestResult {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const alternative = options.alternative ?? 'two-sided';
  const statistic = options.statistic ?? 'mean';
  if (!Number.isInteger(resamples) || resamples < 1)
    throw new RangeError(`pairedPermutationTest: resamples must be an integer ≥ 1, got ${resamples}`);
  if (alternative !== 'two-sided' && alternative !== 'less' && alternative !== 'greater')
    throw new RangeError(
      `pairedPermutationTest: alternative must be two-sided, less or greater, got ${alternative}`,
    );
  if (statistic !== 'mean')
    throw new RangeError(`pairedPermutationTest: statistic must be mean, got ${statistic}`);
  const differences = pairedDifferences(a, b);
  const n = differences.length;
  const blocks = Math.ceil(n / BLOCK_BITS);
  const table = blockSums(differences, blocks);
  // Bit i of the flip words negates difference i.
  const flips = new Uint32Array(Math.ceil(n / 32));
  // Compensated (Neumaier) sum, so that patterns equal in exact arithmetic land on the same double.
  const flippedMean = () => {
    let sum = 0;
    let compensation = 0;
    for (let block = 0; block < blocks; block++) {
      const bit = block * BLOCK_BITS;
      const value =
        table[block * BLOCK_PATTERNS + ((flips[bit >>> 5]! >>> (bit & 31)) & (BLOCK_PATTERNS - 1))]!;
      const next = sum + value;
      compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
      sum = next;
    }
    return (sum + compensation) / n;
  };
  const difference = flippedMean();
  const tolerance = Math.abs(TIE_TOLERANCE * difference);
  let atMost = 0;
  let atLeast = 0;
  const tally = (value: number) => {
    if (value <= difference + tolerance) atMost++;
    if (value >= difference - tolerance) atLeast++;
  };

  const exact = n < 53 && 2 ** n <= resamples;
  const total = exact ? 2 ** n : resamples;
  const adjustment = exact ? 0 : 1;
  if (exact) {
    for (let pattern = 0; pattern < total; pattern++) {
      flips[0] = pattern % 2 ** 32;
      if (flips.length > 1) flips[1] = Math.floor(pattern / 2 ** 32);
      tally(flippedMean());
    }
  } else {
    const random = seededRandom(options.seed ?? 0);
    for (let r = 0; r < resamples; r++) {
      // next() is a uint32 divided by 2^32, so this recovers all 32 random bits.
      for (let w = 0; w < flips.length; w++) flips[w] = random.next() * 2 ** 32;
      tally(flippedMean());
    }
  }
  const less = (atMost + adjustment) / (total + adjustment);
  const greater = (atLeast + adjustment) / (total + adjustment);
  const pValue =
    alternative === 'less'
      ? less
      : alternative === 'greater'
        ? greater
        : Math.min(1, 2 * Math.min(less, greater));
  return { difference, pValue: Math.min(pValue, 1), exact, resamples: total };
}

function pairedDifferences(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  if (a.length !== b.length)
    throw new RangeError(
      `pairedPermutationTest: a has ${a.length} values but b has ${b.length}; pairs must align`,
    );
  if (a.length < 2) throw new RangeError(`pairedPermutationTest: needs at least 2 pairs, got ${a.length}`);
  const differences = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (typeof x !== 'number' || !Number.isFinite(x))
      throw new RangeError(`pairedPermutationTest: a[${i}] is not a finite number (${String(x)})`);
    if (typeof y !== 'number' || !Number.isFinite(y))
      throw new RangeError(`pairedPermutationTest: b[${i}] is not a finite number (${String(y)})`);
    differences[i] = x - y;
  }
  return differences;
}

/**
 * For each block of BLOCK_BITS differences, the sum under each of its sign patterns: a resample then costs
 * one lookup per block instead of one addition per pair.
 */
function blockSums(differences: Float64Array, blocks: number): Float64Array {
  const table = new Float64Array(blocks * BLOCK_PATTERNS);
  for (let block = 0; block < blocks; block++) {
    const start = block * BLOCK_BITS;
    const end = Math.min(start + BLOCK_BITS, differences.length);
    for (let pattern = 0; pattern < BLOCK_PATTERNS; pattern++) {
      let sum = 0;
      for (let i = start; i < end; i++)
        sum += (pattern >>> (i - start)) & 1 ? -differences[i]! : differences[i]!;
      table[block * BLOCK_PATTERNS + pattern] = sum;
    }
  }
  return table;
}
