// Which two runs the compare page shows when the link does not say: the latest completed run of the
// suite (or the run given as candidate) against the completed run before it.
import type { RunListItem } from '../../../../src/server/api';

/** Defaults: the candidate is the given run or the latest completed one, the base the completed run before it. */
export function defaultPair(
  runs: readonly Pick<RunListItem, 'id' | 'status'>[],
  candidate: string | undefined,
): { base?: string; candidate?: string } {
  const completed = runs.filter((r) => r.status === 'completed');
  const pool = completed.length >= 2 ? completed : runs;
  const chosen = candidate ?? pool[0]?.id;
  if (chosen === undefined) return {};
  const index = pool.findIndex((r) => r.id === chosen);
  const base = index >= 0 ? pool[index + 1]?.id : pool.find((r) => r.id !== chosen)?.id;
  return base === undefined ? { candidate: chosen } : { base, candidate: chosen };
}
