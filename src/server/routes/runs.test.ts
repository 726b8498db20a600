// Run statuses as users see them: a `running` run whose process is gone lists as interrupted, in
// the items, in the status filter and in the total.
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeRun } from '../../compare/test-helpers/runs.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import type { RunResponse, RunsResponse } from '../api.js';
import { createApp } from '../app.js';

let store: Store;
const results = [{ caseId: 'c1', status: 'pass' as const }];
/** No process has this pid: Linux pids stay below 2^22. */
const DEAD_PID = 2 ** 22 + 17;

beforeEach(async () => {
  store = await openStore(':memory:');
  await writeRun(store, { id: 'done', createdAt: '2026-01-01T00:00:00.000Z', results });
  await writeRun(store, {
    id: 'stopped',
    createdAt: '2026-01-02T00:00:00.000Z',
    status: 'interrupted',
    results,
  });
  await writeRun(store, {
    id: 'killed',
    createdAt: '2026-01-03T00:00:00.000Z',
    status: 'running',
    owner: { pid: DEAD_PID, host: hostname() },
    results,
  });
  await writeRun(store, {
    id: 'alive',
    createdAt: '2026-01-04T00:00:00.000Z',
    status: 'running',
    owner: { pid: process.pid, host: hostname() },
    results,
  });
});
afterEach(async () => {
  await store.close();
});

async function list(query: string): Promise<RunsResponse> {
  const app = createApp({ store, webRoot: '/nonexistent' });
  return (await (await app.request(`http://localhost/api/runs${query}`)).json()) as RunsResponse;
}

describe('run statuses', () => {
  it('lists a running run whose process is gone as interrupted', async () => {
    const all = await list('');
    expect(all.items.map((r) => [r.id, r.status])).toEqual([
      ['alive', 'running'],
      ['killed', 'interrupted'],
      ['stopped', 'interrupted'],
      ['done', 'completed'],
    ]);
  });

  it('filters and counts by the status users see', async () => {
    const interrupted = await list('?status=interrupted');
    expect(interrupted.items.map((r) => r.id)).toEqual(['killed', 'stopped']);
    expect(interrupted.total).toBe(2);
    const page = await list('?status=interrupted&limit=1&offset=1');
    expect(page.items.map((r) => r.id)).toEqual(['stopped']);
    expect(page.total).toBe(2);
    const running = await list('?status=running');
    expect(running.items.map((r) => r.id)).toEqual(['alive']);
    expect(running.total).toBe(1);
  });

  it('shows a killed run’s page as interrupted, with the results it saved', async () => {
    const app = createApp({ store, webRoot: '/nonexistent' });
    const body = (await (await app.request('http://localhost/api/runs/killed')).json()) as RunResponse;
    expect(body.run).toMatchObject({
      id: 'killed',
      status: 'interrupted',
      savedResults: 1,
      expectedResults: 1,
    });
    expect(body.summary).toBeUndefined();
  });
});
