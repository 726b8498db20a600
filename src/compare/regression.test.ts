// The required test: the regression gate passes when a candidate is only noisily worse and
// fails when it is really worse, on runs the engine really made and stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../core/index.js';
import { runEval } from '../eval/run-eval.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { loadSuite } from '../suite/index.js';
import { compareRuns } from './compare-runs.js';
import { regressionOutcomes } from './regression.js';
import { range, writeRegressionSuite } from './test-helpers/regression-suite.js';

let dir: string;
let store: Store;
let base: Run;

async function evaluate(failing: number[]): Promise<Run> {
  writeRegressionSuite(dir, failing);
  const { run } = await runEval({ suite: await loadSuite(dir), store });
  return run;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gt-regression-'));
  store = await openStore(join(dir, 'store.db'));
  base = await evaluate(range(1, 20)); // 180 of 200 pass
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const gate = { maxDrop: 0.02, alpha: 0.05 };

describe('regressionOutcomes', () => {
  it('passes when the candidate is only noisily worse: 3 more failures out of 200', async () => {
    const candidate = await evaluate(range(1, 23));
    const outcomes = regressionOutcomes(await compareRuns(store, base, candidate), gate);
    // The weight-0 latency scorer only reports: no gate for it.
    expect(outcomes.map((o) => [o.gate, o.targetId, o.pass, o.actual, o.limit])).toEqual([
      ['regression.passRate', 'model', true, expect.closeTo(-0.015, 12), -0.02],
      ['regression.answer', 'model', true, expect.closeTo(-0.015, 12), -0.02],
    ]);
    expect(outcomes[0]!.message).toBe(
      'model: pass rate 90.0% → 88.5% (-1.5 pts, 95% CI [-3.5, 0.0] pts, p 0.25, n 200): not significant at alpha 0.05',
    );
  });

  it('passes with churn too: 5 new failures and 2 fixes, net 3 more', async () => {
    const candidate = await evaluate([...range(1, 18), ...range(21, 25)]);
    const [passRate] = regressionOutcomes(await compareRuns(store, base, candidate), gate);
    expect(passRate!.pass).toBe(true);
    expect(passRate!.message).toMatch(
      /\(-1\.5 pts, 95% CI \[.+\] pts, p 0\.45, n 200\): not significant at alpha 0\.05$/,
    );
  });

  it('fails when the candidate is really worse: 40 more failures out of 200', async () => {
    const candidate = await evaluate(range(1, 60));
    const comparison = await compareRuns(store, base, candidate);
    const outcomes = regressionOutcomes(comparison, gate);
    expect(outcomes.map((o) => [o.gate, o.pass, o.incomplete])).toEqual([
      ['regression.passRate', false, false],
      ['regression.answer', false, false],
    ]);
    expect(outcomes[0]!.actual).toBeCloseTo(-0.2, 12);
    expect(outcomes[0]!.message).toMatch(
      /^model: pass rate 90\.0% → 70\.0% \(-20\.0 pts, 95% CI \[-25\.\d, -14\.\d\] pts, p <0\.0001, n 200\): a significant drop \(p < 0\.05\) larger than maxDrop \(limit -2\.0 pts\)$/,
    );
    expect(outcomes[1]!.message).toMatch(/^model: answer 0\.900 → 0\.700 \(-0\.200, .+limit -0\.020\)$/);
    // The same drop within a looser maxDrop passes, saying why.
    const [loose] = regressionOutcomes(comparison, { maxDrop: 0.25, alpha: 0.05 });
    expect(loose!.pass).toBe(true);
    expect(loose!.message).toMatch(/: significant \(p < 0\.05\) but within maxDrop \(limit -25\.0 pts\)$/);
    // Targets left out of gating get no outcome.
    expect(regressionOutcomes(comparison, { ...gate, targets: ['another'] })).toEqual([]);
  });

  it('never fails on an improvement, and rejects nonsense limits', async () => {
    const candidate = await evaluate([]);
    const comparison = await compareRuns(store, base, candidate);
    const [passRate] = regressionOutcomes(comparison, gate);
    expect(passRate!.pass).toBe(true);
    expect(passRate!.message).toMatch(/^model: pass rate 90\.0% → 100\.0% \(\+10\.0 pts, .+\): no drop$/);
    expect(() => regressionOutcomes(comparison, { maxDrop: -0.1, alpha: 0.05 })).toThrow(
      'maxDrop must be in [0, 1], got -0.1',
    );
    expect(() => regressionOutcomes(comparison, { maxDrop: 0.02, alpha: 0 })).toThrow(
      'alpha must be in (0, 1), got 0',
    );
  });
});
