// Cohen's kappa for two raters, computed as scikit-learn's `cohen_kappa_score` computes it: a
// confusion matrix over the labels, chance agreement from the two raters' margins, optional weights.

import {
  assertRatingLabel,
  indexLabels,
  labelKind,
  type RatingLabel,
  sortedDistinctLabels,
} from './labels.js';

/**
 * How much a disagreement between label positions i and j counts: `linear` |i − j|, `quadratic`
 * (i − j)², or an explicit labels × labels matrix (row: rater1's label, column: rater2's).
 */
export type KappaWeights = 'linear' | 'quadratic' | number[][];

export interface CohenKappaOptions {
  /** Unweighted (every disagreement counts 1) when absent. */
  weights?: KappaWeights;
  /**
   * The labels, in order, that index the confusion matrix (and so the weights). Items where either
   * rater used a label outside this list are dropped. Default: every label either rater used, sorted.
   */
  labels?: RatingLabel[];
}

/**
 * Cohen's kappa between two raters who labelled the same items, equal to scikit-learn's
 * `cohen_kappa_score(rater1, rater2, labels=..., weights=...)`:
 * κ = 1 − Σ w·observed / Σ w·expected, with expected = outer product of the two raters' label counts / n.
 *
 * - Labels default to the sorted union of both raters' labels (numbers numerically, strings by code
 *   point, as NumPy sorts); `linear` and `quadratic` weights use label *positions* in that order, not
 *   label values: pass `labels` to fix the order of an ordinal scale (e.g. `['low', 'mid', 'high']`).
 * - With `labels`, items whose labels are not all in the list are dropped (as `confusion_matrix`
 *   does), and at least one of the labels must occur in `rater1` (scikit-learn's rule), else it throws.
 * - A weight matrix is an extension: scikit-learn accepts only `linear`/`quadratic`. Its row is
 *   rater1's label and its column rater2's; for a symmetric matrix the result is what
 *   scikit-learn's formula gives with that matrix.
 * - Undefined cases return NaN as scikit-learn ≥ 1.6 does by default: no item left, or no expected
 *   disagreement (e.g. both raters used one single label, even in perfect agreement).
 * - Non-integer numeric labels are accepted (scikit-learn rejects them as "continuous").
 * - Throws on unequal lengths, on a rating that is not a string or finite number, and on a mix of
 *   string and number labels (scikit-learn refuses it too).
 *
 * @example
 * cohenKappa(['yes', 'no', 'yes', 'yes'], ['yes', 'no', 'no', 'yes']); // 0.5
 * cohenKappa([1, 2, 3, 3], [1, 3, 3, 2], { weights: 'quadratic' }); // 0.6363636363636364
 */
export function cohenKappa(
  rater1: readonly RatingLabel[],
  rater2: readonly RatingLabel[],
  options: CohenKappaOptions = {},
): number {
  if (rater1.length !== rater2.length) {
    throw new RangeError(
      `cohenKappa: rater1 has ${rater1.length} ratings but rater2 has ${rater2.length}; both must rate the same items`,
    );
  }
  for (let i = 0; i < rater1.length; i++) {
    assertRatingLabel(rater1[i], `cohenKappa: rater1[${i}]`);
    assertRatingLabel(rater2[i], `cohenKappa: rater2[${i}]`);
  }

  const labelIndex = resolveLabels(rater1, rater2, options.labels);
  const size = labelIndex.size;
  const weights = weightMatrix(options.weights, size);

  // observed[i * size + j]: items rater1 labelled i and rater2 labelled j.
  const observed = new Float64Array(size * size);
  const rater1Totals = new Float64Array(size);
  const rater2Totals = new Float64Array(size);
  let total = 0;
  let rater1UsesALabel = false;
  for (let item = 0; item < rater1.length; item++) {
    const i = labelIndex.get(rater1[item]!);
    if (i !== undefined) rater1UsesALabel = true;
    const j = labelIndex.get(rater2[item]!);
    if (i === undefined || j === undefined) continue;
    observed[i * size + j]!++;
    rater1Totals[i]!++;
    rater2Totals[j]!++;
    total++;
  }
  if (options.labels !== undefined && rater1.length > 0 && !rater1UsesALabel) {
    throw new RangeError('cohenKappa: none of the given labels occurs in rater1; at least one must');
  }
  if (total === 0) return Number.NaN;

  let weightedObserved = 0;
  let weightedExpected = 0;
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const w = weights[i * size + j]!;
      weightedObserved += w * observed[i * size + j]!;
      weightedExpected += w * ((rater1Totals[i]! * rater2Totals[j]!) / total);
    }
  }
  if (weightedExpected === 0) return Number.NaN;
  return 1 - weightedObserved / weightedExpected;
}

function resolveLabels(
  rater1: readonly RatingLabel[],
  rater2: readonly RatingLabel[],
  labels: readonly RatingLabel[] | undefined,
): Map<RatingLabel, number> {
  if (labels === undefined) {
    const sorted = sortedDistinctLabels([...rater1, ...rater2], 'cohenKappa');
    return new Map(sorted.map((label, i) => [label, i]));
  }
  if (labels.length === 0) throw new RangeError('cohenKappa: labels must contain at least one label');
  const index = indexLabels(labels, 'cohenKappa', 'labels');
  // The ratings themselves must not mix types either, even where `labels` would drop some of them.
  labelKind([...rater1, ...rater2], 'cohenKappa');
  return index;
}

/** The size × size weight matrix, row-major: 1 off the diagonal when unweighted. */
function weightMatrix(weights: KappaWeights | undefined, size: number): Float64Array {
  const matrix = new Float64Array(size * size);
  if (Array.isArray(weights)) {
    if (weights.length !== size) {
      throw new RangeError(
        `cohenKappa: weights has ${weights.length} rows but there are ${size} labels; it must be ${size}×${size}`,
      );
    }
    weights.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== size) {
        const got = Array.isArray(row) ? `${row.length} entries` : typeof row;
        throw new RangeError(`cohenKappa: weights[${i}] has ${got}; each row needs ${size} numbers`);
      }
      row.forEach((w, j) => {
        if (typeof w !== 'number' || !Number.isFinite(w)) {
          throw new RangeError(`cohenKappa: weights[${i}][${j}] is ${w}; weights must be finite numbers`);
        }
        matrix[i * size + j] = w;
      });
    });
    return matrix;
  }
  if (weights !== undefined && weights !== 'linear' && weights !== 'quadratic') {
    throw new TypeError(
      `cohenKappa: unknown weights ${JSON.stringify(weights)}; use 'linear', 'quadratic' or a matrix`,
    );
  }
  for (let i = 0; i < size; i++) {
    for (let j = 0; j < size; j++) {
      const distance = Math.abs(i - j);
      if (weights === undefined) matrix[i * size + j] = distance === 0 ? 0 : 1;
      else if (weights === 'linear') matrix[i * size + j] = distance;
      else matrix[i * size + j] = distance * distance;
    }
  }
  return matrix;
}
