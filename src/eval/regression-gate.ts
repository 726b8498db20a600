// The regression gate of `eval`: the completed run against its baseline (the latest completed run of
// the suite, a run id, or the latest run on a git branch), failing only on drops that are both
// significant at alpha and larger than maxDrop. The statistics live in src/compare.

import type { GateOutcome, Gates, Run, RunSummary, Suite } from '../core/index.js';
import type { Store } from '../store/types.js';

type RegressionSettings = Required<NonNullable<Gates['regression']>>;

/** The gate's settings: the suite's, with `--baseline` overriding (or adding the gate with defaults). */
export function regressionGate(
  suite: Pick<Suite, 'gates'>,
  baseline?: string,
): RegressionSettings | undefined {
  const configured = suite.gates.regression;
  if (!configured && baseline === undefined) return undefined;
  return {
    baseline: baseline ?? configured?.baseline ?? 'latest',
    maxDrop: configured?.maxDrop ?? 0.02,
    alpha: configured?.alpha ?? 0.05,
  };
}

export async function evaluateRegression(
  store: Store,
  suite: Pick<Suite, 'path' | 'targets' | 'quarantine'>,
  run: Run,
  settings: RegressionSettings,
): Promise<{ gates: GateOutcome[]; regression: NonNullable<RunSummary['regression']> }> {
  // Loaded on demand: most runs have no regression gate and need none of the comparison code.
  const { compareRuns, regressionOutcomes, resolveBaseline } = await import('../compare/index.js');
  const baseline = await resolveBaseline(store, {
    suitePath: suite.path,
    ref: settings.baseline,
    candidateRunId: run.id,
  });
  const comparison = await compareRuns(store, baseline, run, {
    alpha: settings.alpha,
    excludeCases: suite.quarantine,
  });
  const gated = suite.targets.filter((t) => t.gate !== false).map((t) => t.id);
  return {
    gates: regressionOutcomes(comparison, {
      maxDrop: settings.maxDrop,
      alpha: settings.alpha,
      targets: gated,
    }),
    regression: {
      baselineRunId: baseline.id,
      regressed: comparison.flips.regressed,
      fixed: comparison.flips.fixed,
    },
  };
}
