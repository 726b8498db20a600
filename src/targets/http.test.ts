import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, type TargetConfigInput, TargetError } from '../core/index.js';
import { createHttpTarget } from './http.js';
import { createInvoker } from './invoker.js';
import {
  type LoopbackHandler,
  type LoopbackServer,
  sendJson,
  startLoopbackServer,
} from './test-helpers/loopback-server.js';
import { callInput, targetConfig } from './test-helpers/test-inputs.js';

const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
let server: LoopbackServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function httpInvoker(
  handler: LoopbackHandler,
  config: Partial<Extract<TargetConfigInput, { type: 'http' }>> = {},
) {
  server = await startLoopbackServer(handler);
  const target = targetConfig({ type: 'http', url: `${server.url}/generate`, ...config });
  return createInvoker(target, { baseDir: '/', env: {} }, FAST);
}

describe('http target', () => {
  it('posts a JSON body built from templates and reads output and usage by path', async () => {
    const invoker = await httpInvoker(
      (_req, res) =>
        sendJson(res, 200, {
          choices: [{ message: { content: 'forty-two' } }],
          meta: { usage: { in: 12, out: 3 } },
        }),
      {
        headers: { 'X-Trace': 'on' },
        body: { input: '{{ prompt }}', user: '{{ user }}', options: { lang: 'Language: {{ lang }}' } },
        responsePath: 'choices[0].message.content',
        tokenUsage: { prompt: 'meta.usage.in', completion: 'meta.usage.out' },
        pricing: { inputPerMillion: 1, outputPerMillion: 2 },
      },
    );
    const { response } = await invoker.invoke(callInput('What is 6 × 7?', { user: 'ann', lang: 'en' }));
    expect(response).toEqual({
      output: 'forty-two',
      tokenUsage: { prompt: 12, completion: 3, total: 15 },
      cost: (12 * 1 + 3 * 2) / 1e6,
    });
    const request = server!.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-trace']).toBe('on');
    expect(JSON.parse(request.text)).toEqual({
      input: 'What is 6 × 7?',
      user: 'ann',
      options: { lang: 'Language: en' },
    });
  });

  it('keeps quotes and braces in a prompt as data inside the JSON', async () => {
    const invoker = await httpInvoker((req, res) => sendJson(res, 200, { echo: JSON.parse(req.text).q }), {
      body: { q: '{{ prompt }}' },
      responsePath: 'echo',
    });
    const nasty = '", "admin": true, "x": "{{ 7 * 7 }}';
    const { response } = await invoker.invoke(callInput(nasty));
    expect(response.output).toBe(nasty);
    expect(JSON.parse(server!.requests[0]!.text)).toEqual({ q: nasty });
  });

  it('inserts non-string values whole: a chat as an array, a number as a number', async () => {
    const invoker = await httpInvoker((_req, res) => sendJson(res, 200, 'ok'), {
      body: { messages: '{{ messages }}', limit: '{{ limit }}', label: 'n={{ limit }}' },
    });
    const messages = [{ role: 'user' as const, content: 'hi' }];
    const { response } = await invoker.invoke(callInput('[chat]', { limit: 3 }, messages));
    expect(response.output).toBe('ok');
    expect(JSON.parse(server!.requests[0]!.text)).toEqual({ messages, limit: 3, label: 'n=3' });
  });

  it('returns the raw text of a non-JSON body, and unwraps a JSON string', async () => {
    let body = 'plain answer\n';
    const invoker = await httpInvoker((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end(body),
    );
    expect((await invoker.invoke(callInput('x'))).response.output).toBe('plain answer\n');
    body = '"quoted \\"answer\\""';
    expect((await invoker.invoke(callInput('x'))).response.output).toBe('quoted "answer"');
    body = '{"a": 1}';
    expect((await invoker.invoke(callInput('x'))).response.output).toBe('{"a": 1}');
  });

  it('returns a non-text value at responsePath as JSON', async () => {
    const invoker = await httpInvoker((_req, res) => sendJson(res, 200, { data: { labels: ['a', 'b'] } }), {
      responsePath: 'data.labels',
    });
    expect((await invoker.invoke(callInput('x'))).response.output).toBe('["a","b"]');
  });

  it('retries a response missing responsePath, then names the path', async () => {
    const invoker = await httpInvoker((_req, res) => sendJson(res, 200, { result: 'x' }), {
      responsePath: 'data.text',
      maxRetries: 1,
    });
    await expect(invoker.invoke(callInput('x'))).rejects.toThrow(
      'responsePath "data.text" is missing in the response after 2 attempts: {"result":"x"}',
    );
    expect(server!.requests).toHaveLength(2);
  });

  it('retries a garbled JSON body, then fails', async () => {
    const invoker = await httpInvoker((_req, res) => res.writeHead(200).end('{"data": '), {
      responsePath: 'data',
      maxRetries: 2,
    });
    await expect(invoker.invoke(callInput('x'))).rejects.toThrow(
      /^invalid JSON in response after 3 attempts: \{"data":/,
    );
    expect(server!.requests).toHaveLength(3);
  });

  it('fails a non-2xx with its status: 404 at once, 502 after retries', async () => {
    let status = 404;
    const invoker = await httpInvoker((_req, res) => res.writeHead(status).end('<html>  nope  </html>'), {
      maxRetries: 2,
    });
    const notFound = (await invoker.invoke(callInput('x')).catch((err: unknown) => err)) as TargetError;
    expect(notFound).toBeInstanceOf(TargetError);
    expect(notFound.message).toBe('HTTP 404 Not Found: <html> nope </html>');
    expect(notFound.status).toBe(404);
    expect(server!.requests).toHaveLength(1);
    status = 502;
    await expect(invoker.invoke(callInput('x'))).rejects.toThrow(
      'HTTP 502 Bad Gateway after 3 attempts: <html> nope </html>',
    );
    expect(server!.requests).toHaveLength(4);
  });

  it('sends GET without a body', async () => {
    const invoker = await httpInvoker((_req, res) => sendJson(res, 200, 'pong'), { method: 'GET' });
    expect((await invoker.invoke(callInput('x'))).response.output).toBe('pong');
    expect(server!.requests[0]).toMatchObject({ method: 'GET', text: '' });
  });

  it('rejects a GET with a body and a malformed path at creation', () => {
    const get = targetConfig({ type: 'http', url: 'http://127.0.0.1:9/', method: 'GET', body: { q: 'x' } });
    expect(() => createHttpTarget(get as never, { baseDir: '/', env: {} })).toThrow(
      new ConfigError('target http: a GET request has no body; use POST, PUT or PATCH'),
    );
    const path = targetConfig({ type: 'http', url: 'http://127.0.0.1:9/', responsePath: 'a..b' });
    expect(() => createHttpTarget(path as never, { baseDir: '/', env: {} })).toThrow(
      'target http: "a..b" is not a dotted path (an empty segment)',
    );
  });

  it('names a missing template variable', async () => {
    const invoker = await httpInvoker((_req, res) => sendJson(res, 200, 'x'), {
      body: { q: '{{ question }}' },
    });
    await expect(invoker.invoke(callInput('x', {}))).rejects.toThrow(
      /\{\{ question \}\} is undefined or null/,
    );
    expect(server!.requests).toHaveLength(0);
  });
});
