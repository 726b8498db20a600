// How many case rows each tab of the compare page lists, from the comparison itself: a flip counts once
// per paired sample, as GET /api/compare/cases pages them.
import type { RunComparison } from '../../../../src/compare/types';
import type { CASE_CHANGE_VALUES } from './compare-url';

type Change = (typeof CASE_CHANGE_VALUES)[number];

export function caseCounts(
  comparison: Pick<RunComparison, 'flips' | 'metrics'>,
  target?: string,
): Record<Change, number> {
  const inTarget = (t: string) => target === undefined || t === target;
  const counts: Record<Change, number> = { changed: 0, regressed: 0, fixed: 0, stillFailing: 0, all: 0 };
  for (const flip of comparison.flips.cases) {
    if (!inTarget(flip.target)) continue;
    counts[flip.change] += flip.samples;
  }
  counts.changed = counts.regressed + counts.fixed;
  for (const m of comparison.metrics) {
    if (m.scorer === 'passRate' && inTarget(m.target)) counts.all += m.samples;
  }
  return counts;
}
