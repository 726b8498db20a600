import { describe, expect, it } from 'vitest';
import { expectClose, expectRelativeClose } from '../test-helpers/close-to.js';
import { kstwoSf, smirnovSf } from './ks-distribution.js';

describe('kstwoSf', () => {
  // scipy 1.17.1: scipy.stats.kstwo.sf(d, n). One point per region of SciPy's method choice: Ruben–Gambino
  // (n·d ≤ 1, small and large n; n·d ≥ n − 1), 2 × Smirnov (d ≥ 0.5; n·d² > 4 for n ≤ 140; ≥ 2.2 above),
  // Durbin's matrix (n·d² ≤ 0.754693; n·d^1.5 ≤ 1.4), Pomeranz (n·d² ≤ 4), Pelz–Good, and the zero tail.
  const points: Array<[number, number, number]> = [
    [1, 0.7, 0.6000000000000001],
    [5, 0.15, 0.9988],
    [200, 0.004, 1.0],
    [10, 0.95, 1.9531250000000172e-13],
    [10, 0.6, 0.0005681672000000003],
    [50, 0.1, 0.6623112704658186],
    [50, 0.2, 0.03143877776953241],
    [100, 0.25, 5.408871776434847e-6],
    [1000, 0.05, 0.013012074781090332],
    [1000, 0.02, 0.8108971656895577],
    [1000, 0.01, 0.9999496745370611],
    [200000, 0.001, 0.9881500208855729],
    [1000, 0.7, 0.0],
    [20000, 0.02, 2.2181270070049744e-7],
    [140, 0.05, 0.8576480297656114],
    [141, 0.05, 0.854845693009663],
    [50000, 0.004, 0.3994316646755731],
  ];

  it.each(points)('n=%i d=%f', (n, d, expected) => {
    const actual = kstwoSf(d, n);
    expectClose(actual, expected, 1e-12);
    if (expected > 0) expectRelativeClose(actual, expected, 1e-9);
  });

  it('is 1 below the support, 0 at 1, NaN for NaN, and rejects a bad n', () => {
    expect(kstwoSf(0, 10)).toBe(1);
    expect(kstwoSf(0.05, 10)).toBe(1);
    expect(kstwoSf(1, 10)).toBe(0);
    expect(kstwoSf(Number.NaN, 10)).toBeNaN();
    expect(() => kstwoSf(0.5, 0)).toThrow(new RangeError('kstwoSf: n must be an integer ≥ 1, got 0'));
    expect(() => kstwoSf(0.5, 2.5)).toThrow(RangeError);
  });
});

describe('smirnovSf', () => {
  // scipy 1.17.1: scipy.special.smirnov(n, d), from n = 1 to the n > 10^6 approximation.
  const points: Array<[number, number, number]> = [
    [1, 0.3, 0.7],
    [10, 0.05, 0.9224335892010742],
    [10, 0.3, 0.1354635556],
    [100, 0.1, 0.1265906584562817],
    [1000, 0.03, 0.16203171395455085],
    [2000000, 0.001, 0.018303432023617325],
    [50000, 0.005, 0.0818116087310516],
    [10, 0.95, 9.765625000000086e-14],
    [500, 0.5, 2.0566399790908278e-116],
    [3, 0.4, 0.3013333333333333],
  ];

  it.each(points)('n=%i d=%f', (n, d, expected) => {
    const actual = smirnovSf(n, d);
    expectClose(actual, expected, 1e-12);
    expectRelativeClose(actual, expected, 1e-9);
  });

  it('handles the ends of [0, 1] and rejects a bad n', () => {
    expect(smirnovSf(5, 0)).toBe(1);
    expect(smirnovSf(5, 1)).toBe(0);
    expect(smirnovSf(5, 1.5)).toBeNaN();
    expect(() => smirnovSf(-1, 0.5)).toThrow(new RangeError('smirnovSf: n must be an integer ≥ 1, got -1'));
  });
});
