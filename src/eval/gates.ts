// CI gates: thresholds on a run's per-target figures. A failing gate fails the run (exit 1); a
// failing maxErrorRate gate means the run could not really complete (exit 3).
import type { GateOutcome, Gates, RunSummary, TargetConfig, TargetSummary } from '../core/index.js';
import { formatGateFigure } from '../report/format.js';

/**
 * Every gate of the suite against each gated target's figures. `summary` is the one gates read: without
 * quarantined cases when the suite has any (`quarantined` says how many were left out, for messages).
 */
export function evaluateGates(
  summary: Omit<RunSummary, 'gates'>,
  gates: Gates,
  targets: readonly TargetConfig[],
  quarantined = 0,
): GateOutcome[] {
  const note =
    quarantined > 0 ? ` (${quarantined} quarantined case${quarantined === 1 ? '' : 's'} left out)` : '';
  const gated = new Set(targets.filter((t) => t.gate !== false).map((t) => t.id));
  const outcomes: GateOutcome[] = [];
  for (const group of summary.targets) {
    if (!gated.has(group.targetId)) continue;
    const check = (gate: string, actual: number, limit: number, atLeast: boolean, incomplete = false) => {
      const pass = atLeast ? actual >= limit : actual <= limit;
      outcomes.push({
        gate,
        targetId: group.targetId,
        promptId: group.promptId,
        actual,
        limit,
        pass,
        incomplete: incomplete && !pass,
        message: `${describeGroup(group)}: ${gate} ${formatGateFigure(gate, actual)} ${pass ? (atLeast ? '>=' : '<=') : atLeast ? '<' : '>'} ${formatGateFigure(gate, limit)}${note}`,
      });
    };
    if (gates.passRate !== undefined) check('passRate', group.passRate, gates.passRate, true);
    for (const [name, limit] of Object.entries(gates.minMean ?? {})) {
      const scorer = group.scorers.find((s) => s.name === name);
      // Corpus metrics (BLEU, chrF) are gated on their corpus figure, as they are reported.
      check(`minMean.${name}`, scorer && scorer.count > 0 ? (scorer.corpus ?? scorer.mean) : 0, limit, true);
    }
    if (gates.maxErrorRate !== undefined)
      check('maxErrorRate', group.errorRate, gates.maxErrorRate, false, true);
    if (gates.maxCost !== undefined) check('maxCost', group.cost, gates.maxCost, false);
    if (gates.maxLatencyP95Ms !== undefined)
      check('maxLatencyP95Ms', group.latency.p95, gates.maxLatencyP95Ms, false);
    // Without repeats nothing can be seen to flake: the figure is 0.
    if (gates.maxFlakyRate !== undefined)
      check('maxFlakyRate', group.repeats?.flakyRate ?? 0, gates.maxFlakyRate, false);
  }
  return outcomes;
}

function describeGroup(group: TargetSummary): string {
  return group.promptId === 'default' ? group.targetId : `${group.targetId} (${group.promptId})`;
}

/** The process exit code the gate outcomes call for. */
export function gateExitCode(outcomes: readonly GateOutcome[]): 0 | 1 | 3 {
  if (outcomes.some((o) => o.incomplete)) return 3;
  if (outcomes.some((o) => !o.pass)) return 1;
  return 0;
}
