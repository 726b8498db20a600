import { describe, expect, it } from 'vitest';
import { expectRelativeClose } from '../test-helpers/close-to.js';
import { wilsonInterval } from './wilson.js';

type Row = [number, number, number, boolean, 'two-sided' | 'less' | 'greater', number, number];

// scipy 1.17.1: stats.binomtest(k, n, alternative=alt).proportion_ci(conf, method='wilsoncc' if corr else 'wilson')
// as [k, n, conf, corr, alt, low, high]
const SCIPY: Row[] = [
  [7, 10, 0.95, false, 'two-sided', 0.39677814746114526, 0.892208732593699],
  [0, 10, 0.95, false, 'two-sided', 0.0, 0.27753279986288926],
  [10, 10, 0.95, false, 'two-sided', 0.7224672001371109, 1.0],
  [0, 10, 0.95, true, 'two-sided', 0.0, 0.3445372183069226],
  [10, 10, 0.95, true, 'two-sided', 0.6554627816930775, 1.0],
  [3, 10, 0.99, true, 'less', 0.0, 0.6901810771594168],
  [3, 10, 0.9, false, 'greater', 0.15379917807596727, 1.0],
  [1, 1, 0.95, true, 'two-sided', 0.05462075552885204, 1.0],
  [1, 10, 0.95, true, 'two-sided', 0.005242301569677699, 0.4588460161566561],
  [412, 1000, 0.95, false, 'two-sided', 0.38188731127995784, 0.4427861982134999],
  [412, 1000, 0.95, true, 'two-sided', 0.3813947493844587, 0.44328977726423574],
  [5, 1000000, 0.999, false, 'two-sided', 1.2788577741919115e-6, 1.954848288706185e-5],
  [999999, 1000000, 0.95, true, 'greater', 0.9999947206605077, 1.0],
  [50, 100, 0.5, false, 'less', 0.0, 0.5],
];

// scipy's own test: scipy/stats/tests/test_morestats.py::TestBinomTest::test_ci_wilson_method, whose
// values come from R 3.6.2 prop.test (7 significant digits, so compared at 1e-6 relative as there).
// [k, alternative, correction, confidence, low, high] with n = 10.
const R_PROP_TEST: Array<[number, 'two-sided' | 'less' | 'greater', boolean, number, number, number]> = [
  [3, 'two-sided', true, 0.95, 0.08094782, 0.64632928],
  [3, 'two-sided', true, 0.99, 0.0586329, 0.7169416],
  [3, 'two-sided', false, 0.95, 0.1077913, 0.6032219],
  [3, 'two-sided', false, 0.99, 0.07956632, 0.6799753],
  [3, 'less', true, 0.95, 0.0, 0.6043476],
  [3, 'less', true, 0.99, 0.0, 0.6901811],
  [3, 'less', false, 0.95, 0.0, 0.5583002],
  [3, 'less', false, 0.99, 0.0, 0.6507187],
  [3, 'greater', true, 0.95, 0.09644904, 1.0],
  [3, 'greater', true, 0.99, 0.06659141, 1.0],
  [3, 'greater', false, 0.95, 0.1268766, 1.0],
  [3, 'greater', false, 0.99, 0.08974147, 1.0],
  [0, 'two-sided', true, 0.95, 0.0, 0.3445372],
  [0, 'two-sided', false, 0.95, 0.0, 0.2775328],
  [0, 'less', true, 0.95, 0.0, 0.2847374],
  [0, 'less', false, 0.95, 0.0, 0.212942],
  [0, 'greater', true, 0.95, 0.0, 1.0],
  [0, 'greater', false, 0.95, 0.0, 1.0],
  [10, 'two-sided', true, 0.95, 0.6554628, 1.0],
  [10, 'two-sided', false, 0.95, 0.7224672, 1.0],
  [10, 'less', true, 0.95, 0.0, 1.0],
  [10, 'less', false, 0.95, 0.0, 1.0],
  [10, 'greater', true, 0.95, 0.7152626, 1.0],
  [10, 'greater', false, 0.95, 0.787058, 1.0],
];

describe('wilsonInterval', () => {
  it('matches scipy.stats.binomtest(...).proportion_ci to 1e-12, one- and two-sided, with and without correction', () => {
    for (const [k, n, confidence, correction, alternative, low, high] of SCIPY) {
      const interval = wilsonInterval(k, n, { confidence, correction, alternative });
      const label = `k=${k} n=${n} conf=${confidence} corr=${correction} ${alternative}`;
      expectRelativeClose(interval.low, low, 1e-12, `${label} low`);
      expectRelativeClose(interval.high, high, 1e-12, `${label} high`);
    }
  });

  it("reproduces SciPy's own test values from R's prop.test", () => {
    for (const [k, alternative, correction, confidence, low, high] of R_PROP_TEST) {
      const interval = wilsonInterval(k, 10, { confidence, correction, alternative });
      expectRelativeClose(interval.low, low, 1e-6, `k=${k} ${alternative} corr=${correction} low`);
      expectRelativeClose(interval.high, high, 1e-6, `k=${k} ${alternative} corr=${correction} high`);
    }
  });

  it('defaults to a two-sided 95% interval without correction and pins the k = 0 and k = n bounds', () => {
    expect(wilsonInterval(7, 10)).toEqual(wilsonInterval(7, 10, { confidence: 0.95, correction: false }));
    expect(wilsonInterval(0, 25).low).toBe(0);
    expect(wilsonInterval(25, 25).high).toBe(1);
    expect(wilsonInterval(25, 25, { correction: true }).high).toBe(1);
    expect(wilsonInterval(4, 25, { alternative: 'less' }).low).toBe(0);
    expect(wilsonInterval(4, 25, { alternative: 'greater' }).high).toBe(1);
  });

  it('is centred on the shrunk estimate (k + z²/2)/(n + z²), not on k/n', () => {
    const z = 1.959963984540054; // scipy.special.ndtri(0.975)
    const { low, high } = wilsonInterval(2, 10);
    expectRelativeClose((low + high) / 2, (2 + z ** 2 / 2) / (10 + z ** 2), 1e-14, 'centre');
    expect((low + high) / 2).toBeGreaterThan(0.2);
  });

  it('rejects impossible counts and levels with messages that name them', () => {
    expect(() => wilsonInterval(0, 0)).toThrow('wilsonInterval: trials must be a positive integer, got 0');
    expect(() => wilsonInterval(1, 2.5)).toThrow(
      'wilsonInterval: trials must be a positive integer, got 2.5',
    );
    expect(() => wilsonInterval(11, 10)).toThrow(
      'wilsonInterval: successes must be an integer in 0..10, got 11',
    );
    expect(() => wilsonInterval(-1, 10)).toThrow(
      'wilsonInterval: successes must be an integer in 0..10, got -1',
    );
    expect(() => wilsonInterval(1.5, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(3, 10, { confidence: 1 })).toThrow(
      'wilsonInterval: confidence must be between 0 and 1 (exclusive), got 1',
    );
    expect(() => wilsonInterval(3, 10, { confidence: 95 })).toThrow(RangeError);
    expect(() => wilsonInterval(3, 10, { alternative: 'both' as 'less' })).toThrow(
      "wilsonInterval: alternative must be 'two-sided', 'less' or 'greater', got both",
    );
  });
});
