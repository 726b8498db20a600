// Rating labels (strings or numbers) as the agreement statistics see them: validated one by one and
// ordered the way NumPy's `np.unique` orders them, which fixes the index every weight and distance uses.

/** A category or rating a rater assigns: a string, or a finite number. */
export type RatingLabel = string | number;

/**
 * Throws unless `value` is a string or a finite number. `where` names the position for the message,
 * e.g. `cohenKappa: rater1[3]`.
 */
export function assertRatingLabel(value: unknown, where: string): asserts value is RatingLabel {
  if (typeof value === 'string') return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return;
    throw new RangeError(`${where} is ${value}; a rating must be a string or a finite number`);
  }
  throw new TypeError(
    `${where} is ${value === null ? 'null' : typeof value}; a rating must be a string or a finite number`,
  );
}

/**
 * Orders labels as `np.unique`/`np.sort` do: numbers numerically, strings by Unicode code point
 * (JavaScript's default string order compares UTF-16 units, which puts U+E000..U+FFFF after astral
 * characters). Strings and numbers are never compared: callers reject the mix first.
 */
export function compareLabels(a: RatingLabel, b: RatingLabel): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return compareCodePoints(String(a), String(b));
}

function compareCodePoints(a: string, b: string): number {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Moves surrogates (0xD800..0xDFFF) above 0xE000..0xFFFF, so UTF-16 units sort in code-point order. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/**
 * The kind shared by every label, or a TypeError when strings and numbers are mixed (NumPy would
 * silently turn the numbers into strings; scikit-learn refuses the mix). `undefined` when there is none.
 */
export function labelKind(
  labels: Iterable<RatingLabel>,
  where: string,
  what = 'the ratings',
): 'string' | 'number' | undefined {
  let kind: 'string' | 'number' | undefined;
  let first: RatingLabel | undefined;
  for (const label of labels) {
    const current = typeof label === 'string' ? 'string' : 'number';
    if (kind === undefined) {
      kind = current;
      first = label;
    } else if (kind !== current) {
      throw new TypeError(
        `${where}: strings and numbers are mixed in ${what} (${JSON.stringify(first)} and ${JSON.stringify(label)}); use one type`,
      );
    }
  }
  return kind;
}

/** The distinct labels in `np.unique` order; throws on a mix of strings and numbers. */
export function sortedDistinctLabels(labels: Iterable<RatingLabel>, where: string): RatingLabel[] {
  const distinct = [...new Set(labels)];
  labelKind(distinct, where);
  return distinct.sort(compareLabels);
}

/**
 * A label → index map over an explicit label list, rejecting invalid entries and duplicates (which
 * would make two rows of a matrix stand for the same label). `name` is the option's name for messages.
 */
export function indexLabels(
  labels: readonly unknown[],
  where: string,
  name: string,
): Map<RatingLabel, number> {
  const index = new Map<RatingLabel, number>();
  labels.forEach((label, i) => {
    assertRatingLabel(label, `${where}: ${name}[${i}]`);
    if (index.has(label)) {
      throw new RangeError(
        `${where}: ${name}[${i}] repeats ${JSON.stringify(label)}; each label must appear once`,
      );
    }
    index.set(label, i);
  });
  labelKind(index.keys(), where, name);
  return index;
}
