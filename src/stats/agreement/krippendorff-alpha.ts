// Krippendorff's alpha over coders × units data with missing values, equal to the `krippendorff`
// PyPI package's `alpha(reliability_data=..., level_of_measurement=..., value_domain=...)`.

import {
  assertRatingLabel,
  indexLabels,
  labelKind,
  type RatingLabel,
  sortedDistinctLabels,
} from './labels.js';

/** Stevens' level of measurement, which chooses the distance between two values. */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface KrippendorffAlphaOptions {
  level: MeasurementLevel;
  /**
   * The values a unit can take. For `ordinal` its order is the scale's order (required for string
   * ratings at any level but nominal); every rating must be in it. Default: the distinct ratings, sorted.
   */
  valueDomain?: RatingLabel[];
}

/**
 * Krippendorff's alpha, α = 1 − D_o / D_e, from `data[coder][unit]` (null, undefined or NaN =
 * missing), equal to `krippendorff.alpha(reliability_data=data, level_of_measurement=level,
 * value_domain=valueDomain)` of the `krippendorff` package (pln-fing-udelar/fast-krippendorff).
 *
 * Units with fewer than two ratings pair with nothing and are ignored. Distances, with n_v the number
 * of pairable ratings of value v: nominal 0/1; ordinal (Σ_{g from c to k} n_g − (n_c + n_k)/2)² over
 * the valueDomain order; interval (c − k)²; ratio ((c − k)/(c + k))², 0 when c + k = 0.
 *
 * As the package does, it throws when the value domain has fewer than two values (e.g. every rating
 * identical and no `valueDomain`), when no unit has two ratings, when a rating is outside
 * `valueDomain`, and for string ratings without `valueDomain` at a level other than nominal; and it
 * returns NaN when every pairable rating has the same value (no expected disagreement).
 * Deliberate differences: a mix of string and number ratings throws (NumPy would turn the numbers
 * into strings); the string "nan" is an ordinary rating (NumPy-built string data treats it as missing);
 * ±Infinity and duplicate `valueDomain` entries throw; `interval`/`ratio` on strings throw a TypeError.
 *
 * Cost: linear in the ratings for nominal, ordinal and interval; ratio is quadratic in the number of
 * distinct values (the package itself builds units × values × values arrays).
 *
 * @example
 * // 3 coders × 4 units, coder 3 skipped unit 4
 * krippendorffAlpha([[1, 2, 3, 3], [1, 2, 3, 4], [1, 2, 2, null]], { level: 'nominal' }); // 0.5348837209302326
 */
export function krippendorffAlpha(
  data: readonly (readonly (RatingLabel | null | undefined)[])[],
  options: KrippendorffAlphaOptions,
): number {
  const level = options.level;
  if (!Object.hasOwn(distanceFamilies, level)) {
    throw new TypeError(
      `krippendorffAlpha: unknown level ${JSON.stringify(level)}; use 'nominal', 'ordinal', 'interval' or 'ratio'`,
    );
  }
  const units = checkShape(data);
  const domain = resolveDomain(data, level, options.valueDomain);
  const { index, values } = domain;
  const valueCount = values.length;
  if (valueCount <= 1) {
    throw new RangeError(
      `krippendorffAlpha: the value domain has ${valueCount} value${valueCount === 1 ? '' : 's'}; alpha needs at least two`,
    );
  }

  // codes[unit * coders + coder]: the rating's index in the domain, -1 when missing.
  const coders = data.length;
  const codes = new Int32Array(units * coders).fill(-1);
  const ratingsPerUnit = new Int32Array(units);
  for (let coder = 0; coder < coders; coder++) {
    const row = data[coder]!;
    for (let unit = 0; unit < units; unit++) {
      const rating = row[unit];
      if (isMissing(rating)) continue;
      const code = index.get(rating)!;
      codes[unit * coders + coder] = code;
      ratingsPerUnit[unit]!++;
    }
  }

  // n_v: how often each value occurs among pairable ratings (units rated at least twice).
  const valueTotals = new Float64Array(valueCount);
  let pairable = 0;
  for (let unit = 0; unit < units; unit++) {
    if (ratingsPerUnit[unit]! < 2) continue;
    for (let coder = 0; coder < coders; coder++) {
      const code = codes[unit * coders + coder]!;
      if (code >= 0) valueTotals[code]!++;
    }
    pairable += ratingsPerUnit[unit]!;
  }
  if (pairable === 0) {
    throw new RangeError(
      'krippendorffAlpha: no unit has ratings from at least two coders, so nothing can be paired',
    );
  }

  const family = distanceFamilies[level];
  const positions = family.positions(values, valueTotals);

  // Observed: each unit's pair disagreements weighted by 1/(m_u − 1), as the coincidence matrix does.
  const unitCounts = new Float64Array(valueCount);
  const unitValues = new Int32Array(coders);
  let observed = 0;
  for (let unit = 0; unit < units; unit++) {
    const rated = ratingsPerUnit[unit]!;
    if (rated < 2) continue;
    let distinct = 0;
    for (let coder = 0; coder < coders; coder++) {
      const code = codes[unit * coders + coder]!;
      if (code < 0) continue;
      if (unitCounts[code] === 0) unitValues[distinct++] = code;
      unitCounts[code]!++;
    }
    observed += family.pairDisagreement(unitValues, distinct, unitCounts, rated, positions) / (rated - 1);
    for (let k = 0; k < distinct; k++) unitCounts[unitValues[k]!] = 0;
  }

  const present = new Int32Array(valueCount);
  let presentCount = 0;
  for (let v = 0; v < valueCount; v++) if (valueTotals[v]! > 0) present[presentCount++] = v;
  const expected = family.pairDisagreement(present, presentCount, valueTotals, pairable, positions);
  return 1 - ((pairable - 1) * observed) / expected;
}

