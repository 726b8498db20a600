import { describe, expect, it } from 'vitest';
import { expectClose, expectRelativeClose } from '../test-helpers/close-to.js';
import { averageRanks, kendall, pearson, spearman } from './correlation.js';

type Alt = 'two-sided' | 'less' | 'greater';
type Pair = [number, number];
type Expected = Record<
  Alt,
  Record<'pearson' | 'spearman' | 'kendallB' | 'kendallC' | 'kendallAsymptotic', Pair>
>;

const range = (n: number, f: (i: number) => number): number[] => Array.from({ length: n }, (_, i) => f(i));

// Deterministic datasets, built identically in the Python script that produced the expected values.
const DATA: Record<string, [number[], number[]]> = {
  small: [
    [1, 2, 3, 4, 5],
    [2, 4, 5, 4, 5],
  ],
  rExample: [
    [1, 2, 3, 4],
    [0, 1, 0.5, 1],
  ],
  kendall1970: [
    [1, 2, 2, 4, 4, 6, 6, 8, 9, 9],
    [1, 2, 4, 4, 4, 4, 8, 8, 8, 10],
  ],
  n50: [
    range(50, (i) => (i * 37 + 11) % 173),
    range(50, (i) => ((i * 37 + 11) % 173) + ((i * i * 29) % 101)),
  ],
  n2000: [
    range(2000, (i) => (i * 7919) % 10007),
    range(2000, (i) => ((i * 7919) % 10007) + ((i * i * 31) % 20011)),
  ],
  n170: [range(170, (i) => (i * 37 + 11) % 173), range(170, (i) => (i ** 3 + 5) % 173)],
  ties300: [range(300, (i) => i % 17), range(300, (i) => (i * i) % 23)],
  huge: [
    [-5e210, 5e210, 3e200, -3e200],
    [1, 2, 3, 5],
  ],
  three: [
    [1, 2, 3],
    [1, 3, 2],
  ],
  hollander: [
    [44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1],
    [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8],
  ],
};

