// Memory stays flat whatever the size of a run: the endpoints that browse runs never stream a whole
// run (`store.results`), and every read they make is bounded by a page. The store is wrapped so that
// any unbounded read fails the request and is recorded.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../store/types.js';
import type { ResultsResponse } from './api.js';
import { createApp } from './app.js';
import { buildFixtureStore, type FixtureStore } from './test-helpers/fixture-store.js';

/** The most rows one read may return: the largest page the API allows. */
const MAX_PAGE = 500;

let fixture: FixtureStore;
const reads: string[] = [];
const unbounded: string[] = [];

/** `store` with every read recorded, and the unbounded ones also refused. */
function watched(store: Store): Store {
  return new Proxy(store, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        reads.push(String(name));
        const refuse = (why: string) => {
          unbounded.push(`${String(name)}: ${why}`);
          throw new Error(`unbounded read: ${String(name)} ${why}`);
        };
        if (name === 'results') refuse('streams a whole run');
        if (name === 'queryResults') {
          const { limit } = args[1] as { limit: number };
          if (!(limit <= MAX_PAGE)) refuse(`asks for ${limit} rows`);
        }
        if (name === 'resultsOfCases' && (args[1] as string[]).length > MAX_PAGE) {
          refuse(`asks for ${(args[1] as string[]).length} cases`);
        }
        if (name === 'listRuns') {
          const { limit } = (args[0] ?? {}) as { limit?: number };
          if (!(limit !== undefined && limit <= 1000)) refuse(`asks for ${limit ?? 'every'} run`);
        }
        return value.apply(target, args);
      };
    },
  });
}

beforeAll(async () => {
  fixture = await buildFixtureStore();
});
beforeEach(() => {
  reads.length = 0;
  unbounded.length = 0;
});
afterAll(async () => {
  await fixture?.close();
});

describe('reads are bounded', () => {
  it('browsing runs, a run, its results, a result, trends and suites never reads a whole run', async () => {
    const app = createApp({ store: watched(fixture.store) });
    const { base } = fixture.runs;
    const suite = encodeURIComponent(fixture.quickstartSuite);
    const get = async (path: string) => {
      const response = await app.request(`http://127.0.0.1${path}`);
      expect(response.status, `${path}: ${await response.clone().text()}`).toBe(200);
      return response.json() as Promise<unknown>;
    };
    await get('/api/runs');
    await get('/api/runs?limit=200&q=quick');
    await get(`/api/runs/${base.id}`);
    const page = (await get(`/api/runs/${base.id}/results?limit=500`)) as ResultsResponse;
    expect(page.items.length).toBe(164);
    for (const filter of ['status=fail', 'tag=typo', 'target=faq-assistant', 'q=plan', 'offset=100']) {
      await get(`/api/runs/${base.id}/results?${filter}`);
    }
    await get(`/api/results/${encodeURIComponent(page.items[17]!.id)}`);
    await get(`/api/metrics/trend?suite=${suite}`);
    await get(`/api/metrics/trend?suite=${suite}&scorer=key-fact&target=faq-assistant`);
    await get('/api/suites');
    expect(unbounded).toEqual([]);
    expect(reads).toContain('queryResults');
    expect(reads).toContain('getResult');
  });

  it('refuses a page larger than the bound before reading anything', async () => {
    const app = createApp({ store: watched(fixture.store) });
    const response = await app.request(`http://127.0.0.1/api/runs/${fixture.runs.base.id}/results?limit=501`);
    expect(response.status).toBe(400);
    expect(unbounded).toEqual([]);
  });
});
