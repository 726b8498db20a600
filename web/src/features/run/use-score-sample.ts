// The score values behind the distribution charts. The API has no histogram endpoint, so the first
// results of the run (up to SAMPLE_LIMIT, in the run's order) are read page by page; the chart says
// when that is not all of them.
import type { ResultListItem } from '../../../../src/server/api';
import { useApi } from '../../api/use-api';

export const SAMPLE_LIMIT = 2000;
const PAGE = 500;

export interface ScoreSample {
  /** scorer → target label → values */
  byScorer: Map<string, Map<string, number[]>>;
  read: number;
  total: number;
}

export function collectScores(
  items: readonly Pick<ResultListItem, 'targetId' | 'promptId' | 'scores'>[],
  label: (item: { targetId: string; promptId: string }) => string,
  into: Map<string, Map<string, number[]>> = new Map(),
): Map<string, Map<string, number[]>> {
  for (const item of items) {
    const target = label(item);
    for (const score of item.scores) {
      if (typeof score.value !== 'number' || !Number.isFinite(score.value)) continue;
      let byTarget = into.get(score.name);
      if (!byTarget) {
        byTarget = new Map();
        into.set(score.name, byTarget);
      }
      let values = byTarget.get(target);
      if (!values) {
        values = [];
        byTarget.set(target, values);
      }
      values.push(score.value);
    }
  }
  return into;
}

export function useScoreSample(
  runId: string,
  enabled: boolean,
  label: (item: { targetId: string; promptId: string }) => string,
) {
  return useApi(enabled ? `sample:${runId}` : undefined, async (api, signal): Promise<ScoreSample> => {
    const byScorer = new Map<string, Map<string, number[]>>();
    let read = 0;
    let total = 0;
    do {
      const page = await api.results(runId, { offset: read, limit: PAGE }, signal);
      total = page.total;
      collectScores(page.items, label, byScorer);
      read += page.items.length;
      if (page.items.length === 0) break;
    } while (read < total && read < SAMPLE_LIMIT);
    return { byScorer, read, total };
  });
}