// scipy 1.17.1, for each dataset and alternative: [statistic, pvalue] of stats.pearsonr(x, y, alternative=alt),
// stats.spearmanr(x, y, alternative=alt), stats.kendalltau(x, y, alternative=alt) (variant 'b', method
// 'auto'), the same with variant='c', and with method='asymptotic'.
const SCIPY: Record<string, Expected> = {
  small: {
    'two-sided': {
      pearson: [0.7745966692414835, 0.1240270626575546],
      spearman: [0.7378647873726218, 0.15461852312844926],
      kendallB: [0.6708203932499368, 0.11718508719813801],
      kendallC: [0.72, 0.11718508719813801],
      kendallAsymptotic: [0.6708203932499368, 0.11718508719813801],
    },
    less: {
      pearson: [0.7745966692414835, 0.9379864686712225],
      spearman: [0.7378647873726218, 0.9226907384357754],
      kendallB: [0.6708203932499368, 0.941407456400931],
      kendallC: [0.72, 0.941407456400931],
      kendallAsymptotic: [0.6708203932499368, 0.941407456400931],
    },
    greater: {
      pearson: [0.7745966692414835, 0.0620135313287773],
      spearman: [0.7378647873726218, 0.07730926156422463],
      kendallB: [0.6708203932499368, 0.05859254359906901],
      kendallC: [0.72, 0.05859254359906901],
      kendallAsymptotic: [0.6708203932499368, 0.05859254359906901],
    },
  },
  rExample: {
    'two-sided': {
      pearson: [0.6741998624632421, 0.32580013753675785],
      spearman: [0.632455532033676, 0.367544467966324],
      kendallB: [0.5477225575051662, 0.2785986718379625],
      kendallC: [0.5625, 0.2785986718379625],
      kendallAsymptotic: [0.5477225575051662, 0.2785986718379625],
    },
    less: {
      pearson: [0.6741998624632421, 0.8370999312316211],
      spearman: [0.632455532033676, 0.816227766016838],
      kendallB: [0.5477225575051662, 0.8607006640810188],
      kendallC: [0.5625, 0.8607006640810188],
      kendallAsymptotic: [0.5477225575051662, 0.8607006640810188],
    },
    greater: {
      pearson: [0.6741998624632421, 0.16290006876837893],
      spearman: [0.632455532033676, 0.183772233983162],
      kendallB: [0.5477225575051662, 0.13929933591898125],
      kendallC: [0.5625, 0.13929933591898125],
      kendallAsymptotic: [0.5477225575051662, 0.13929933591898125],
    },
  },
  kendall1970: {
    'two-sided': {
      pearson: [0.9144914537883412, 0.00021073729127772371],
      spearman: [0.917137868553807, 0.00018644496044000703],
      kendallB: [0.8589556903873334, 0.0016100378765916748],
      kendallC: [0.825, 0.0016100378765916748],
      kendallAsymptotic: [0.8589556903873334, 0.0016100378765916748],
    },
    less: {
      pearson: [0.9144914537883412, 0.9998946313543612],
      spearman: [0.917137868553807, 0.99990677751978],
      kendallB: [0.8589556903873334, 0.9991949810617041],
      kendallC: [0.825, 0.9991949810617041],
      kendallAsymptotic: [0.8589556903873334, 0.9991949810617041],
    },
    greater: {
      pearson: [0.9144914537883412, 0.00010536864563886186],
      spearman: [0.917137868553807, 9.322248022000352e-5],
      kendallB: [0.8589556903873334, 0.0008050189382958374],
      kendallC: [0.825, 0.0008050189382958374],
      kendallAsymptotic: [0.8589556903873334, 0.0008050189382958374],
    },
  },
  n50: {
    'two-sided': {
      pearson: [0.8689880998291232, 2.8267308118288904e-16],
      spearman: [0.875282143978715, 9.336447257963451e-17],
      kendallB: [0.6892895561829945, 1.7565295744610457e-12],
      kendallC: [0.6893866666666667, 1.7565295744610457e-12],
      kendallAsymptotic: [0.6892895561829945, 1.7565295744610457e-12],
    },
    less: {
      pearson: [0.8689880998291232, 0.9999999999999999],
      spearman: [0.875282143978715, 1.0],
      kendallB: [0.6892895561829945, 0.9999999999991217],
      kendallC: [0.6893866666666667, 0.9999999999991217],
      kendallAsymptotic: [0.6892895561829945, 0.9999999999991217],
    },
    greater: {
      pearson: [0.8689880998291232, 1.4133654059144452e-16],
      spearman: [0.875282143978715, 4.6682236289817254e-17],
      kendallB: [0.6892895561829945, 8.782647872305229e-13],
      kendallC: [0.6893866666666667, 8.782647872305229e-13],
      kendallAsymptotic: [0.6892895561829945, 8.782647872305229e-13],
    },
  },
  n2000: {
    'two-sided': {
      pearson: [0.41668434716476394, 7.767881962143783e-85],
      spearman: [0.3942375064321801, 2.328951052944915e-75],
      kendallB: [0.26836298171211126, 2.4972888898845596e-72],
      kendallC: [0.268362981799272, 2.4972888898845596e-72],
      kendallAsymptotic: [0.26836298171211126, 2.4972888898845596e-72],
    },
    less: {
      pearson: [0.41668434716476394, 1.0],
      spearman: [0.3942375064321801, 1.0],
      kendallB: [0.26836298171211126, 1.0],
      kendallC: [0.268362981799272, 1.0],
      kendallAsymptotic: [0.26836298171211126, 1.0],
    },
    greater: {
      pearson: [0.41668434716476394, 3.8839409810718917e-85],
      spearman: [0.3942375064321801, 1.1644755264724574e-75],
      kendallB: [0.26836298171211126, 1.2486444449422798e-72],
      kendallC: [0.268362981799272, 1.2486444449422798e-72],
      kendallAsymptotic: [0.26836298171211126, 1.2486444449422798e-72],
    },
  },
  n170: {
    'two-sided': {
      pearson: [-0.005360968815491011, 0.9446845439033852],
      spearman: [-0.004156056692374864, 0.9571034470150007],
      kendallB: [6.961364427427775e-5, 0.9989247763159557],
      kendallC: [6.961364427427775e-5, 0.9989247763159557],
      kendallAsymptotic: [6.961364427427775e-5, 0.9989247763159557],
    },
    less: {
      pearson: [-0.005360968815491011, 0.4723422719516931],
      spearman: [-0.004156056692374864, 0.47855172350750036],
      kendallB: [6.961364427427775e-5, 0.5005376118420222],
      kendallC: [6.961364427427775e-5, 0.5005376118420222],
      kendallAsymptotic: [6.961364427427775e-5, 0.5005376118420222],
    },
    greater: {
      pearson: [-0.005360968815491011, 0.5276577280483074],
      spearman: [-0.004156056692374864, 0.5214482764924997],
      kendallB: [6.961364427427775e-5, 0.49946238815797783],
      kendallC: [6.961364427427775e-5, 0.49946238815797783],
      kendallAsymptotic: [6.961364427427775e-5, 0.49946238815797783],
    },
  },
  ties300: {
    'two-sided': {
      pearson: [0.01713606117795729, 0.7675447953228519],
      spearman: [0.018097123814841968, 0.7549125546678562],
      kendallB: [0.012929974324699636, 0.7544621171468973],
      kendallC: [0.01309090909090909, 0.7544621171468973],
      kendallAsymptotic: [0.012929974324699636, 0.7544621171468973],
    },
    less: {
      pearson: [0.01713606117795729, 0.6162276023385739],
      spearman: [0.018097123814841968, 0.6225437226660719],
      kendallB: [0.012929974324699636, 0.6227689414265514],
      kendallC: [0.01309090909090909, 0.6227689414265514],
      kendallAsymptotic: [0.012929974324699636, 0.6227689414265514],
    },
    greater: {
      pearson: [0.01713606117795729, 0.38377239766142596],
      spearman: [0.018097123814841968, 0.3774562773339281],
      kendallB: [0.012929974324699636, 0.37723105857344863],
      kendallC: [0.01309090909090909, 0.37723105857344863],
      kendallAsymptotic: [0.012929974324699636, 0.37723105857344863],
    },
  },
  huge: {
    'two-sided': {
      pearson: [0.2390457218381932, 0.7609542781618068],
      spearman: [0.19999999999999998, 0.8],
      kendallB: [0.0, 1.0],
      kendallC: [0.0, 1.0],
      kendallAsymptotic: [0.0, 1.0],
    },
    less: {
      pearson: [0.2390457218381932, 0.6195228609190966],
      spearman: [0.19999999999999998, 0.6],
      kendallB: [0.0, 0.625],
      kendallC: [0.0, 0.625],
      kendallAsymptotic: [0.0, 0.5],
    },
    greater: {
      pearson: [0.2390457218381932, 0.3804771390809034],
      spearman: [0.19999999999999998, 0.4],
      kendallB: [0.0, 0.625],
      kendallC: [0.0, 0.625],
      kendallAsymptotic: [0.0, 0.5],
    },
  },
  three: {
    'two-sided': {
      pearson: [0.4999999999999999, 0.6666666666666666],
      spearman: [0.5, 0.6666666666666666],
      kendallB: [0.33333333333333337, 1.0],
      kendallC: [0.3333333333333333, 1.0],
      kendallAsymptotic: [0.33333333333333337, 0.6015081344405899],
    },
    less: {
      pearson: [0.4999999999999999, 0.6666666666666666],
      spearman: [0.5, 0.6666666666666667],
      kendallB: [0.33333333333333337, 0.8333333333333333],
      kendallC: [0.3333333333333333, 0.8333333333333333],
      kendallAsymptotic: [0.33333333333333337, 0.699245932779705],
    },
    greater: {
      pearson: [0.4999999999999999, 0.3333333333333333],
      spearman: [0.5, 0.3333333333333333],
      kendallB: [0.33333333333333337, 0.5],
      kendallC: [0.3333333333333333, 0.5],
      kendallAsymptotic: [0.33333333333333337, 0.30075406722029496],
    },
  },
  hollander: {
    'two-sided': {
      pearson: [0.5711815575638288, 0.10817305434949381],
      spearman: [0.6, 0.08762282904140249],
      kendallB: [0.4444444444444444, 0.11943893298059964],
      kendallC: [0.4444444444444444, 0.11943893298059964],
      kendallAsymptotic: [0.4444444444444444, 0.09529283802345664],
    },
    less: {
      pearson: [0.5711815575638288, 0.9459134728252531],
      spearman: [0.6, 0.9561885854792987],
      kendallB: [0.4444444444444444, 0.9624118165784833],
      kendallC: [0.4444444444444444, 0.9624118165784833],
      kendallAsymptotic: [0.4444444444444444, 0.9523535809882717],
    },
    greater: {
      pearson: [0.5711815575638288, 0.05408652717474691],
      spearman: [0.6, 0.043811414520701246],
      kendallB: [0.4444444444444444, 0.05971946649029982],
      kendallC: [0.4444444444444444, 0.05971946649029982],
      kendallAsymptotic: [0.4444444444444444, 0.04764641901172832],
    },
  },
};

