import { describe, expect, it } from 'vitest';
import { krippendorffAlpha, type MeasurementLevel } from './krippendorff-alpha.js';

// Expected values: the `krippendorff` package (pln-fing-udelar/fast-krippendorff, 0.8.3.dev0, commit
// b1eb616) krippendorff.alpha(reliability_data=data, level_of_measurement=level[, value_domain=...])
// run locally, with np.nan where these tests have null, unless a line says otherwise.

const _ = null;
const levels: MeasurementLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** Park–Miller generator: exact in doubles, so a Python script reproduces the same data. */
function parkMiller(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 48271) % 2147483647;
    return x;
  };
}

/** coders × units ratings on 1..scale: 10% missing, 60% the unit's true value, 30% random. */
function simulatedRatings(units: number, coders: number, seed: number, scale: number): (number | null)[][] {
  const next = parkMiller(seed);
  const data = Array.from({ length: coders }, () => new Array<number | null>(units).fill(null));
  for (let unit = 0; unit < units; unit++) {
    const truth = 1 + (next() % scale);
    for (let coder = 0; coder < coders; coder++) {
      const roll = next() % 10;
      if (roll === 0) continue;
      data[coder]![unit] = roll < 7 ? truth : 1 + (next() % scale);
    }
  }
  return data;
}

