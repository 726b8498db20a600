import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScorerConfigSchema, UsageError } from '../core/index.js';
import { corpusBleu } from '../metrics/index.js';
import { buildScorer, score } from '../scorers/test-helpers/index.js';
import { mcnemar, pairedBootstrap } from '../stats/index.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { compareRuns, resolveCompareSettings } from './compare-runs.js';
import { passFail, type ResultSpec, writeRun } from './test-helpers/runs.js';

let store: Store;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

describe('compareRuns: pairing', () => {
  it('pairs by case, target, prompt and repeat, and counts what only one run has', async () => {
    const base = await writeRun(store, {
      id: 'base',
      results: [
        { caseId: 'c1', status: 'pass' },
        { caseId: 'c2', status: 'pass' },
        { caseId: 'c3', status: 'fail' },
        { caseId: 'c4', status: 'pass' },
      ],
    });
    const candidate = await writeRun(store, {
      id: 'cand',
      results: [
        { caseId: 'c2', status: 'fail' },
        { caseId: 'c3', status: 'pass' },
        { caseId: 'c4', status: 'error' },
        { caseId: 'c5', status: 'pass' },
        { caseId: 'c1', targetId: 'other', status: 'pass' },
        { caseId: 'c4', repeat: 1, status: 'pass' },
      ],
    });
    const comparison = await compareRuns(store, base, candidate);
    expect(comparison.paired).toBe(3);
    expect(comparison.unpaired).toEqual({
      base: 1,
      candidate: 3,
      targets: [
        { target: 'model', prompt: 'default', base: 1, candidate: 2 },
        { target: 'other', prompt: 'default', base: 0, candidate: 1 },
      ],
    });
    expect(comparison.flips).toEqual({
      regressed: ['c2', 'c4'],
      fixed: ['c3'],
      stillFailing: [],
      cases: [
        {
          caseId: 'c2',
          target: 'model',
          prompt: 'default',
          change: 'regressed',
          basePassed: 1,
          candidatePassed: 0,
          samples: 1,
        },
        {
          caseId: 'c4',
          target: 'model',
          prompt: 'default',
          change: 'regressed',
          basePassed: 1,
          candidatePassed: 0,
          samples: 1,
        },
        {
          caseId: 'c3',
          target: 'model',
          prompt: 'default',
          change: 'fixed',
          basePassed: 0,
          candidatePassed: 1,
          samples: 1,
        },
      ],
    });
    // An error counts as a failure of the pass rate, as in the run summary.
    expect(comparison.metrics).toEqual([
      {
        target: 'model',
        prompt: 'default',
        scorer: 'passRate',
        kind: 'passRate',
        weight: 1,
        n: 3,
        samples: 3,
        base: 2 / 3,
        candidate: 1 / 3,
        delta: 1 / 3 - 2 / 3,
        ciLow: expect.any(Number),
        ciHigh: expect.any(Number),
        resamples: 10_000,
        pValue: 1, // McNemar: 2 regressed, 1 fixed
        test: 'mcnemar-exact',
        significant: false,
      },
    ]);
    expect(comparison.baseRun).toEqual({
      id: 'base',
      suitePath: '/work/suites/groundtruth.yaml',
      status: 'completed',
      createdAt: '2026-01-01T00:00:00.000Z',
      datasetHash: 'dataset-hash',
    });
  });

  it('gives the pass rate of 200 cases with 40 more failures: McNemar exact, paired bootstrap interval', async () => {
    const base = await writeRun(store, { id: 'base', results: passFail(200, (i) => i <= 20) });
    const candidate = await writeRun(store, { id: 'cand', results: passFail(200, (i) => i <= 60) });
    const [passRate] = (await compareRuns(store, base, candidate)).metrics;
    const baseValues = Float64Array.from({ length: 200 }, (_, i) => (i + 1 <= 20 ? 0 : 1));
    const candidateValues = Float64Array.from({ length: 200 }, (_, i) => (i + 1 <= 60 ? 0 : 1));
    expect(passRate!.base).toBe(0.9);
    expect(passRate!.candidate).toBe(0.7);
    expect(passRate!.delta).toBeCloseTo(-0.2, 15);
    expect(passRate!.pValue).toBe(
      mcnemar([
        [0, 0],
        [40, 0],
      ]).pValue,
    );
    expect(passRate!.pValue).toBeLessThan(1e-11);
    expect(passRate!.significant).toBe(true);
    // 200 cases with 2 distinct differences: the counted bootstrap, close to the case-by-case one.
    const direct = pairedBootstrap(candidateValues, baseValues, { resamples: 10_000 });
    expect(Math.abs(passRate!.ciLow! - direct.low)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(passRate!.ciHigh! - direct.high)).toBeLessThanOrEqual(0.01);
    expect(passRate!.ciHigh).toBeLessThan(-0.14);
  });

  it('averages a case’s repeats into one unit, and lists it by its passing samples', async () => {
    const repeats = (caseId: string, outcomes: string): ResultSpec[] =>
      [...outcomes].map((o, repeat) => ({ caseId, repeat, status: o === 'p' ? 'pass' : 'fail' }));
    const base = await writeRun(store, {
      id: 'base',
      results: [...repeats('flaky', 'ppp'), ...repeats('steady', 'pp'), ...repeats('broken', 'f')],
    });
    const candidate = await writeRun(store, {
      id: 'cand',
      results: [...repeats('flaky', 'pfp'), ...repeats('steady', 'pp'), ...repeats('broken', 'f')],
    });
    const comparison = await compareRuns(store, base, candidate);
    expect(comparison.flips.cases).toEqual([
      {
        caseId: 'flaky',
        target: 'model',
        prompt: 'default',
        change: 'regressed',
        basePassed: 3,
        candidatePassed: 2,
        samples: 3,
      },
      {
        caseId: 'broken',
        target: 'model',
        prompt: 'default',
        change: 'stillFailing',
        basePassed: 0,
        candidatePassed: 0,
        samples: 1,
      },
    ]);
    const [passRate] = comparison.metrics;
    expect(passRate).toMatchObject({ n: 3, samples: 6, base: 2 / 3, test: 'mcnemar-exact' });
    expect(passRate!.candidate).toBeCloseTo((2 / 3 + 1 + 0) / 3, 15);
  });

  it('compares scorers both runs have, over the units where both have a value', async () => {
    const scored = (
      caseId: string,
      status: 'pass' | 'fail' | 'error',
      values: Record<string, number>,
    ): ResultSpec => ({
      caseId,
      status,
      scores: Object.entries(values).map(([name, value]) => ({
        name,
        value,
        weight: name === 'fast' ? 0 : 1,
      })),
    });
    const base = await writeRun(store, {
      id: 'base',
      results: [
        scored('a', 'pass', { sim: 0.9, fast: 1 }),
        scored('b', 'pass', { sim: 0.8, fast: 1 }),
        scored('c', 'fail', { sim: 0.4, fast: 1 }),
        scored('d', 'pass', { sim: 0.7, fast: 1 }),
      ],
    });
    const candidate = await writeRun(store, {
      id: 'cand',
      results: [
        scored('a', 'pass', { sim: 0.85, fast: 0, extra: 1 }),
        scored('b', 'pass', { sim: 0.6, fast: 1, extra: 1 }),
        scored('c', 'error', {}),
        scored('d', 'pass', { sim: 0.75, fast: 1, extra: 0 }),
      ],
    });
    const comparison = await compareRuns(store, base, candidate);
    expect(comparison.metrics.map((m) => [m.scorer, m.kind, m.weight, m.n])).toEqual([
      ['passRate', 'passRate', 1, 4],
      ['sim', 'mean', 1, 3],
      ['fast', 'mean', 0, 3], // the error result of c has no scores
    ]);
    const sim = comparison.metrics[1]!;
    expect(sim.base).toBeCloseTo(0.8, 15);
    expect(sim.candidate).toBeCloseTo(0.7333333333333334, 15);
    expect(sim.test).toBe('permutation-exact');
    // Differences −0.05, −0.2, +0.05: 3 of the 8 sign patterns sum to −0.2 or less; two-sided 2 · 3/8.
    expect(sim.pValue).toBe(0.75);
  });

  it('per slice, with the candidate’s slices, marking slices with few cases', async () => {
    const slices = { c1: ['billing', 'source:production'], c2: ['billing'], c3: ['account'] };
    const base = await writeRun(store, { id: 'base', slices, results: passFail(3, () => false) });
    const candidate = await writeRun(store, {
      id: 'cand',
      slices: { ...slices, c3: ['account', 'adversarial'] },
      results: passFail(3, (i) => i === 1),
    });
    const comparison = await compareRuns(store, base, candidate);
    expect(comparison.slices.map((s) => [s.slice, s.n, s.base, s.candidate, s.insufficient])).toEqual([
      ['account', 1, 1, 1, true],
      ['adversarial', 1, 1, 1, true],
      ['billing', 2, 1, 0.5, true],
      ['source:production', 1, 1, 0, true],
    ]);
  });

  it('leaves excluded cases (quarantine) out of every figure and counts their results', async () => {
    const base = await writeRun(store, { id: 'base', results: passFail(4, () => false) });
    const candidate = await writeRun(store, { id: 'cand', results: passFail(4, (i) => i === 2) });
    const comparison = await compareRuns(store, base, candidate, { excludeCases: ['c2'] });
    expect(comparison.excluded).toBe(2);
    expect(comparison.flips.regressed).toEqual([]);
    expect(comparison.metrics[0]).toMatchObject({ n: 3, base: 1, candidate: 1, delta: 0, pValue: 1 });
  });

  it('BLEU: the corpus figure of each run and a paired bootstrap recomputing it', async () => {
    const config = { ...ScorerConfigSchema.parse({ type: 'bleu', name: 'bleu' }), name: 'bleu' };
    const bleu = await buildScorer(config);
    const references = [
      'the cat is on the mat',
      'it rains in paris today',
      'a quick brown fox jumps',
      'we ship on friday',
    ];
    const baseHyps = [
      'the cat sat on a mat',
      'rain in paris',
      'the quick brown fox jumped',
      'we ship friday',
    ];
    const candidateHyps = [
      'the cat is on the mat',
      'it rains in paris',
      'a quick fox jumps',
      'we ship on friday',
    ];
    const results = async (hyps: string[]) =>
      Promise.all(
        hyps.map(async (output, i): Promise<ResultSpec> => {
          const outcome = await score(bleu, { output, expected: references[i] });
          return { caseId: `s${i}`, status: 'pass', scores: [{ name: 'bleu', type: 'bleu', ...outcome }] };
        }),
      );
    const runConfig = { prompts: [], scorers: [config] };
    const base = await writeRun(store, { id: 'base', config: runConfig, results: await results(baseHyps) });
    const candidate = await writeRun(store, {
      id: 'cand',
      config: runConfig,
      results: await results(candidateHyps),
    });
    const comparison = await compareRuns(store, base, candidate);
    const row = comparison.metrics.find((m) => m.scorer === 'bleu')!;
    const refs = references.map((r) => [r]);
    expect(row.kind).toBe('corpus');
    expect(row.base).toBeCloseTo(corpusBleu(baseHyps, refs).score / 100, 12);
    expect(row.candidate).toBeCloseTo(corpusBleu(candidateHyps, refs).score / 100, 12);
    expect(row.test).toBe('paired-bootstrap');
    expect(row.ciLow).toBeLessThanOrEqual(row.delta!);
    expect(row.ciHigh).toBeGreaterThanOrEqual(row.delta!);
  });
});