function checkAgainstScipy(name: string, kind: keyof Expected[Alt], compute: (alt: Alt) => Pair): void {
  for (const alternative of ['two-sided', 'less', 'greater'] as const) {
    const [statistic, pValue] = compute(alternative);
    const [expectedStatistic, expectedP] = SCIPY[name]![alternative][kind];
    const label = `${name} ${kind} ${alternative}`;
    expectClose(statistic, expectedStatistic, 1e-12, `${label} statistic`);
    // 1e-9 absolute is the contract; relative 1e-9 also holds down to the 1e-85 p-values here.
    expectClose(pValue, expectedP, 1e-12, `${label} p`);
    if (expectedP > 0) expectRelativeClose(pValue, expectedP, 1e-9, `${label} p (relative)`);
  }
}

describe('pearson', () => {
  it('matches scipy.stats.pearsonr for every alternative, from n = 3 to n = 2000 and 1e210-sized values', () => {
    for (const [name, [x, y]] of Object.entries(DATA)) {
      checkAgainstScipy(name, 'pearson', (alternative) => {
        const { r, pValue } = pearson(x, y, { alternative });
        return [r, pValue];
      });
    }
  });

  it("reproduces SciPy's R cross-check (cor.test on [1, 2, 3, 4] vs [0, 1, 0.5, 1])", () => {
    // scipy/stats/tests/test_stats.py::TestPearsonr::test_basic_example (R 3.6.2, rtol 1e-6 there)
    for (const [alternative, p] of [
      ['two-sided', 0.325800137536],
      ['less', 0.8370999312316],
      ['greater', 0.1629000687684],
    ] as const) {
      const result = pearson([1, 2, 3, 4], [0, 1, 0.5, 1], { alternative });
      expectRelativeClose(result.r, 0.6741998624632421, 1e-12, 'r');
      expectRelativeClose(result.pValue, p, 1e-6, alternative);
    }
  });

  it('has SciPy’s edge cases: n = 2, constant input, NaN, perfect correlation', () => {
    expect(pearson([1, 2], [1, 3])).toEqual({ r: 1, pValue: 1 });
    expect(pearson([1, 2], [3, 1])).toEqual({ r: -1, pValue: 1 });
    const constant = pearson([1, 1, 1], [1, 2, 3]);
    expect(constant.r).toBeNaN();
    expect(constant.pValue).toBeNaN();
    expect(pearson([1, Number.NaN, 2], [1, 2, 3]).r).toBeNaN();
    // scipy: pearsonr(arange(10), -arange(10), alternative='greater').pvalue == 1, 'less' ≈ 0
    const x = range(10, (i) => i);
    expect(
      pearson(
        x,
        x.map((v) => -v),
        { alternative: 'greater' },
      ).pValue,
    ).toBe(1);
    expect(
      pearson(
        x,
        x.map((v) => -v),
        { alternative: 'less' },
      ).pValue,
    ).toBeLessThan(1e-20);
    expect(pearson(x, x).r).toBe(1);
    // Deliberate difference: scipy.stats.pearsonr([1, 0, 2], [1, 0, 2]) == (0.9999999999999998,
    // 6.707879276254073e-09) from rounding; at n = 3 p grows like √(1 − r), so the exact r = 1 matters.
    expect(pearson([1, 0, 2], [1, 0, 2])).toEqual({ r: 1, pValue: 0 });
  });

  it('rejects mismatched or too short inputs and unknown alternatives', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(
      'pearson: x and y must have the same length, got 3 and 2',
    );
    expect(() => pearson([1], [1])).toThrow('pearson: x and y need at least 2 values, got 1');
    expect(() => pearson([1, 2], [1, 2], { alternative: 'up' as Alt })).toThrow(
      "pearson: alternative must be 'two-sided', 'less' or 'greater', got up",
    );
  });
});

