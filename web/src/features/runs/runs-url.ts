// The runs list's URL: search, filters and page.
import { defineUrlState } from '../../lib/url-state';

export const RUN_STATUS_VALUES = ['running', 'completed', 'interrupted'] as const;
export const RUNS_PAGE_SIZE = 50;

export const runsUrl = defineUrlState({
  q: { type: 'string' },
  status: { type: 'enum', values: RUN_STATUS_VALUES },
  suite: { type: 'string' },
  page: { type: 'int', min: 1, fallback: 1 },
});
