// GET /api/compare (the comparison of two runs, as `groundtruth compare --json` prints it) and
// GET /api/compare/cases (its cases side by side, regressed first, a page at a time).
import { Hono } from 'hono';
import type { RunComparison } from '../../compare/index.js';
import type { Store } from '../../store/types.js';
import { CompareCasesQuerySchema, type CompareCasesResponse, CompareQuerySchema } from '../api.js';
import { compareCasesPage } from '../compare-cases.js';
import type { ComparisonCache } from '../comparisons.js';
import { parseQuery } from '../query.js';

export function compareRoutes(store: Store, comparisons: ComparisonCache): Hono {
  const routes = new Hono();

  routes.get('/compare', async (c) => {
    const query = parseQuery(c, CompareQuerySchema);
    const { comparison } = await comparisons.compare(query);
    return c.json<RunComparison>(comparison);
  });

  routes.get('/compare/cases', async (c) => {
    const query = parseQuery(c, CompareCasesQuerySchema);
    const { base, candidate, comparison } = await comparisons.compare({
      base: query.base,
      candidate: query.candidate,
    });
    return c.json<CompareCasesResponse>(await compareCasesPage(store, base, candidate, comparison, query));
  });

  return routes;
}