describe('spearman', () => {
  it('matches scipy.stats.spearmanr for every alternative, with ties and large n', () => {
    for (const [name, [x, y]] of Object.entries(DATA)) {
      checkAgainstScipy(name, 'spearman', (alternative) => {
        const { rho, pValue } = spearman(x, y, { alternative });
        return [rho, pValue];
      });
    }
  });

  it("reproduces SciPy's R cross-check and its tie handling", () => {
    // scipy/stats/tests/test_stats.py::TestCorrSpearmanr2::test_spearmanr_vs_r (R cor.test)
    const result = spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]);
    expectRelativeClose(result.rho, 0.82078268166812329, 1e-12, 'rho');
    expectRelativeClose(result.pValue, 0.088587005313543798, 1e-12, 'p');
    // ::test_tie1: Spearman is Pearson on the average ranks.
    const tied = spearman([1, 2, 3, 4], [1, 2, 2, 3]);
    const onRanks = pearson([1, 2, 3, 4], [1, 2.5, 2.5, 4]);
    expectClose(tied.rho, onRanks.r, 1e-15);
    expectClose(tied.pValue, 0.1, 0.05); // t-based, so not Pearson's beta p-value
  });

  it('has SciPy’s edge cases: empty, single, constant, NaN and n = 2', () => {
    for (const [x, y] of [
      [[], []],
      [[1], [2]],
      [
        [1, 1, 1],
        [1, 2, 3],
      ],
      [
        [1, 2, Number.NaN],
        [1, 2, 3],
      ],
    ] as Array<[number[], number[]]>) {
      const result = spearman(x, y);
      expect(result.rho).toBeNaN();
      expect(result.pValue).toBeNaN();
    }
    // scipy: spearmanr([1, 2], [2, 1]) == (-0.9999999999999999, nan): no degrees of freedom left.
    const two = spearman([1, 2], [2, 1]);
    expectClose(two.rho, -1, 1e-15);
    expect(two.pValue).toBeNaN();
    // scipy: spearmanr([1, 2, 3], [1, 2, 3]) == (1.0, 0.0)
    expect(spearman([1, 2, 3], [1, 2, 3])).toEqual({ rho: 1, pValue: 0 });
    expect(() => spearman([1, 2], [1])).toThrow('spearman: x and y must have the same length, got 2 and 1');
  });

  it('ranks ties by their average (scipy.stats.rankdata)', () => {
    expect(Array.from(averageRanks([10, 30, 20, 20]))).toEqual([1, 4, 2.5, 2.5]);
    expect(Array.from(averageRanks([3, 3, 3]))).toEqual([2, 2, 2]);
    expect(Array.from(averageRanks([-Infinity, 5, Infinity, 5]))).toEqual([1, 2.5, 4, 2.5]);
  });
});

