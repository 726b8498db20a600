import { describe, expect, it } from 'vitest';
import { cohenKappa } from './cohen-kappa.js';

const repeat = <T>(value: T, times: number): T[] => new Array<T>(times).fill(value);

describe('cohenKappa against scikit-learn', () => {
  // scikit-learn sklearn/metrics/tests/test_classification.py::test_cohen_kappa (published to 3-4
  // decimals there); the full-precision values come from a NumPy scratch script restating
  // cohen_kappa_score's formula, which reproduces every value of that test.
  it('reproduces the Artstein & Poesio (2008) examples of test_cohen_kappa', () => {
    const y1 = [...repeat(0, 40), ...repeat(1, 60)];
    const y2 = [...repeat(0, 20), ...repeat(1, 20), ...repeat(0, 10), ...repeat(1, 50)];
    const kappa = cohenKappa(y1, y2);
    expect(kappa).toBeCloseTo(0.348, 3);
    expect(kappa).toBeCloseTo(0.34782608695652173, 9);
    expect(cohenKappa(y2, y1)).toBe(kappa);

    // Spurious items labelled 2 by both raters are dropped by `labels`.
    const withTwos1 = [...y1, ...repeat(2, 4)];
    const withTwos2 = [...y2, ...repeat(2, 4)];
    expect(cohenKappa(withTwos1, withTwos2, { labels: [0, 1] })).toBe(kappa);
    expect(cohenKappa(withTwos1, withTwos1)).toBe(1);

    const multi1 = [...repeat(0, 46), ...repeat(1, 44), ...repeat(2, 10)];
    const multi2 = [...repeat(0, 52), ...repeat(1, 32), ...repeat(2, 16)];
    expect(cohenKappa(multi1, multi2)).toBeCloseTo(0.8013, 4);
    expect(cohenKappa(multi1, multi2)).toBeCloseTo(0.8013245033112583, 9);
  });

  it('reproduces the weighting example of test_cohen_kappa: none, linear, quadratic', () => {
    const y1 = [...repeat(0, 46), ...repeat(1, 44), ...repeat(2, 10)];
    const y2 = [...repeat(0, 50), ...repeat(1, 40), ...repeat(2, 10)];
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.9315, 4);
    expect(cohenKappa(y1, y2, { weights: 'linear' })).toBeCloseTo(0.9412, 4);
    expect(cohenKappa(y1, y2, { weights: 'quadratic' })).toBeCloseTo(0.9541, 4);
    expect(cohenKappa(y1, y2)).toBeCloseTo(0.9315068493150684, 9);
    expect(cohenKappa(y1, y2, { weights: 'linear' })).toBeCloseTo(0.9411764705882353, 9);
    expect(cohenKappa(y1, y2, { weights: 'quadratic' })).toBeCloseTo(0.9541284403669725, 9);
  });

  // Expected values below: NumPy scratch restating cohen_kappa_score (confusion matrix over the
  // sorted or given labels, expected = outer(col sums, row sums) / n, 1 - Σ w·C / Σ w·E).
  const likert1 = [1, 2, 3, 4, 5, 3, 2, 1, 4, 5, 3, 3];
  const likert2 = [1, 3, 3, 4, 4, 2, 2, 1, 5, 5, 3, 4];

  it('weights by label position on a Likert scale, with extra unused labels', () => {
    expect(cohenKappa(likert1, likert2)).toBeCloseTo(0.4736842105263158, 9);
    expect(cohenKappa(likert1, likert2, { weights: 'linear' })).toBeCloseTo(0.7169811320754716, 9);
    expect(cohenKappa(likert1, likert2, { weights: 'quadratic' })).toBeCloseTo(0.8780487804878049, 9);
    // Unused labels at the ends add empty rows and columns and change nothing.
    const wide = { labels: [1, 2, 3, 4, 5, 6, 7], weights: 'quadratic' as const };
    expect(cohenKappa(likert1, likert2, wide)).toBeCloseTo(0.8780487804878049, 9);
    expect(cohenKappa(likert1, likert2, { labels: [0, 1, 2, 3, 4, 5], weights: 'linear' })).toBeCloseTo(
      0.7169811320754716,
      9,
    );
    expect(cohenKappa([-1, 0, 10, 10, -1], [0, 0, 10, -1, -1], { weights: 'linear' })).toBeCloseTo(
      0.34782608695652184,
      9,
    );
    expect(
      cohenKappa([0.5, 1.5, 1.0, 0.5, 2.5, 1.0], [0.5, 1.0, 1.0, 1.5, 2.5, 2.5], { weights: 'quadratic' }),
    ).toBeCloseTo(0.4255319148936171, 9);
  });

  it('sorts string labels lexicographically and honours an explicit order', () => {
    const a = ['cat', 'dog', 'cat', 'bird', 'dog', 'cat', 'bird', 'bird', 'dog', 'cat'];
    const b = ['cat', 'dog', 'dog', 'bird', 'cat', 'cat', 'bird', 'dog', 'dog', 'bird'];
    expect(cohenKappa(a, b)).toBeCloseTo(0.4029850746268656, 9);
    expect(cohenKappa(a, b, { weights: 'linear' })).toBeCloseTo(0.4318181818181819, 9);
    expect(cohenKappa(a, b, { weights: 'quadratic' })).toBeCloseTo(0.46153846153846156, 9);
    expect(cohenKappa(a, b, { labels: ['cat', 'bird', 'dog'], weights: 'linear' })).toBeCloseTo(
      0.34782608695652184,
      9,
    );
    expect(cohenKappa(a, b, { labels: ['cat', 'bird', 'dog'], weights: 'quadratic' })).toBeCloseTo(
      0.2957746478873239,
      9,
    );
    expect(cohenKappa(a, b, { labels: ['cat', 'dog'] })).toBeCloseTo(0.33333333333333337, 9);
  });

  it('orders strings by code point as NumPy does, not by UTF-16 unit', () => {
    // '\uFF21' (fullwidth A) < '\u{1F600}' (emoji) by code point; UTF-16 units order them the other way.
    const fullwidth = '\uFF21';
    const emoji = '\u{1F600}';
    const r1 = [fullwidth, fullwidth, emoji, 'a'];
    const r2 = [fullwidth, emoji, emoji, emoji];
    // NumPy scratch: np.unique gives ['a', fullwidth, emoji]; linear kappa 0.1428571428571429.
    expect(cohenKappa(r1, r2, { weights: 'linear' })).toBeCloseTo(0.1428571428571429, 9);
    // The same data on integer positions 0, 1, 2, and not on the UTF-16 order:
    expect(cohenKappa(r1, r2, { weights: 'linear' })).toBe(
      cohenKappa([1, 1, 2, 0], [1, 2, 2, 2], { weights: 'linear' }),
    );
    expect(cohenKappa(r1, r2, { weights: 'linear' })).not.toBe(
      cohenKappa([2, 2, 1, 0], [2, 1, 1, 1], { weights: 'linear' }),
    );
  });

  it('accepts a weight matrix (extension), equal to quadratic when it is the quadratic matrix', () => {
    const quadratic = [
      [0, 1, 4, 9, 16],
      [1, 0, 1, 4, 9],
      [4, 1, 0, 1, 4],
      [9, 4, 1, 0, 1],
      [16, 9, 4, 1, 0],
    ];
    expect(cohenKappa(likert1, likert2, { weights: quadratic })).toBeCloseTo(0.8780487804878049, 9);
    const sqrtDistance = quadratic.map((row) => row.map((w) => Math.sqrt(Math.sqrt(w))));
    expect(cohenKappa(likert1, likert2, { weights: sqrtDistance })).toBeCloseTo(0.6024305538135386, 9);
  });

  it('orients an asymmetric weight matrix rater1 × rater2 for both observed and expected', () => {
    // NumPy: 1 - Σ W·C / Σ W·outer(rater1 counts, rater2 counts)/n, C[i][j] = rater1 i, rater2 j.
    const asymmetric = [
      [0, 1, 2, 3, 4],
      [2, 0, 1, 2, 3],
      [4, 2, 0, 1, 2],
      [6, 4, 2, 0, 1],
      [8, 6, 4, 2, 0],
    ];
    expect(cohenKappa(likert1, likert2, { weights: asymmetric })).toBeCloseTo(0.7307692307692308, 9);
  });

  it('returns -1 for total disagreement and NaN where scikit-learn calls kappa undefined', () => {
    expect(cohenKappa([0, 1, 0, 1], [1, 0, 1, 0])).toBeCloseTo(-1, 12);
    // One label throughout: no expected disagreement, 0/0.
    expect(cohenKappa([1, 1, 1], [1, 1, 1])).toBeNaN();
    expect(cohenKappa(['a', 'a'], ['a', 'a'], { weights: 'quadratic' })).toBeNaN();
    // Every item dropped by `labels` (rater2 never uses one), and no items at all.
    expect(cohenKappa([1, 2], [3, 3], { labels: [1, 2] })).toBeNaN();
    expect(cohenKappa([], [])).toBeNaN();
    expect(cohenKappa([], [], { labels: ['x'] })).toBeNaN();
  });

  it('rejects bad input with the position named', () => {
    expect(() => cohenKappa([1, 2], [1])).toThrow(
      new RangeError('cohenKappa: rater1 has 2 ratings but rater2 has 1; both must rate the same items'),
    );
    expect(() => cohenKappa([1, 'a'], [1, 1])).toThrow(
      new TypeError('cohenKappa: strings and numbers are mixed in the ratings (1 and "a"); use one type'),
    );
    expect(() => cohenKappa([1, Number.NaN], [1, 1])).toThrow(
      new RangeError('cohenKappa: rater1[1] is NaN; a rating must be a string or a finite number'),
    );
    expect(() => cohenKappa([1, 2], [1, null as unknown as number])).toThrow(
      new TypeError('cohenKappa: rater2[1] is null; a rating must be a string or a finite number'),
    );
    expect(() => cohenKappa([1, 2], [1, 2], { labels: [] })).toThrow(
      new RangeError('cohenKappa: labels must contain at least one label'),
    );
    expect(() => cohenKappa([1, 2], [1, 2], { labels: [1, 2, 1] })).toThrow(
      new RangeError('cohenKappa: labels[2] repeats 1; each label must appear once'),
    );
    expect(() => cohenKappa([1, 2], [1, 2], { labels: [3, 4] })).toThrow(
      new RangeError('cohenKappa: none of the given labels occurs in rater1; at least one must'),
    );
    expect(() => cohenKappa([1, 2], [1, 2], { labels: [1, 'a'] })).toThrow(
      new TypeError('cohenKappa: strings and numbers are mixed in labels (1 and "a"); use one type'),
    );
    // '1' is not 1: string labels never match number ratings.
    expect(() => cohenKappa([1, 2], [1, 2], { labels: ['1', '2'] })).toThrow(
      new RangeError('cohenKappa: none of the given labels occurs in rater1; at least one must'),
    );
    expect(() => cohenKappa([1, 2], [1, 'x'], { labels: [1, 2] })).toThrow(
      new TypeError('cohenKappa: strings and numbers are mixed in the ratings (1 and "x"); use one type'),
    );
    expect(() => cohenKappa([1, 2], [1, 2], { weights: 'cubic' as 'linear' })).toThrow(
      new TypeError(`cohenKappa: unknown weights "cubic"; use 'linear', 'quadratic' or a matrix`),
    );
    expect(() => cohenKappa([1, 2], [1, 2], { weights: [[0, 1]] })).toThrow(
      new RangeError('cohenKappa: weights has 1 rows but there are 2 labels; it must be 2×2'),
    );
    expect(() => cohenKappa([1, 2], [1, 2], { weights: [[0, 1], [1]] })).toThrow(
      new RangeError('cohenKappa: weights[1] has 1 entries; each row needs 2 numbers'),
    );
    expect(() =>
      cohenKappa([1, 2], [1, 2], {
        weights: [
          [0, 1],
          [Number.POSITIVE_INFINITY, 0],
        ],
      }),
    ).toThrow(new RangeError('cohenKappa: weights[1][0] is Infinity; weights must be finite numbers'));
  });
});
