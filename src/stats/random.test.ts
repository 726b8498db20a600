import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';

describe('seededRandom', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('is uniform enough: means, buckets and integer ranges', () => {
    const r = seededRandom(7);
    const n = 200_000;
    const buckets = new Array<number>(10).fill(0);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
      buckets[Math.floor(x * 10)]!++;
    }
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    // Chi-square with 9 degrees of freedom: 27.9 is its 0.999 quantile.
    const chi2 = buckets.reduce((acc, count) => acc + (count - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.9);
    const dice = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) dice[r.int(6)]!++;
    for (const count of dice) expect(Math.abs(count - 10_000)).toBeLessThan(400);
  });

  it('rejects bad arguments', () => {
    expect(() => seededRandom(Number.NaN)).toThrow(RangeError);
    expect(() => seededRandom(1).int(0)).toThrow(RangeError);
    expect(() => seededRandom(1).int(2.5)).toThrow(RangeError);
  });
});
