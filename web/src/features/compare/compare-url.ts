// The compare page's URL: the two runs, the suite they were picked from, and the case list's filters.
import { defineUrlState } from '../../lib/url-state';

export const CASE_CHANGE_VALUES = ['changed', 'regressed', 'fixed', 'stillFailing', 'all'] as const;

export const compareUrl = defineUrlState({
  suite: { type: 'string' },
  base: { type: 'string' },
  candidate: { type: 'string' },
  change: { type: 'enum', values: CASE_CHANGE_VALUES, fallback: 'changed' },
  target: { type: 'string' },
  page: { type: 'int', min: 1, fallback: 1 },
});
