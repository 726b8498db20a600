import { describe, expect, it } from 'vitest';
import { unitHistogram } from '../../../src/report/summary';
import { histogram, histogramFromCounts } from './histogram';

describe('histogram', () => {
  it('bins scores on the 0..1 scale into tenths, 1.0 in the last bin', () => {
    const h = histogram(new Map([['a', [0, 0.05, 0.1, 0.55, 0.99, 1, 1]]]));
    expect(h.bins.map((b) => b.label)).toEqual([
      '0.0\u20130.1',
      '0.1\u20130.2',
      '0.2\u20130.3',
      '0.3\u20130.4',
      '0.4\u20130.5',
      '0.5\u20130.6',
      '0.6\u20130.7',
      '0.7\u20130.8',
      '0.8\u20130.9',
      '0.9\u20131.0',
    ]);
    expect(h.counts.get('a')).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 0, 3]);
  });

  it('uses the same bins for every series', () => {
    const h = histogram(
      new Map([
        ['t1', [0, 1]],
        ['t2', [1, 1, 1]],
      ]),
      2,
    );
    expect(h.counts.get('t1')).toEqual([1, 1]);
    expect(h.counts.get('t2')).toEqual([0, 3]);
  });

  it('spans the observed range for raw values', () => {
    const h = histogram(new Map([['latency', [100, 150, 200, 300]]]), 4);
    expect(h.bins.map((b) => [b.low, b.high])).toEqual([
      [100, 150],
      [150, 200],
      [200, 250],
      [250, 300],
    ]);
    expect(h.bins[0]!.label).toBe('100\u2013150');
    expect(h.counts.get('latency')).toEqual([1, 1, 1, 1]);
  });

  it('ignores values that are not finite and copes with no values', () => {
    expect(histogram(new Map([['a', [Number.NaN, 0.5]]]), 2).counts.get('a')).toEqual([0, 1]);
    expect(histogram(new Map([['a', []]]), 2).counts.get('a')).toEqual([0, 0]);
  });

  it('gives a constant raw value one bin instead of dividing by zero', () => {
    const h = histogram(new Map([['a', [5, 5]]]), 2);
    expect(h.counts.get('a')).toEqual([2, 0]);
  });

  it('puts k/10 in bin k, as the run summary does (0.3 / 0.1 is below 3 in floating point)', () => {
    const tenths = Array.from({ length: 11 }, (_, k) => k / 10);
    expect(histogram(new Map([['a', tenths]])).counts.get('a')).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    // Any values on the unit scale: the same counts as the summary's, so stored and sampled charts agree.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const values = [...tenths, ...Array.from({ length: 500 }, () => Math.round(random() * 1000) / 1000)];
    expect(histogram(new Map([['a', values]])).counts.get('a')).toEqual(unitHistogram(values));
  });
});

describe('histogramFromCounts', () => {
  it('labels stored counts with tenths of 0..1 and keeps each series', () => {
    const h = histogramFromCounts(
      new Map([
        ['t1', [1, 0, 0, 0, 0, 0, 0, 0, 0, 4]],
        ['t2', [0, 0, 0, 0, 0, 2, 0, 0, 0, 0]],
      ]),
    );
    expect(h.bins).toHaveLength(10);
    expect(h.bins[3]!.label).toBe('0.3\u20130.4');
    expect(h.bins[9]).toMatchObject({ low: 0.9, high: 1 });
    expect(h.counts.get('t2')).toEqual([0, 0, 0, 0, 0, 2, 0, 0, 0, 0]);
  });
});
