// Which cases changed outcome between two runs: regressed, fixed, or still failing, per target ×
// prompt, counting passing samples over the repeats both runs have.
import type { CaseUnits } from './case-units.js';
import type { GroupKey } from './paired-results.js';
import type { CaseFlip, FlipChange, Flips } from './types.js';

const CHANGE_ORDER: Record<FlipChange, number> = { regressed: 0, fixed: 1, stillFailing: 2 };

/** Case ids sort as people read them: case-2 before case-10. */
const caseOrder = new Intl.Collator('en', { numeric: true });

/**
 * A unit regressed when the candidate passes fewer of its paired samples than the base did, was fixed
 * when it passes more, and is still failing when neither passes any; with one sample per case these
 * are "passed before, fails now", "failed before, passes now" and "failed in both".
 */
export function classifyFlip(basePassed: number, candidatePassed: number): FlipChange | undefined {
  if (candidatePassed < basePassed) return 'regressed';
  if (candidatePassed > basePassed) return 'fixed';
  return basePassed === 0 ? 'stillFailing' : undefined;
}

/** The flips of every unit, groups in `groupOrder`; within a change, cases in natural id order. */
export function collectFlips(
  units: CaseUnits,
  caseIds: readonly string[],
  groups: readonly GroupKey[],
  groupOrder: readonly number[],
): Flips {
  const rank = new Map(groupOrder.map((group, i) => [group, i]));
  const entries: Array<CaseFlip & { groupRank: number }> = [];
  for (const group of groupOrder) {
    for (const unit of units.byGroup[group]!) {
      const basePassed = units.basePassed[unit]!;
      const candidatePassed = units.candidatePassed[unit]!;
      const change = classifyFlip(basePassed, candidatePassed);
      if (change === undefined) continue;
      entries.push({
        caseId: caseIds[units.unitCase[unit]!]!,
        target: groups[group]!.target,
        prompt: groups[group]!.prompt,
        change,
        basePassed,
        candidatePassed,
        samples: units.samples[unit]!,
        groupRank: rank.get(group)!,
      });
    }
  }
  entries.sort(
    (a, b) =>
      CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
      a.groupRank - b.groupRank ||
      caseOrder.compare(a.caseId, b.caseId),
  );
  const cases = entries.map(({ groupRank: _, ...flip }) => flip);
  const idsOf = (change: FlipChange) => [
    ...new Set(cases.filter((c) => c.change === change).map((c) => c.caseId)),
  ];
  return { regressed: idsOf('regressed'), fixed: idsOf('fixed'), stillFailing: idsOf('stillFailing'), cases };
}