describe('compareRuns: settings', () => {
  it('is reproducible, and its seed changes the resampled figures only', async () => {
    const base = await writeRun(store, {
      id: 'base',
      results: Array.from({ length: 30 }, (_, i) => ({
        caseId: `c${i}`,
        status: 'pass' as const,
        scores: [{ name: 's', value: (i % 5) / 5 }],
      })),
    });
    const candidate = await writeRun(store, {
      id: 'cand',
      results: Array.from({ length: 30 }, (_, i) => ({
        caseId: `c${i}`,
        status: 'pass' as const,
        scores: [{ name: 's', value: (i % 7) / 7 }],
      })),
    });
    const first = await compareRuns(store, base, candidate);
    expect(await compareRuns(store, base, candidate)).toEqual(first);
    const reseeded = await compareRuns(store, base, candidate, { seed: 9 });
    expect(reseeded.metrics[1]!.delta).toBe(first.metrics[1]!.delta);
    expect(reseeded.metrics[1]!.ciLow).not.toBe(first.metrics[1]!.ciLow);
    expect(reseeded.settings).toEqual({ ...first.settings, seed: 9 });
  });

  it('holm: adjusted p-values decide significance', async () => {
    const base = await writeRun(store, { id: 'base', results: passFail(40, () => false) });
    const candidate = await writeRun(store, { id: 'cand', results: passFail(40, (i) => i <= 6) });
    const plain = await compareRuns(store, base, candidate);
    const adjusted = await compareRuns(store, base, candidate, { holm: true });
    expect(plain.metrics[0]!.pValue).toBeCloseTo(0.03125, 15); // 2 · ½^6
    expect(plain.metrics[0]!.significant).toBe(true);
    expect(plain.metrics[0]!.pValueHolm).toBeUndefined();
    // One overall metric: Holm changes nothing there; the slices family is empty.
    expect(adjusted.metrics[0]!.pValueHolm).toBe(plain.metrics[0]!.pValue);
  });

  it('refuses to compare a run with itself, and bad settings, naming them', async () => {
    const run = await writeRun(store, { id: 'only', results: passFail(2, () => false) });
    await expect(compareRuns(store, run, run)).rejects.toThrow(
      new UsageError('run only cannot be compared with itself'),
    );
    expect(() => resolveCompareSettings({ alpha: 1.5 })).toThrow(
      'alpha must be between 0 and 1 (exclusive), got 1.5',
    );
    expect(() => resolveCompareSettings({ resamples: 10 })).toThrow(
      'resamples must be an integer >= 100, got 10',
    );
    expect(() => resolveCompareSettings({ seed: 0.5 })).toThrow('seed must be an integer, got 0.5');
    expect(resolveCompareSettings()).toEqual({
      alpha: 0.05,
      confidence: 0.95,
      seed: 0,
      resamples: 10_000,
      corpusResamples: 1_000,
      holm: false,
    });
  });
});
