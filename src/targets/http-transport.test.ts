import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transportFetch } from './http-transport.js';

let base: string;
const seen: Array<{ method: string; headers: IncomingMessage['headers']; body: string }> = [];
const server = createServer((req: IncomingMessage, res: ServerResponse) => {
  let body = '';
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => {
    seen.push({ method: req.method ?? '', headers: req.headers, body });
    const json = JSON.stringify({ ok: true, path: req.url });
    switch (req.url) {
      case '/gzip':
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
        return res.end(gzipSync(json));
      case '/br':
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'br' });
        return res.end(brotliCompressSync(json));
      case '/bad-gzip':
        res.writeHead(200, { 'content-encoding': 'gzip' });
        return res.end('not gzip at all');
      case '/empty':
        res.writeHead(204);
        return res.end();
      case '/cookies':
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.writeHead(429, 'Too Many Requests', { 'retry-after': '3' });
        return res.end('slow down');
      case '/hang':
        return; // never answers
      case '/cut':
        res.writeHead(200, { 'content-length': '100' });
        res.write('partial');
        setTimeout(() => res.destroy(), 30);
        return;
      default:
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(json);
    }
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('transportFetch', () => {
  it('sends method, headers and body, and returns a Response', async () => {
    const res = await transportFetch(`${base}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: '{"a":1}',
    });
    expect(res.status).toBe(200);
    expect(res.url).toBe(`${base}/echo`);
    expect(await res.json()).toEqual({ ok: true, path: '/echo' });
    const request = seen.at(-1)!;
    expect(request).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(request.headers.authorization).toBe('Bearer k');
    expect(request.headers['content-length']).toBe('7');
    expect(request.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('decodes gzip and brotli bodies and drops the encoding headers', async () => {
    for (const path of ['/gzip', '/br']) {
      const res = await transportFetch(`${base}${path}`);
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(await res.json()).toEqual({ ok: true, path });
    }
  });

  it('keeps status text and repeated headers of an error response', async () => {
    const res = await transportFetch(`${base}/cookies`);
    expect(res.status).toBe(429);
    expect(res.statusText).toBe('Too Many Requests');
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await res.text()).toBe('slow down');
  });

  it('gives a body-less Response for 204', async () => {
    const res = await transportFetch(`${base}/empty`);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it('rejects with the abort reason when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = transportFetch(`${base}/hang`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    await expect(transportFetch(`${base}/`, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('fails like fetch (a TypeError) on connection errors, cut bodies and undecodable bodies', async () => {
    await expect(transportFetch('http://127.0.0.1:1/')).rejects.toThrow(TypeError);
    await expect(transportFetch(`${base}/cut`)).rejects.toThrow(/cut short/);
    await expect(transportFetch(`${base}/bad-gzip`)).rejects.toThrow(
      /gzip response body could not be decoded/,
    );
  });
});
