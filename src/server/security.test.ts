// What every response carries and who may call the API: security headers, the bearer token, the
// Host check of a loopback server without a token, the web app with its SPA fallback, and the error
// handler's generic 500. Against real servers on 127.0.0.1.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRun } from '../compare/test-helpers/runs.js';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import type { ApiError, HealthResponse, RunsResponse } from './api.js';
import { CONTENT_SECURITY_POLICY, isLoopbackHost, tokenMatches } from './security.js';
import { type RunningServer, startServer } from './start-server.js';
import { httpGet } from './test-helpers/http.js';

const TOKEN = 's3cret-token-0123456789';
const EXPECTED_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

let dir: string;
let webRoot: string;
let store: Store;
let open: RunningServer;
let locked: RunningServer;
const logged: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gt-server-security-'));
  webRoot = join(dir, 'web');
  mkdirSync(join(webRoot, 'assets'), { recursive: true });
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app shell</title>');
  writeFileSync(join(webRoot, 'assets', 'index-abc123.js'), 'console.log("app")');
  store = await openStore(':memory:');
  await writeRun(store, { id: 'run-1', results: [{ caseId: 'c1', status: 'pass' }] });
  open = await startServer({ store, port: 0, webRoot, log: (m) => logged.push(m) });
  locked = await startServer({ store, port: 0, webRoot, token: TOKEN });
});
afterAll(async () => {
  await open?.close();
  await locked?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('security headers', () => {
  it('are on every response: API, errors, static files, the SPA fallback, 401s and 404s', async () => {
    const responses = await Promise.all([
      httpGet(open.url, '/api/health'),
      httpGet(open.url, '/api/runs?limit=0'),
      httpGet(open.url, '/api/nope'),
      httpGet(open.url, '/'),
      httpGet(open.url, '/assets/index-abc123.js'),
      httpGet(open.url, '/runs/run-1'),
      httpGet(open.url, '/favicon.ico'),
      httpGet(locked.url, '/api/runs'),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 400, 404, 200, 200, 200, 404, 401]);
    for (const response of responses) expect(response.headers).toMatchObject(EXPECTED_HEADERS);
  });

  it('forbid caching API answers', async () => {
    expect((await httpGet(open.url, '/api/runs')).headers['cache-control']).toBe('no-store');
    expect((await httpGet(open.url, '/api/nope')).headers['cache-control']).toBe('no-store');
  });
});

describe('the access token', () => {
  it('is needed by every API call but /api/health, which says so', async () => {
    const health = await httpGet<HealthResponse>(locked.url, '/api/health');
    expect(health.status).toBe(200);
    expect(health.body.auth).toBe(true);
    const without = await httpGet<ApiError>(locked.url, '/api/runs');
    expect(without.status).toBe(401);
    expect(without.headers['www-authenticate']).toBe('Bearer realm="groundtruth"');
    expect(without.body).toEqual({
      error: {
        code: 'unauthorized',
        message: 'this server needs an access token: send Authorization: Bearer <token>',
        hint: 'open the URL that groundtruth serve printed, with its ?token=',
      },
    });
    for (const path of ['/api/runs/run-1', '/api/suites', '/api/nope', `/api/runs?token=${TOKEN}`]) {
      expect((await httpGet(locked.url, path)).status, path).toBe(401);
    }
  });

  it('refuses a wrong token and accepts the right one', async () => {
    const wrong = await httpGet<ApiError>(locked.url, '/api/runs', { Authorization: `Bearer ${TOKEN}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe('the access token is wrong');
    expect((await httpGet(locked.url, '/api/runs', { Authorization: 'Basic abc' })).status).toBe(401);
    const right = await httpGet<RunsResponse>(locked.url, '/api/runs', { Authorization: `Bearer ${TOKEN}` });
    expect(right.status).toBe(200);
    expect(right.body.items.map((r) => r.id)).toEqual(['run-1']);
    expect((await httpGet(locked.url, '/api/runs', { Authorization: `bearer ${TOKEN}` })).status).toBe(200);
  });

  it('does not guard the app shell, which reads the token from its URL', async () => {
    expect((await httpGet(locked.url, '/runs/run-1?token=x')).status).toBe(200);
  });

  it('is compared over digests, so any lengths compare', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches('', TOKEN)).toBe(false);
    expect(tokenMatches(`${TOKEN}${TOKEN}`, TOKEN)).toBe(false);
  });
});

describe('the Host check of a server without a token', () => {
  it('answers API calls addressed to loopback names only', async () => {
    const port = new URL(open.url).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'app.localhost']) {
      expect((await httpGet(open.url, '/api/health', { Host: host })).status, host).toBe(200);
    }
    const rebound = await httpGet<ApiError>(open.url, '/api/runs', { Host: `evil.example:${port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.body).toEqual({
      error: {
        code: 'forbidden',
        message: "requests for host 'evil.example' are refused: this server answers only on its own address",
        hint: 'open the URL that groundtruth serve printed',
      },
    });
    // A server with a token answers any Host: the token is the check.
    const tokenHost = { Host: 'evil.example', Authorization: `Bearer ${TOKEN}` };
    expect((await httpGet(locked.url, '/api/runs', tokenHost)).status).toBe(200);
  });

  it('knows loopback names and addresses', () => {
    for (const host of ['localhost', 'LOCALHOST', '127.0.0.1', '127.1.2.3', '::1', '[::1]', 'x.localhost']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.5',
      'example.com',
      'localhost.example.com',
      '128.0.0.1',
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});

describe('the web app', () => {
  it('serves files, hashed assets cached for good, and index.html for page paths', async () => {
    const asset = await httpGet(open.url, '/assets/index-abc123.js');
    expect(asset.text).toBe('console.log("app")');
    expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/runs/run-1', '/compare?base=a&candidate=b', '/runs/run-1/cases/x']) {
      const page = await httpGet(open.url, path);
      expect(page.status, path).toBe(200);
      expect(page.text, path).toBe('<!doctype html><title>app shell</title>');
      expect(page.headers['content-type'], path).toMatch(/^text\/html/);
      expect(page.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('answers 404 for a missing file and an unknown API path, never the app', async () => {
    const missing = await httpGet(open.url, '/assets/index-old999.js');
    expect(missing.status).toBe(404);
    expect(missing.text).toBe('not found');
    const api = await httpGet<ApiError>(open.url, '/api/runs/run-1/nope');
    expect(api.status).toBe(404);
    expect(api.body).toEqual({
      error: { code: 'not_found', message: 'no API endpoint GET /api/runs/run-1/nope' },
    });
    expect((await httpGet(open.url, '/%2e%2e/%2e%2e/etc/passwd')).text).not.toContain('root:');
  });

  it('says how to build the app when it is not built, and the API still answers', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const server = await startServer({ store, port: 0, webRoot: empty });
    try {
      const page = await httpGet(server.url, '/runs/run-1');
      expect(page.status).toBe(503);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<h1>The Groundtruth web app is not built</h1>');
      expect(page.text).toContain(`<code>${empty}</code>`);
      expect(page.text).toContain('<code>npm run build</code>');
      expect(page.headers).toMatchObject(EXPECTED_HEADERS);
      expect((await httpGet(server.url, '/api/health')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('the error handler', () => {
  it('answers an unexpected error with a generic 500 and logs the details', async () => {
    const failing = new Proxy(store, {
      get(target, property, receiver) {
        if (property === 'listSuites') return () => Promise.reject(new Error('disk on fire at /secret/path'));
        return Reflect.get(target, property, receiver);
      },
    });
    const log: string[] = [];
    const server = await startServer({ store: failing, port: 0, webRoot, log: (m) => log.push(m) });
    try {
      const res = await httpGet<ApiError>(server.url, '/api/suites');
      expect(res.status).toBe(500);
      expect(res.body).toEqual({
        error: {
          code: 'internal_error',
          message: 'internal error: the server could not answer this request',
          hint: 'the server log has the details',
        },
      });
      expect(res.text).not.toContain('secret');
      expect(log).toHaveLength(1);
      expect(log[0]).toMatch(/^internal error: Error: disk on fire at \/secret\/path\n\s+at /);
    } finally {
      await server.close();
    }
    expect(logged).toEqual([]);
  });
});
