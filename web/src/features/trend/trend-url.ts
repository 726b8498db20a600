// The trend page's URL: which suite, which scorer (or the pass rate), which target.
import { defineUrlState } from '../../lib/url-state';

export const trendUrl = defineUrlState({
  suite: { type: 'string' },
  scorer: { type: 'string' },
  target: { type: 'string' },
});