/**
 * A level's distance, summed over all ordered pairs of a multiset of values: Σ_c Σ_k n_c n_k d(c, k)
 * for the `length` value indices in `which`, `counts` their multiplicities summing to `total`.
 */
interface DistanceFamily {
  /** Per domain index, the number the distance works on (unused by nominal). */
  positions(values: readonly RatingLabel[], valueTotals: Float64Array): Float64Array;
  pairDisagreement(
    which: Int32Array,
    length: number,
    counts: Float64Array,
    total: number,
    positions: Float64Array,
  ): number;
}

/** Σ n_c n_k (x_c − x_k)² = 2 N Σ n_c (x_c − mean)²: linear, and stable once centred. */
function squaredDifferenceSum(
  which: Int32Array,
  length: number,
  counts: Float64Array,
  total: number,
  positions: Float64Array,
): number {
  let sum = 0;
  for (let k = 0; k < length; k++) sum += counts[which[k]!]! * positions[which[k]!]!;
  const mean = sum / total;
  let spread = 0;
  for (let k = 0; k < length; k++) {
    const deviation = positions[which[k]!]! - mean;
    spread += counts[which[k]!]! * deviation * deviation;
  }
  return 2 * total * spread;
}

function numericPositions(values: readonly RatingLabel[]): Float64Array {
  return Float64Array.from(values, (value) => value as number);
}

const distanceFamilies: Record<MeasurementLevel, DistanceFamily> = {
  nominal: {
    positions: () => new Float64Array(0),
    pairDisagreement(which, length, counts, total) {
      let same = 0;
      for (let k = 0; k < length; k++) same += counts[which[k]!]! ** 2;
      return total * total - same;
    },
  },
  // The package's ordinal distance is the squared gap between mid-ranks C_v − n_v/2 (C_v: cumulative
  // n over the domain order), so it reduces to the interval sum over those mid-ranks.
  ordinal: {
    positions(_values, valueTotals) {
      const midRanks = new Float64Array(valueTotals.length);
      let cumulative = 0;
      for (let v = 0; v < valueTotals.length; v++) {
        cumulative += valueTotals[v]!;
        midRanks[v] = cumulative - valueTotals[v]! / 2;
      }
      return midRanks;
    },
    pairDisagreement: squaredDifferenceSum,
  },
  interval: { positions: numericPositions, pairDisagreement: squaredDifferenceSum },
  ratio: {
    positions: numericPositions,
    pairDisagreement(which, length, counts, _total, positions) {
      let sum = 0;
      for (let a = 0; a < length; a++) {
        const x = positions[which[a]!]!;
        const countA = counts[which[a]!]!;
        for (let b = a + 1; b < length; b++) {
          const y = positions[which[b]!]!;
          if (x + y === 0) continue;
          const ratio = (x - y) / (x + y);
          sum += countA * counts[which[b]!]! * ratio * ratio;
        }
      }
      return 2 * sum;
    },
  },
};

function isMissing(rating: unknown): rating is null | undefined {
  return rating === null || rating === undefined || Number.isNaN(rating);
}

/** The number of units, after checking every coder rated the same units. */
function checkShape(data: readonly (readonly unknown[])[]): number {
  if (data.length === 0)
    throw new RangeError('krippendorffAlpha: data has no coders; it needs one row per coder');
  const units = Array.isArray(data[0]) ? data[0].length : -1;
  data.forEach((row, coder) => {
    if (!Array.isArray(row) || row.length !== units) {
      const got = Array.isArray(row) ? `${row.length} units` : typeof row;
      throw new RangeError(
        `krippendorffAlpha: data[${coder}] has ${got} but data[0] has ${units}; every coder row must cover the same units (null = missing)`,
      );
    }
  });
  return units;
}

function resolveDomain(
  data: readonly (readonly (RatingLabel | null | undefined)[])[],
  level: MeasurementLevel,
  valueDomain: readonly RatingLabel[] | undefined,
): { index: Map<RatingLabel, number>; values: RatingLabel[] } {
  const ratings: RatingLabel[] = [];
  data.forEach((row, coder) => {
    row.forEach((rating, unit) => {
      if (isMissing(rating)) return;
      assertRatingLabel(rating, `krippendorffAlpha: data[${coder}][${unit}]`);
      ratings.push(rating);
    });
  });
  const kind = labelKind(ratings, 'krippendorffAlpha');

  let values: RatingLabel[];
  let index: Map<RatingLabel, number>;
  if (valueDomain === undefined) {
    if (kind === 'string' && level !== 'nominal') {
      throw new TypeError(
        `krippendorffAlpha: string ratings need an ordered valueDomain for level '${level}' (only 'nominal' works without one)`,
      );
    }
    values = sortedDistinctLabels(ratings, 'krippendorffAlpha');
    index = new Map(values.map((value, i) => [value, i]));
  } else {
    index = indexLabels(valueDomain, 'krippendorffAlpha', 'valueDomain');
    values = [...valueDomain];
    data.forEach((row, coder) => {
      row.forEach((rating, unit) => {
        if (!isMissing(rating) && !index.has(rating)) {
          throw new RangeError(
            `krippendorffAlpha: data[${coder}][${unit}] is ${JSON.stringify(rating)}, which is not in valueDomain`,
          );
        }
      });
    });
  }
  if ((level === 'interval' || level === 'ratio') && values.some((value) => typeof value === 'string')) {
    throw new TypeError(
      `krippendorffAlpha: level '${level}' needs numeric ratings; use 'nominal', or 'ordinal' with an ordered valueDomain`,
    );
  }
  return { index, values };
}
