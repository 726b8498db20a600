import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { isAddressInUse, serverUrl, startServer } from './start-server.js';

let store: Store;
beforeEach(async () => {
  store = await openStore(':memory:');
});
afterEach(async () => {
  await store.close();
});

describe('startServer', () => {
  it('listens on a free port for port 0 and gives its URL; close is immediate and idempotent', async () => {
    const server = await startServer({ store, port: 0 });
    expect(server.port).toBeGreaterThan(0);
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const res = await fetch(`${server.url}api/health`, { keepalive: true });
    expect(res.status).toBe(200);
    const started = Date.now();
    await server.close();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(fetch(`${server.url}api/health`)).rejects.toThrow();
  });

  it('rejects with the listen error when the port is taken', async () => {
    const first = await startServer({ store, port: 0 });
    try {
      const error = await startServer({ store, port: first.port }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isAddressInUse(error)).toBe(true);
      expect(isAddressInUse(new Error('other'))).toBe(false);
    } finally {
      await first.close();
    }
  });

  it('writes IPv6 hosts in brackets', () => {
    expect(serverUrl('::1', 4600)).toBe('http://[::1]:4600/');
    expect(serverUrl('[::1]', 4600)).toBe('http://[::1]:4600/');
    expect(serverUrl('0.0.0.0', 80)).toBe('http://0.0.0.0:80/');
  });

  it('refuses an empty token rather than serving without one', async () => {
    await expect(startServer({ store, port: 0, token: '  ' })).rejects.toThrow('the access token is empty');
  });
});
