// GET /api/suites: the suites that have runs, for pickers, the most recently run first.
import { Hono } from 'hono';
import type { Store } from '../../store/types.js';
import type { SuitesResponse } from '../api.js';

export function suitesRoutes(store: Store): Hono {
  const routes = new Hono();
  routes.get('/suites', async (c) => c.json<SuitesResponse>({ items: await store.listSuites() }));
  return routes;
}
