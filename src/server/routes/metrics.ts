// GET /api/metrics/trend: a scorer (or the pass rate) over a suite's completed runs, per target.
import { Hono } from 'hono';
import type { Store } from '../../store/types.js';
import { TrendQuerySchema, type TrendResponse } from '../api.js';
import { parseQuery } from '../query.js';
import { suiteTrend } from '../trend.js';

export function metricsRoutes(store: Store): Hono {
  const routes = new Hono();
  routes.get('/metrics/trend', async (c) =>
    c.json<TrendResponse>(await suiteTrend(store, parseQuery(c, TrendQuerySchema))),
  );
  return routes;
}
