import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../stats/index.js';
import type { StoredResult } from '../store/types.js';
import { summarize, unitHistogram } from './summary.js';
import { fromArray, makeResult, makeScore } from './test-helpers/fixtures.js';

// Three targets × prompts, errors with and without scores, a weight-0 scorer, duplicate and
// upper-case tags. Listed in arrival order: a/p1, b/p1, a/p2 and c/p1 are first seen in that order.
const results: StoredResult[] = [
  makeResult({
    caseId: 'c1',
    targetId: 'a',
    promptId: 'p1',
    status: 'pass',
    latencyMs: 100,
    scores: [makeScore('accuracy', 1, true), makeScore('style', 0.5, false, 0)],
    tokenUsage: { prompt: 10, completion: 5, total: 15 },
    cost: 0.001,
    tags: ['math', 'easy'],
  }),
  makeResult({
    caseId: 'c1',
    targetId: 'b',
    promptId: 'p1',
    status: 'fail',
    latencyMs: 50,
    scores: [makeScore('accuracy', 0, false)],
    tags: ['math', 'easy'],
  }),
  makeResult({
    caseId: 'c2',
    targetId: 'a',
    promptId: 'p1',
    status: 'fail',
    latencyMs: 300,
    scores: [makeScore('accuracy', 0, false), makeScore('style', 1, true, 0)],
    tokenUsage: { prompt: 20 },
    tags: ['math'],
  }),
  makeResult({ caseId: 'c1', targetId: 'a', promptId: 'p2', status: 'pass', latencyMs: 10, tags: ['easy'] }),
  makeResult({
    caseId: 'c3',
    targetId: 'a',
    promptId: 'p1',
    status: 'error',
    error: 'timeout after 5000 ms',
    latencyMs: 5000,
    tokenUsage: { prompt: 7, completion: 0, total: 7 },
    tags: ['hard'],
  }),
  makeResult({
    caseId: 'c2',
    targetId: 'b',
    promptId: 'p1',
    status: 'error',
    error: 'scorer judge crashed',
    latencyMs: 70,
    scores: [makeScore('accuracy', 1, true)],
    tags: ['math'],
  }),
  makeResult({
    caseId: 'c4',
    targetId: 'a',
    promptId: 'p1',
    status: 'pass',
    latencyMs: 200,
    cached: true,
    cost: 0.002,
    scores: [makeScore('accuracy', 1, true), makeScore('style', 1, true, 0)],
    tags: ['Zeta'],
  }),
  makeResult({
    caseId: 'c9',
    targetId: 'c',
    promptId: 'p1',
    status: 'error',
    error: 'HTTP 500',
    latencyMs: 30000,
    tags: ['math'],
  }),
  makeResult({
    caseId: 'c5',
    targetId: 'a',
    promptId: 'p1',
    status: 'pass',
    latencyMs: 1000,
    scores: [makeScore('accuracy', 1, true), makeScore('style', 0, false, 0)],
    tags: ['math', 'math'],
  }),
];

