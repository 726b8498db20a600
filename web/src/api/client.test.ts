// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, createApiClient, queryString } from './client';
import { readToken, saveToken, takeTokenFromUrl } from './token';

interface Call {
  url: string;
  headers: Record<string, string>;
  signal: AbortSignal | null | undefined;
}

function fakeFetch(respond: (url: string) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, headers: { ...(init?.headers as Record<string, string>) }, signal: init?.signal });
    return respond(url);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (status: number, body: unknown, statusText = '') =>
  new Response(JSON.stringify(body), { status, statusText, headers: { 'content-type': 'application/json' } });

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('createApiClient', () => {
  it('builds paths and query strings, leaving out empty values and encoding ids', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { items: [], total: 0, offset: 0, limit: 50 }));
    const api = createApiClient({ fetch });
    await api.runs({ offset: 50, limit: 50, status: 'completed', q: undefined });
    await api.results('run/1 ?', { status: 'fail', tag: 'paraphrase', q: 'a&b=c' });
    await api.result('r#1');
    await api.trend({ suite: '/repo/groundtruth.yaml', scorer: 'passRate' });
    await api.compareCases({ base: 'a', candidate: 'b', change: 'regressed' });
    expect(calls.map((c) => c.url)).toEqual([
      '/api/runs?offset=50&limit=50&status=completed',
      '/api/runs/run%2F1%20%3F/results?status=fail&tag=paraphrase&q=a%26b%3Dc',
      '/api/results/r%231',
      '/api/metrics/trend?suite=%2Frepo%2Fgroundtruth.yaml&scorer=passRate',
      '/api/compare/cases?base=a&candidate=b&change=regressed',
    ]);
  });

  it('sends the token as a bearer header, read at each call', async () => {
    const { calls, fetch } = fakeFetch(() => json(200, { ok: true, version: '0.1.0', auth: true }));
    let token: string | undefined;
    const api = createApiClient({ fetch, getToken: () => token, baseUrl: 'http://10.0.0.5:4600' });
    await api.health();
    token = 's3cret';
    await api.health();
    expect(calls[0]).toMatchObject({ url: 'http://10.0.0.5:4600/api/health' });
    expect(calls[0]!.headers).toEqual({ accept: 'application/json' });
    expect(calls[1]!.headers).toEqual({ accept: 'application/json', authorization: 'Bearer s3cret' });
  });

  it('turns the API error body into an ApiError with its code, message and hint', async () => {
    const { fetch } = fakeFetch(() =>
      json(404, {
        error: {
          code: 'not_found',
          message: 'No run "r9" in the store.',
          hint: 'List runs with GET /api/runs.',
        },
      }),
    );
    const error = await caught(createApiClient({ fetch }).run('r9'));
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(404);
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('No run "r9" in the store.');
    expect(error.hint).toBe('List runs with GET /api/runs.');
  });

  it('reports an unauthorized call with the server message', async () => {
    const { fetch } = fakeFetch(() =>
      json(401, { error: { code: 'unauthorized', message: 'This server needs an access token.' } }),
    );
    const error = await caught(createApiClient({ fetch }).runs({}));
    expect([error.status, error.code, error.message, error.hint]).toEqual([
      401,
      'unauthorized',
      'This server needs an access token.',
      undefined,
    ]);
  });

  it('names the status when an error response is not the API shape', async () => {
    const { fetch } = fakeFetch(
      () => new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await caught(createApiClient({ fetch }).suites());
    expect([error.status, error.code, error.message]).toEqual([
      502,
      'http_502',
      'The server answered 502 Bad Gateway.',
    ]);
  });

  it('rejects a successful answer that is not JSON', async () => {
    const { fetch } = fakeFetch(() => new Response('<!doctype html><p>app</p>', { status: 200 }));
    const error = await caught(createApiClient({ fetch }).runs({}));
    expect([error.code, error.message]).toEqual([
      'bad_response',
      'The server sent a response to /api/runs that is not JSON.',
    ]);
  });

  it('reports an unreachable server as a network error with a hint', async () => {
    const { fetch } = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await caught(createApiClient({ fetch }).runs({}));
    expect([error.status, error.code, error.message, error.hint]).toEqual([
      0,
      'network',
      'Cannot reach the Groundtruth server.',
      'Check that `groundtruth serve` is still running, then retry.',
    ]);
  });

  it('passes the abort signal and lets an abort through as an abort, not an API error', async () => {
    const controller = new AbortController();
    const { calls, fetch } = fakeFetch(
      () =>
        new Promise<Response>((_, reject) => {
          controller.signal.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    const pending = createApiClient({ fetch }).run('r1', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls[0]!.signal).toBe(controller.signal);
  });

  it('returns the parsed body of a successful call', async () => {
    const body = {
      items: [{ suitePath: '/s/groundtruth.yaml', runs: 2, lastRunAt: '2026-01-01T00:00:00Z' }],
    };
    const { fetch } = fakeFetch(() => json(200, body));
    expect(await createApiClient({ fetch }).suites()).toEqual(body);
  });
});

describe('queryString', () => {
  it('is empty without values', () => {
    expect(queryString({})).toBe('');
    expect(queryString({ a: undefined, b: '' })).toBe('');
    expect(queryString({ offset: 0 })).toBe('?offset=0');
  });
});

describe('token', () => {
  afterEach(() => saveToken(undefined));

  it('takes the token from the link, keeps it, and removes it from the URL', () => {
    expect(takeTokenFromUrl('http://10.0.0.5:4600/runs/r1?status=fail#token=abc')).toBe(
      'http://10.0.0.5:4600/runs/r1?status=fail',
    );
    expect(readToken()).toBe('abc');
    expect(localStorage.getItem('groundtruth.token')).toBe('abc');
    expect(takeTokenFromUrl('http://h/runs?token=xyz&q=a')).toBe('http://h/runs?q=a');
    expect(readToken()).toBe('xyz');
  });

  it('leaves a URL without a token alone', () => {
    expect(takeTokenFromUrl('http://h/runs?q=a#section')).toBeUndefined();
    expect(readToken()).toBeUndefined();
  });

  it('forgets a cleared token', () => {
    saveToken('abc');
    saveToken(undefined);
    expect(readToken()).toBeUndefined();
    expect(localStorage.getItem('groundtruth.token')).toBeNull();
  });
});
