// GET /api/health: the server is up, its version, and whether API calls need a token.
import { Hono } from 'hono';
import type { HealthResponse } from '../api.js';

export function healthRoutes(options: { version: string; auth: boolean }): Hono {
  const routes = new Hono();
  routes.get('/health', (c) =>
    c.json<HealthResponse>({ ok: true, version: options.version, auth: options.auth }),
  );
  return routes;
}