describe('summarize', () => {
  it('counts the run as a whole, errors counting against the pass rate', async () => {
    const summary = await summarize(fromArray(results), { durationMs: 1234 });
    expect(summary.total).toBe(9);
    expect(summary.passed).toBe(4);
    expect(summary.failed).toBe(2);
    expect(summary.errors).toBe(3);
    expect(summary.passRate).toBe(4 / 9);
    expect(summary.errorRate).toBe(3 / 9);
    expect(summary.durationMs).toBe(1234);
    // accuracy: a/p1 1,0,1,1 and b/p1 0 plus the error result that still has a score (1).
    expect(summary.scorers).toEqual([
      { name: 'accuracy', mean: 4 / 6, passRate: 4 / 6, count: 6 },
      { name: 'style', mean: 2.5 / 4, passRate: 0.5, count: 4 },
    ]);
  });

  it('summarises each target × prompt in first-seen order', async () => {
    const summary = await summarize(fromArray(results), { durationMs: 0 });
    expect(summary.targets.map((t) => `${t.targetId}/${t.promptId}`)).toEqual([
      'a/p1',
      'b/p1',
      'a/p2',
      'c/p1',
    ]);
    const [a1, b1, a2, c1] = summary.targets;
    // numpy.percentile([100, 300, 200, 1000], [50, 95]) == [250., 895.]; numpy.mean == 400.0
    expect(a1).toMatchObject({
      targetId: 'a',
      promptId: 'p1',
      total: 5,
      passed: 3,
      failed: 1,
      errors: 1,
      passRate: 0.6,
      errorRate: 0.2,
      scorers: [
        { name: 'accuracy', mean: 0.75, passRate: 0.75, count: 4 },
        { name: 'style', mean: 0.625, passRate: 0.5, count: 4 },
      ],
      latency: { p50: 250, p95: expect.closeTo(895, 9), mean: 400 },
      tokens: { prompt: 37, completion: 5, total: 22 },
      cost: 0.003,
      cached: 1,
    });
    expect(b1).toMatchObject({
      total: 2,
      passed: 0,
      failed: 1,
      errors: 1,
      passRate: 0,
      errorRate: 0.5,
      scorers: [{ name: 'accuracy', mean: 0.5, passRate: 0.5, count: 2 }],
      latency: { p50: 50, p95: 50, mean: 50 },
      tokens: { prompt: 0, completion: 0, total: 0 },
      cost: 0,
      cached: 0,
    });
    expect(a2).toMatchObject({
      total: 1,
      passed: 1,
      passRate: 1,
      scorers: [],
      latency: { p50: 10, p95: 10, mean: 10 },
    });
    // Only errors: no latency sample, so zeros rather than NaN.
    expect(c1).toMatchObject({
      total: 1,
      errors: 1,
      passRate: 0,
      errorRate: 1,
      latency: { p50: 0, p95: 0, mean: 0 },
    });
  });

  it('sorts slices by tag (code-unit order) then target order, counting a repeated tag once', async () => {
    const summary = await summarize(fromArray(results), { durationMs: 0 });
    expect(
      summary.slices.map((s) => [
        s.tag,
        `${s.targetId}/${s.promptId}`,
        s.total,
        s.passed,
        s.failed,
        s.errors,
      ]),
    ).toEqual([
      ['Zeta', 'a/p1', 1, 1, 0, 0],
      ['easy', 'a/p1', 1, 1, 0, 0],
      ['easy', 'b/p1', 1, 0, 1, 0],
      ['easy', 'a/p2', 1, 1, 0, 0],
      ['hard', 'a/p1', 1, 0, 0, 1],
      ['math', 'a/p1', 3, 2, 1, 0],
      ['math', 'b/p1', 2, 0, 1, 1],
      ['math', 'c/p1', 1, 0, 0, 1],
    ]);
    const mathA = summary.slices.find((s) => s.tag === 'math' && s.targetId === 'a')!;
    expect(mathA.passRate).toBe(2 / 3);
    expect(mathA.scorers).toMatchObject([
      { name: 'accuracy', mean: 2 / 3, passRate: 2 / 3, count: 3 },
      { name: 'style', mean: 0.5, passRate: 1 / 3, count: 3 },
    ]);
  });

  it('matches NumPy percentiles on a larger sample and ignores non-finite figures', async () => {
    // numpy.percentile(xs, [50, 95]) == [41., 1190.]; numpy.mean(xs) == 265.70454545454544
    const latencies = [12.5, 7, 880, 41, 41, 3.25, 19, 260, 95, 1500, 64];
    const sample = latencies.map((latencyMs, i) =>
      makeResult({
        caseId: `c${i}`,
        targetId: 't',
        status: 'pass',
        latencyMs,
        cost: i === 0 ? Number.NaN : 0.5,
      }),
    );
    sample.push(
      makeResult({ caseId: 'inf', targetId: 't', status: 'fail', latencyMs: Number.POSITIVE_INFINITY }),
    );
    const summary = await summarize(fromArray(sample), { durationMs: 0 });
    const target = summary.targets[0]!;
    expect(target.latency.p50).toBe(41);
    expect(target.latency.p95).toBeCloseTo(1190, 9);
    expect(target.latency.mean).toBeCloseTo(265.70454545454544, 9);
    expect(target.cost).toBe(5);
  });

  it('keeps growing the latency buffer past its initial size', async () => {
    async function* many(): AsyncGenerator<StoredResult> {
      for (let i = 1; i <= 1001; i++)
        yield makeResult({ caseId: `c${i}`, targetId: 't', status: 'pass', latencyMs: i });
    }
    const summary = await summarize(many(), { durationMs: 0 });
    // numpy.percentile(range(1, 1002), [50, 95]) == [501., 951.]
    expect(summary.targets[0]!.latency).toEqual({ p50: 501, p95: 951, mean: 501 });
  });

  it('returns zeros, not NaN, for an empty run', async () => {
    const summary = await summarize(fromArray([]), { durationMs: 5 });
    expect(summary).toEqual({
      total: 0,
      passed: 0,
      failed: 0,
      errors: 0,
      passRate: 0,
      errorRate: 0,
      scorers: [],
      durationMs: 5,
      targets: [],
      slices: [],
    });
  });

  it('gives 95% intervals (Wilson for 0/1 values, bootstrap for graded ones), case counts and thin slices', async () => {
    const results = Array.from({ length: 24 }, (_, i) =>
      makeResult({
        caseId: `c${i}`,
        targetId: 'a',
        status: i % 4 === 0 ? 'fail' : 'pass',
        tags: i < 20 ? ['big'] : ['small'],
        scores: [
          makeScore('exact', i % 4 === 0 ? 0 : 1, i % 4 !== 0),
          makeScore('graded', (i % 5) / 4, true),
        ],
      }),
    );
    const summary = await summarize(fromArray(results), { durationMs: 1 });
    const [target] = summary.targets;
    // scipy.stats.binomtest(18, 24).proportion_ci(method='wilson') == (0.5508..., 0.8796...)
    const wilson = wilsonInterval(18, 24);
    expect(target!.passRateCi).toEqual({ ...wilson, method: 'wilson' });
    expect(target!.cases).toBe(24);
    expect(target!.scorers[0]!.ci).toEqual({ ...wilson, method: 'wilson' });
    const graded = target!.scorers[1]!;
    expect(graded.ci!.method).toBe('bootstrap');
    expect(graded.ci!.low).toBeLessThan(graded.mean);
    expect(graded.ci!.high).toBeGreaterThan(graded.mean);
    // Seeded: the same data gives the same interval.
    const again = await summarize(fromArray(results), { durationMs: 1 });
    expect(again.targets[0]!.scorers[1]!.ci).toEqual(graded.ci);
    const big = summary.slices.find((s) => s.tag === 'big')!;
    const small = summary.slices.find((s) => s.tag === 'small')!;
    expect([big.cases, big.insufficient]).toEqual([20, false]);
    expect([small.cases, small.insufficient]).toEqual([4, true]);
  });

  it("bins each target's scores into tenths of 0..1 for the charts, every value counted once", async () => {
    // k/10 for k = 0..10, then edge cases: 0.3 / 0.1 < 3 in floating point, but 0.3 belongs in bin 3.
    const values = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 0.29999, 0.05, 0.999];
    const results = values.map((value, i) =>
      makeResult({
        caseId: `c${i}`,
        targetId: i % 2 === 0 ? 'a' : 'b',
        status: 'pass',
        tags: ['t'],
        scores: [makeScore('graded', value, true)],
      }),
    );
    const summary = await summarize(fromArray(results), { durationMs: 1 });
    const histograms = summary.targets.map((t) => t.scorers[0]!.histogram!);
    // a: 0, 0.2, 0.4, 0.6, 0.8, 1, 0.05 · b: 0.1, 0.3, 0.5, 0.7, 0.9, 0.29999, 0.999
    expect(histograms[0]).toEqual([2, 0, 1, 0, 1, 0, 1, 0, 1, 1]);
    expect(histograms[1]).toEqual([0, 1, 1, 1, 0, 1, 0, 1, 0, 2]);
    expect(histograms.flat().reduce((x, y) => x + y, 0)).toBe(values.length);
    // Slices and the run as a whole carry no histogram: the summary stays small.
    expect(summary.slices.every((slice) => slice.scorers.every((sc) => sc.histogram === undefined))).toBe(
      true,
    );
    expect(summary.scorers.every((sc) => sc.histogram === undefined)).toBe(true);
  });

  it("adds up what the judges spent per target, apart from the target's own cost", async () => {
    const judged = (caseId: string, targetId: string, cost: number) =>
      makeResult({
        caseId,
        targetId,
        status: 'pass',
        cost: 0.01,
        scores: [
          {
            ...makeScore('judge', 1, true),
            usage: { calls: 2, tokens: { prompt: 100, completion: 10, total: 110 }, cost },
          },
          makeScore('exact', 1, true),
        ],
      });
    const summary = await summarize(
      fromArray([
        judged('c1', 'a', 0.001),
        judged('c2', 'a', 0.002),
        makeResult({ caseId: 'c1', targetId: 'b', status: 'pass' }),
      ]),
      { durationMs: 1 },
    );
    const [a, b] = summary.targets;
    expect(a!.cost).toBeCloseTo(0.02, 12);
    expect(a!.scoring).toEqual({
      calls: 4,
      tokens: { prompt: 200, completion: 20, total: 220 },
      cost: 0.001 + 0.002,
    });
    expect(b!.scoring).toBeUndefined();
  });

  it('puts out-of-range values in the end bins', () => {
    expect(unitHistogram([-0.5, 1.5, 0.95])).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(unitHistogram([])).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('reports pass@k, pass^k, consistency and flaky cases when cases have several samples', async () => {
    // Four cases × 3 samples: always passes, always fails, passes twice, passes once.
    const passes: Record<string, number> = { always: 3, never: 0, twice: 2, once: 1 };
    const results = Object.entries(passes).flatMap(([caseId, c]) =>
      [0, 1, 2].map((repeat) =>
        makeResult({ caseId, targetId: 'a', repeat, status: repeat < c ? 'pass' : 'fail' }),
      ),
    );
    const summary = await summarize(fromArray(results), { durationMs: 1 });
    const repeats = summary.targets[0]!.repeats!;
    expect(repeats).toMatchObject({ k: 3, cases: 4, flakyCount: 2, flakyRate: 0.5 });
    expect(new Set(repeats.flaky)).toEqual(new Set(['twice', 'once']));
    expect(repeats.passAt1).toBeCloseTo((1 + 0 + 2 / 3 + 1 / 3) / 4, 12);
    expect(repeats.passAtK).toBeCloseTo(3 / 4, 12);
    expect(repeats.passHatK).toBeCloseTo(1 / 4, 12);
    expect(repeats.consistency).toBeCloseTo((1 + 1 + 2 / 3 + 2 / 3) / 4, 12);
    const single = await summarize(fromArray(results.filter((r) => r.repeat === 0)), { durationMs: 1 });
    expect(single.targets[0]!.repeats).toBeUndefined();
  });
});
