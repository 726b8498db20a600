// The HTTP app: the JSON API under /api/ (one route group per file in routes/) and the built web app
// at /, behind security headers, the token or loopback check, and one error handler.
import { Hono } from 'hono';
import type { Store } from '../store/types.js';
import { ComparisonCache } from './comparisons.js';
import { apiError, errorResponse, type ServerLog, stderrLog } from './errors.js';
import { compareRoutes } from './routes/compare.js';
import { healthRoutes } from './routes/health.js';
import { metricsRoutes } from './routes/metrics.js';
import { resultsRoutes } from './routes/results.js';
import { runsRoutes } from './routes/runs.js';
import { suitesRoutes } from './routes/suites.js';
import { requireLocalHost, requireToken, securityHeaders } from './security.js';
import { PACKAGE_VERSION } from './version.js';
import { defaultWebRoot, mountWebApp } from './web-app.js';

export interface AppOptions {
  store: Store;
  /** When set, every API call but /api/health needs `Authorization: Bearer <token>`. */
  token?: string;
  /** The built web app (default: dist/web beside the built server). */
  webRoot?: string;
  version?: string;
  /** Where unexpected errors are reported (default: stderr); clients get a generic message. */
  log?: ServerLog;
}

export function createApp(options: AppOptions): Hono {
  const { store, token } = options;
  if (token !== undefined && token.trim() === '') throw new TypeError('the access token is empty');
  const log = options.log ?? stderrLog;
  const app = new Hono();

  app.use('*', securityHeaders());
  app.use('/api/*', async (c, next) => {
    await next();
    // Results are untrusted and private: never cached by a browser or proxy.
    c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', token === undefined ? requireLocalHost() : requireToken(token));

  const api = new Hono();
  api.route('/', healthRoutes({ version: options.version ?? PACKAGE_VERSION, auth: token !== undefined }));
  api.route('/', runsRoutes(store));
  api.route('/', resultsRoutes(store));
  api.route('/', compareRoutes(store, new ComparisonCache(store)));
  api.route('/', metricsRoutes(store));
  api.route('/', suitesRoutes(store));
  api.all('*', (c) => c.json(apiError(`no API endpoint ${c.req.method} ${c.req.path}`, 404), 404));
  app.route('/api', api);

  mountWebApp(app, options.webRoot ?? defaultWebRoot());
  app.notFound((c) => c.text('not found', 404));
  app.onError((error, c) => {
    const { status, body } = errorResponse(error, log);
    return c.json(body, status);
  });
  return app;
}