describe('kendall', () => {
  it('matches scipy.stats.kendalltau (b and c, auto and asymptotic) for every alternative', () => {
    for (const [name, [x, y]] of Object.entries(DATA)) {
      checkAgainstScipy(name, 'kendallB', (alternative) => {
        const { tau, pValue } = kendall(x, y, { alternative });
        return [tau, pValue];
      });
      checkAgainstScipy(name, 'kendallC', (alternative) => {
        const { tau, pValue } = kendall(x, y, { alternative, variant: 'c' });
        return [tau, pValue];
      });
      checkAgainstScipy(name, 'kendallAsymptotic', (alternative) => {
        const { tau, pValue } = kendall(x, y, { alternative, method: 'asymptotic' });
        return [tau, pValue];
      });
    }
  });

  it('matches the exact null distribution in every branch of SciPy’s _kendall_p_exact', () => {
    // scipy 1.17.1: stats.kendalltau(x, y, method=m, alternative=alt) as [tau, two-sided, less, greater]
    const cases: Array<[string, number[], number[], 'auto' | 'exact', [number, number, number, number]]> = [
      // n = 170 < 171: Mahonian counts in unscaled doubles.
      [
        'n170',
        DATA.n170![0],
        DATA.n170![1],
        'exact',
        [6.961364427427775e-5, 0.9999999999999993, 0.5010735153218879, 0.49999999999999967],
      ],
      // n = 300 ≥ 171: the counts are scaled by 1/j at each step.
      [
        'n300',
        range(300, (i) => i),
        range(300, (i) => (i ** 3 + 5) % 311),
        'exact',
        [-0.025997770345596433, 0.5025813403855038, 0.2512906701927519, 0.7490760342320649],
      ],
      // One discordant pair at n = 40: 'auto' picks exact (c = 1 branch).
      [
        'n40',
        range(40, (i) => i),
        range(40, (i) => (i === 3 ? 4 : i === 4 ? 3 : i)),
        'auto',
        [0.9974358974358974, 9.804939513027087e-47, 1, 4.902469756513544e-47],
      ],
      // No discordant pair at n = 200: 2/200! underflows to 0 (c = 0 branch).
      ['n200', range(200, (i) => i), range(200, (i) => i), 'auto', [1, 0, 1, 0]],
      [
        'n12 reversed',
        range(12, (i) => i),
        range(12, (i) => 11 - i),
        'auto',
        [-0.9999999999999998, 4.17535139757362e-9, 2.08767569878681e-9, 1],
      ],
    ];
    for (const [name, x, y, method, [tau, twoSided, less, greater]] of cases) {
      for (const [alternative, p] of [
        ['two-sided', twoSided],
        ['less', less],
        ['greater', greater],
      ] as const) {
        const result = kendall(x, y, { method, alternative });
        expectClose(result.tau, tau, 1e-15, `${name} tau`);
        expectClose(result.pValue, p, 1e-12, `${name} ${alternative}`);
        if (p > 0) expectRelativeClose(result.pValue, p, 1e-9, `${name} ${alternative} (relative)`);
      }
    }
  });

  it("reproduces SciPy's R cross-checks (cor.test, method = 'kendall')", () => {
    // scipy/stats/tests/test_stats.py::test_kendalltau and ::TestKendallTauAlternative
    const r: Array<[number[], number[], number, number]> = [
      [[5, 2, 1, 3, 6, 4, 7, 8], [5, 2, 6, 3, 1, 8, 7, 4], 0, 1],
      [[5, 2, 1, 3, 6, 4, 7], [5, 2, 6, 3, 1, 7, 4], -0.14285714286, 0.77261904762],
      [[2, 1, 3, 6, 4, 7, 8], [2, 6, 3, 1, 8, 7, 4], 0.047619047619, 1],
      [range(10, (i) => i), range(10, (i) => i), 1, 5.511463844797e-7],
      [range(10, (i) => i), [0, 2, 1, 3, 4, 6, 5, 7, 8, 9], 0.9111111111111111, 2.97619047619e-5],
      [[12, 2, 1, 12, 2], [1, 4, 7, 1, 0], -0.47140452079103173, 0.28274545993277478],
    ];
    for (const [x, y, tau, p] of r) {
      const result = kendall(x, y);
      expectClose(result.tau, tau, 1e-10, `tau of ${x}`);
      expectClose(result.pValue, p, 1e-10, `p of ${x}`);
    }
    // Kendall (1970): the variants differ with ties.
    const [x, y] = DATA.kendall1970!;
    expectClose(kendall(x, y).tau, 0.85895569, 1e-8);
    expectClose(kendall(x, y, { variant: 'c' }).tau, 0.825, 1e-15);
    expectClose(kendall([1, 1, 2], [1, 1, 2], { variant: 'c' }).tau, 0.8888888888888888, 1e-15);
    // n = 2 and n = 3 through every alternative (R: p_n2 = [1, 1, 0.5], p_c0 = [1, 1/3, 1/6]).
    expect(kendall([1, 2], [3, 4], { alternative: 'greater' }).pValue).toBe(0.5);
    expect(kendall([1, 2], [3, 4], { alternative: 'less' }).pValue).toBe(1);
    expectClose(kendall([1, 2, 3], [1, 2, 3]).pValue, 1 / 3, 1e-12);
    expectClose(kendall([1, 2, 3], [1, 2, 3], { alternative: 'greater' }).pValue, 1 / 6, 1e-12);
    expectClose(kendall([1, 2, 3, 4], [1, 2, 4, 3], { alternative: 'less' }).pValue, 0.9583333333333, 1e-12);
  });

  it('has SciPy’s edge cases and errors', () => {
    for (const [x, y] of [
      [[], []],
      [[1], [2]],
      [
        [2, 2, 2],
        [2, 0, 2],
      ],
      [
        [1, 2, Number.NaN],
        [1, 2, 3],
      ],
    ] as Array<[number[], number[]]>) {
      const result = kendall(x, y);
      expect(result.tau).toBeNaN();
      expect(result.pValue).toBeNaN();
    }
    expect(() => kendall([1, 2, 2], [1, 2, 3], { method: 'exact' })).toThrow(
      'kendall: ties found, the exact method cannot be used',
    );
    expect(() => kendall([1, 2], [1, 2], { method: 'banana' as 'exact' })).toThrow(
      "kendall: method must be 'auto', 'exact' or 'asymptotic', got banana",
    );
    expect(() => kendall([1, 2], [1, 2], { variant: 'rms' as 'b' })).toThrow(
      "kendall: variant must be 'b' or 'c', got rms",
    );
    expect(() => kendall([1, 2], [1])).toThrow('kendall: x and y must have the same length, got 2 and 1');
  });

  it('counts discordant pairs in O(n log n): 200,000 pairs in well under a second', () => {
    const n = 200_000;
    const x = range(n, (i) => (i * 7919) % 1_000_003);
    const y = range(n, (i) => ((i * 7919) % 1_000_003) + ((i * 31) % 1000));
    const started = performance.now();
    const { tau } = kendall(x, y);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(tau).toBeGreaterThan(0.99);
  });
});
