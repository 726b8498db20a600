// The run page's URL: the results filters and the open case, e.g. `/runs/<id>?status=fail&tag=paraphrase`.
import type { ResultsQuery } from '../../../../src/server/api';
import { defineUrlState, type UrlStateOf } from '../../lib/url-state';

export const RESULT_STATUS_VALUES = ['pass', 'fail', 'error'] as const;

export const resultsUrl = defineUrlState({
  target: { type: 'string' },
  prompt: { type: 'string' },
  tag: { type: 'string' },
  status: { type: 'enum', values: RESULT_STATUS_VALUES },
  q: { type: 'string' },
  /** The result open in the drawer. */
  case: { type: 'string' },
});

export type ResultsUrlState = UrlStateOf<typeof resultsUrl.fields>;

/** The server-side filters of the results list; the open case is not one of them. */
export function resultsFilters(state: ResultsUrlState): Omit<ResultsQuery, 'offset' | 'limit'> {
  const filters: Omit<ResultsQuery, 'offset' | 'limit'> = {};
  if (state.target) filters.target = state.target;
  if (state.prompt) filters.prompt = state.prompt;
  if (state.tag) filters.tag = state.tag;
  if (state.status) filters.status = state.status;
  if (state.q) filters.q = state.q.slice(0, 200);
  return filters;
}