describe('krippendorffAlpha against the krippendorff package', () => {
  // The package's docstring example, from Wikipedia's "Krippendorff's alpha" (3 coders, 15 units).
  const wikipedia = [
    [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
    [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
    [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
  ];

  it("reproduces the package's Wikipedia example (docstring: nominal 0.691358, interval 0.810845)", () => {
    expect(krippendorffAlpha(wikipedia, { level: 'nominal' })).toBeCloseTo(0.691358, 6);
    expect(krippendorffAlpha(wikipedia, { level: 'interval' })).toBeCloseTo(0.810845, 6);
    expect(krippendorffAlpha(wikipedia, { level: 'nominal' })).toBeCloseTo(0.691358024691358, 9);
    expect(krippendorffAlpha(wikipedia, { level: 'ordinal' })).toBeCloseTo(0.8067214199413153, 9);
    expect(krippendorffAlpha(wikipedia, { level: 'interval' })).toBeCloseTo(0.8108448928121059, 9);
    expect(krippendorffAlpha(wikipedia, { level: 'ratio' })).toBeCloseTo(0.8089436707842471, 9);
  });

  // Krippendorff (2011) "Computing Krippendorff's Alpha-Reliability", 4 coders × 12 units with
  // missing data; he publishes nominal .743, ordinal .815, interval .849, ratio .797 (the package's
  // docstring repeats the ordinal, ratio and nominal-on-strings values).
  const krippendorff2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];

  it('reproduces the four published values of Krippendorff (2011)', () => {
    const published = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 };
    const precise = {
      nominal: 0.743421052631579,
      ordinal: 0.8153875037548814,
      interval: 0.8491071428571428,
      ratio: 0.7974027747116121,
    };
    for (const level of levels) {
      expect(krippendorffAlpha(krippendorff2011, { level })).toBeCloseTo(published[level], 3);
      expect(krippendorffAlpha(krippendorff2011, { level })).toBeCloseTo(precise[level], 9);
    }
  });

  it('orders an ordinal scale by valueDomain, which may list unused values', () => {
    const ordinal = (valueDomain: number[]) =>
      krippendorffAlpha(krippendorff2011, { level: 'ordinal', valueDomain });
    expect(ordinal([1, 2, 3, 4, 5])).toBeCloseTo(0.8153875037548814, 9);
    expect(ordinal([0, 1, 2, 3, 4, 5, 6])).toBeCloseTo(0.8153875037548814, 9);
    expect(ordinal([5, 4, 3, 2, 1])).toBeCloseTo(0.8153875037548813, 9);
    expect(ordinal([3, 1, 5, 2, 4])).toBeCloseTo(0.6908806448382898, 9);
    const wide = [0, 1, 2, 3, 4, 5, 6];
    expect(krippendorffAlpha(krippendorff2011, { level: 'interval', valueDomain: wide })).toBeCloseTo(
      0.8491071428571428,
      9,
    );
    expect(krippendorffAlpha(krippendorff2011, { level: 'nominal', valueDomain: wide })).toBeCloseTo(
      0.743421052631579,
      9,
    );
  });

  it('takes string ratings: nominal as they are, ordinal through an ordered valueDomain', () => {
    const names = ['very low', 'low', 'mid', 'high', 'very high'];
    const words = krippendorff2011.map((row) => row.map((v) => (v === null ? null : names[v - 1]!)));
    expect(krippendorffAlpha(words, { level: 'nominal' })).toBeCloseTo(0.743421052631579, 9);
    expect(krippendorffAlpha(words, { level: 'ordinal', valueDomain: names })).toBeCloseTo(
      0.8153875037548814,
      9,
    );
    const letters = [
      ['a', 'b', 'a', 'c'],
      ['a', 'b', 'b', 'c'],
      ['b', 'b', 'a', _],
    ];
    expect(krippendorffAlpha(letters, { level: 'nominal' })).toBeCloseTo(0.4736842105263158, 9);
  });

  it('handles fractional values, zeros and negatives in the ratio and interval distances', () => {
    const fractions = [
      [0.1, 0.25, 0.9, 0.5],
      [0.2, 0.25, 0.7, _],
      [0.15, 0.3, 0.8, 0.45],
    ];
    expect(krippendorffAlpha(fractions, { level: 'nominal' })).toBeCloseTo(0.07407407407407396, 9);
    expect(krippendorffAlpha(fractions, { level: 'ordinal' })).toBeCloseTo(0.9232046492320465, 9);
    expect(krippendorffAlpha(fractions, { level: 'interval' })).toBeCloseTo(0.9489182692307692, 9);
    expect(krippendorffAlpha(fractions, { level: 'ratio' })).toBeCloseTo(0.8943155825314544, 9);
    // ratio: the distance is 0 where c + k = 0 (0 with 0, and -1 with 1).
    expect(
      krippendorffAlpha(
        [
          [0, 0, 1, 2],
          [0, 1, 1, 3],
        ],
        { level: 'ratio' },
      ),
    ).toBeCloseTo(0.548480463096961, 9);
    expect(
      krippendorffAlpha(
        [
          [-1, 1, 2, 0],
          [1, -1, 2, 3],
        ],
        { level: 'ratio' },
      ),
    ).toBeCloseTo(0.8654478663875955, 9);
  });

  it('gives 1 for perfect agreement, below 0 for systematic disagreement, NaN without expected disagreement', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        { level: 'interval' },
      ),
    ).toBe(1);
    expect(
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        { level: 'nominal' },
      ),
    ).toBe(1);
    expect(
      krippendorffAlpha(
        [
          [1, 2],
          [2, 1],
        ],
        { level: 'nominal' },
      ),
    ).toBeCloseTo(-0.5, 12);
    // The pairable ratings are all 1; the 2 sits in a unit nobody else rated.
    expect(
      krippendorffAlpha(
        [
          [1, 1, 2],
          [1, 1, _],
        ],
        { level: 'nominal' },
      ),
    ).toBeNaN();
  });

  it('treats null, undefined and NaN alike as missing', () => {
    const withNaN = wikipedia.map((row) => row.map((v) => (v === null ? Number.NaN : v)));
    const withUndefined = wikipedia.map((row) => row.map((v) => (v === null ? undefined : v)));
    const expected = krippendorffAlpha(wikipedia, { level: 'ordinal' });
    expect(krippendorffAlpha(withNaN, { level: 'ordinal' })).toBe(expected);
    expect(krippendorffAlpha(withUndefined, { level: 'ordinal' })).toBe(expected);
  });

  it('matches the package on 10,000 units × 5 coders, each level well under a second', () => {
    // Python: the same Park–Miller data (seed 42, scale 5) through krippendorff.alpha.
    const data = simulatedRatings(10_000, 5, 42, 5);
    const expected = {
      nominal: 0.44980770752898047,
      ordinal: 0.4504546444419991,
      interval: 0.45041900035170157,
      ratio: 0.44606911032003804,
    };
    for (const level of levels) {
      const started = performance.now();
      const alpha = krippendorffAlpha(data, { level });
      expect(performance.now() - started).toBeLessThan(500);
      expect(alpha).toBeCloseTo(expected[level], 9);
    }
  });

  it('matches the package with many distinct values', () => {
    // Python: Park–Miller data, 60 units × 3 coders on 1..1000 (110 distinct values), seed 7.
    const data = simulatedRatings(60, 3, 7, 1000);
    const expected = {
      nominal: 0.37386918581378603,
      ordinal: 0.3931835146448527,
      interval: 0.3938205802580088,
      ratio: 0.4050736478142746,
    };
    for (const level of levels) expect(krippendorffAlpha(data, { level })).toBeCloseTo(expected[level], 9);
  });

  it('stays linear for continuous interval ratings (50,000 distinct values)', () => {
    const next = parkMiller(3);
    const data = Array.from({ length: 5 }, () => new Array<number>(10_000));
    for (let unit = 0; unit < 10_000; unit++) {
      const truth = next() / 2147483647;
      for (let coder = 0; coder < 5; coder++) data[coder]![unit] = truth + (next() / 2147483647 - 0.5) / 4;
    }
    const started = performance.now();
    const alpha = krippendorffAlpha(data, { level: 'interval' });
    const ordinal = krippendorffAlpha(data, { level: 'ordinal' });
    expect(performance.now() - started).toBeLessThan(1000);
    // Interval alpha ignores a shift of every rating; noise of variance 1/192 on a truth of variance 1/12.
    const shifted = data.map((row) => row.map((v) => v + 1000));
    expect(krippendorffAlpha(shifted, { level: 'interval' })).toBeCloseTo(alpha, 9);
    expect(alpha).toBeGreaterThan(0.9);
    expect(alpha).toBeLessThan(0.95);
    expect(ordinal).toBeGreaterThan(0.9);
  });

  it('rejects what the package rejects, naming the coder and unit', () => {
    expect(() =>
      krippendorffAlpha(
        [
          [1, 1],
          [1, 1],
        ],
        { level: 'nominal' },
      ),
    ).toThrow(new RangeError('krippendorffAlpha: the value domain has 1 value; alpha needs at least two'));
    expect(() =>
      krippendorffAlpha(
        [
          [_, _],
          [_, _],
        ],
        { level: 'nominal' },
      ),
    ).toThrow(new RangeError('krippendorffAlpha: the value domain has 0 values; alpha needs at least two'));
    expect(() =>
      krippendorffAlpha(
        [
          [1, _],
          [_, 2],
        ],
        { level: 'nominal' },
      ),
    ).toThrow(
      new RangeError(
        'krippendorffAlpha: no unit has ratings from at least two coders, so nothing can be paired',
      ),
    );
    expect(() => krippendorffAlpha(krippendorff2011, { level: 'ordinal', valueDomain: [1, 2, 3] })).toThrow(
      new RangeError('krippendorffAlpha: data[0][6] is 4, which is not in valueDomain'),
    );
    expect(() =>
      krippendorffAlpha(
        [
          ['a', 'b'],
          ['a', 'a'],
        ],
        { level: 'ordinal' },
      ),
    ).toThrow(
      new TypeError(
        "krippendorffAlpha: string ratings need an ordered valueDomain for level 'ordinal' (only 'nominal' works without one)",
      ),
    );
  });

  it('rejects input the package would misread or crash on', () => {
    expect(() =>
      krippendorffAlpha(
        [
          ['a', 'b'],
          ['a', 'a'],
        ],
        { level: 'interval', valueDomain: ['a', 'b'] },
      ),
    ).toThrow(
      new TypeError(
        "krippendorffAlpha: level 'interval' needs numeric ratings; use 'nominal', or 'ordinal' with an ordered valueDomain",
      ),
    );
    expect(() =>
      krippendorffAlpha(
        [
          [1, 'b'],
          [1, 1],
        ],
        { level: 'nominal' },
      ),
    ).toThrow(
      new TypeError(
        'krippendorffAlpha: strings and numbers are mixed in the ratings (1 and "b"); use one type',
      ),
    );
    expect(() =>
      krippendorffAlpha(
        [
          [1, Number.POSITIVE_INFINITY],
          [1, 1],
        ],
        { level: 'interval' },
      ),
    ).toThrow(
      new RangeError(
        'krippendorffAlpha: data[0][1] is Infinity; a rating must be a string or a finite number',
      ),
    );
    expect(() =>
      krippendorffAlpha(
        [
          [1, 2],
          [1, 2],
        ],
        { level: 'nominal', valueDomain: [1, 2, 1] },
      ),
    ).toThrow(new RangeError('krippendorffAlpha: valueDomain[2] repeats 1; each label must appear once'));
    expect(() => krippendorffAlpha([[1, 2], [1]], { level: 'nominal' })).toThrow(
      new RangeError(
        'krippendorffAlpha: data[1] has 1 units but data[0] has 2; every coder row must cover the same units (null = missing)',
      ),
    );
    expect(() => krippendorffAlpha([], { level: 'nominal' })).toThrow(
      new RangeError('krippendorffAlpha: data has no coders; it needs one row per coder'),
    );
    expect(() => krippendorffAlpha([[1, 2]], { level: 'toString' as MeasurementLevel })).toThrow(
      new TypeError(
        `krippendorffAlpha: unknown level "toString"; use 'nominal', 'ordinal', 'interval' or 'ratio'`,
      ),
    );
  });
});
